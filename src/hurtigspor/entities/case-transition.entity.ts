import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '../../common/principal';
import type { CaseState, CloseReason } from '../case-states';

export type TransitionKind = 'created' | 'transition' | 'confirmation';
export type TransitionSide = 'career_centre' | 'employer' | 'operator';

/** One step of a case's history: who, when, from, to and why. A first hire confirmation is a step that leaves the state. */
@Entity('hurtigspor_case_transitions')
export class CaseTransition {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  /** The case's version after this step. */
  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'text' })
  kind: TransitionKind;

  @Column({ type: 'text', nullable: true })
  fromState: CaseState | null;

  @Column({ type: 'text' })
  toState: CaseState;

  @Column({ type: 'text', nullable: true })
  side: TransitionSide | null;

  @Column({ type: 'uuid', nullable: true })
  actorKeyId: string | null;

  @Column({ type: 'text' })
  actorRole: Role;

  @Column({ type: 'uuid', nullable: true })
  actorOrganisationId: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'text', nullable: true })
  closeReason: CloseReason | null;

  @Column({ type: 'timestamptz' })
  at: Date;
}
