import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CefrLevel, RequiredSkill } from '../../common/dto/profile-parts.dto';

export const OPENING_KINDS = ['job', 'praksis'] as const;
export type OpeningKind = (typeof OPENING_KINDS)[number];
export const OPENING_STATUSES = ['open', 'filled', 'closed'] as const;
export type OpeningStatus = (typeof OPENING_STATUSES)[number];

export type { RequiredSkill } from '../../common/dto/profile-parts.dto';

/** A job or a praksisplass offered by an employer organisation. */
@Entity('openings')
export class Opening {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'text' })
  kind: OpeningKind;

  @Column()
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'char', length: 4, nullable: true })
  occupationCode: string | null;

  @Column({ type: 'char', length: 4 })
  municipalityCode: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  requiredSkills: RequiredSkill[];

  @Column({ type: 'text', nullable: true })
  minNorwegianLevel: CefrLevel | null;

  /** When true, candidates below minNorwegianLevel are excluded instead of scored lower. */
  @Column({ default: false })
  norwegianLevelRequired: boolean;

  @Column()
  permanent: boolean;

  @Column({ type: 'real', nullable: true })
  hoursPerWeek: number | null;

  @Column({ type: 'boolean', nullable: true })
  wageSubsidy: boolean | null;

  @Column({ type: 'integer' })
  positions: number;

  @Column({ type: 'text', default: 'open' })
  status: OpeningStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Raised by every edit; an update names the version it saw (see common/versions.ts). */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
