import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '../../common/principal';

export const OUTCOME_TYPES = ['mentorship_completed', 'mentorship_ended_early', 'shortlisted', 'interviewed', 'praksis_started', 'hired', 'declined'] as const;
export type OutcomeType = (typeof OUTCOME_TYPES)[number];

/** Outcomes of a mentorship: they name a mentor, never an opening. */
export const MENTORSHIP_OUTCOMES: readonly OutcomeType[] = ['mentorship_completed', 'mentorship_ended_early'];
/** Steps with an employer: they name an opening, never a mentor. */
export const OPENING_OUTCOMES: readonly OutcomeType[] = ['shortlisted', 'interviewed', 'praksis_started', 'hired'];
/** What the employer record counts: only a case step records these for an employer. */
export const RECORD_OUTCOMES: readonly OutcomeType[] = ['praksis_started', 'hired'];

/** What happened after a match: the ground truth rankings are evaluated and tuned against. */
@Entity('outcomes')
export class Outcome {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  type: OutcomeType;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'uuid', nullable: true })
  candidateId: string | null;

  @Column({ type: 'uuid', nullable: true })
  openingId: string | null;

  /** The opening's employer, kept so an employer's record survives the opening. */
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ type: 'uuid', nullable: true })
  mentorId: string | null;

  /** When it happened, as reported. */
  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'uuid', nullable: true })
  recordedByKeyId: string | null;

  /** The hurtigspor case whose step recorded it; null for a report by hand. */
  @Column({ type: 'uuid', nullable: true })
  caseId: string | null;

  /** Who recorded it: an employer's own hand reports never count for its employer record. */
  @Column({ type: 'text', nullable: true })
  recordedByRole: Role | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
