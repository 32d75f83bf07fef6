import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Gender, LanguageDto, MentorType, SkillDto } from '../../common/dto/profile-parts.dto';

export { MENTOR_TYPES, type MentorType } from '../../common/dto/profile-parts.dto';

/** A volunteer who guides a mentorpartner for 6–8 months (fagmentor, språkmentor or kulturguide). */
@Entity('mentors')
export class Mentor {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  fullName: string;

  @Column({ type: 'text', nullable: true })
  gender: Gender | null;

  @Column({ type: 'char', length: 4 })
  municipalityCode: string;

  @Column()
  occupationTitle: string;

  @Column({ type: 'char', length: 4, nullable: true })
  occupationCode: string | null;

  @Column({ type: 'text', nullable: true })
  employerName: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  languages: LanguageDto[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  skills: SkillDto[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  interests: string[];

  @Column({ type: 'text', default: '' })
  bio: string;

  @Column({ type: 'text' })
  mentorType: MentorType;

  /** How many mentees at once (1–10). */
  @Column({ type: 'integer' })
  capacity: number;

  /** When set, only mentees of this gender (e.g. women mentoring women). */
  @Column({ type: 'text', nullable: true })
  menteeGender: 'female' | 'male' | null;

  @Column({ default: true })
  active: boolean;

  /** Where proposals are sent; shown only to the mentor's own organisation (and admins). */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  /** Shown only to the mentor's own organisation (and admins). */
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** The mentor programme (kommune, frivilligsentral) the mentor belongs to; see mentor-pool.ts. */
  @Column({ type: 'uuid' })
  organisationId: string;

  /** Raised by every edit; an update names the version it saw (see common/versions.ts). */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
