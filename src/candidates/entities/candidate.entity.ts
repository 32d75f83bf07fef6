import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Gender } from '../../common/dto/profile-parts.dto';
import type { EducationDto, ExperienceDto, LanguageDto, SkillDto } from '../../common/dto/profile-parts.dto';

export class CandidateConsent {
  @Column({ default: false })
  matching: boolean;

  @Column({ default: false })
  shareWithEmployers: boolean;
}

export interface CandidatePreferences {
  mentorGender?: 'female' | 'male' | 'any';
  maxTravelKm?: number;
}

/** A kandidat: a refugee or other immigrant seeking a mentor, a praksisplass or a job. */
@Entity('candidates')
export class Candidate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  fullName: string;

  @Column({ type: 'integer', nullable: true })
  birthYear: number | null;

  @Column({ type: 'text', nullable: true })
  gender: Gender | null;

  @Column({ type: 'char', length: 4 })
  municipalityCode: string;

  @Column({ type: 'char', length: 2, nullable: true })
  countryOfOrigin: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  languages: LanguageDto[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  education: EducationDto[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  experience: ExperienceDto[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  skills: SkillDto[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  interests: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  desiredOccupations: string[];

  @Column({ type: 'text', default: '' })
  goals: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  preferences: CandidatePreferences;

  @Column(() => CandidateConsent)
  consent: CandidateConsent;

  /** The organisation (kommune or karrieresenter) whose key registered the candidate. */
  @Column({ type: 'uuid', nullable: true })
  registeredByOrganisationId: string | null;

  /** The importing organisation's own reference for a candidate imported in bulk; unique per organisation. */
  @Column({ type: 'text', nullable: true })
  externalRef: string | null;

  /** Hash of the imported content, so importing an unchanged row again writes nothing. */
  @Column({ type: 'text', nullable: true })
  importHash: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
