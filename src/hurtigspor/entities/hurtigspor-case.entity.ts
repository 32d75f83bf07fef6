import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CaseState, CloseReason, Side, WaitingOn } from '../case-states';

export interface HireConfirmation {
  side: Side;
  /** ISO instant. */
  at: string;
}

/** One candidate on the hurtigspor towards one employer's need or opening. */
@Entity('hurtigspor_cases')
export class HurtigsporCase {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Null once the candidate's record was deleted; the case stays for the statistics. */
  @Column({ type: 'uuid', nullable: true })
  candidateId: string | null;

  @Column({ type: 'uuid', nullable: true })
  needId: string | null;

  @Column({ type: 'uuid', nullable: true })
  openingId: string | null;

  @Column({ type: 'uuid' })
  employerOrganisationId: string;

  @Column({ type: 'uuid' })
  careerCentreOrganisationId: string;

  @Column({ type: 'text' })
  state: CaseState;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'timestamptz' })
  stateEnteredAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deadlineAt: Date | null;

  @Column({ type: 'text', nullable: true })
  waitingOn: WaitingOn | null;

  /** The sides that confirmed the two-sided step out of the current state (a hire); cleared when the state moves. */
  @Column({ type: 'jsonb' })
  hireConfirmations: HireConfirmation[];

  @Column({ type: 'text', nullable: true })
  closeReason: CloseReason | null;

  @Column({ type: 'text', nullable: true })
  closeNote: string | null;

  /** When the employer moved the case to interview and saw who the candidate is. */
  @Column({ type: 'timestamptz', nullable: true })
  revealedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdByKeyId: string | null;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;
}
