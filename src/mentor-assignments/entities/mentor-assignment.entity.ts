import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

import type { HardRule } from '../../scoring/hard-rules';

/** A mentor the planner could also give the candidate: what a swap offers. */
export interface PairAlternative {
  mentorId: string;
  score: number;
}

export interface PlannedPair {
  candidateId: string;
  mentorId: string;
  score: number;
  /** Kept as the client gave it (`fixedPairs`), not chosen by the planner. */
  fixed?: boolean;
  /** The reasons the ranking gives for this pair, in both languages (plans made before they were kept have none). */
  reasons?: { nb: string[]; en: string[] };
  alternatives?: PairAlternative[];
}

export type UnassignedReason = 'no_eligible_mentor' | 'mentors_taken' | 'mentors_removed' | 'already_in_mentorship' | 'no_consent_matching';

export interface UnassignedCandidate {
  candidateId: string;
  reason: UnassignedReason;
  /** In English, as kept since the first plans; views render it in the reader's language. */
  detail: string;
  /** For no_eligible_mentor: the hard rules that left mentors out, the commonest first, with how many. */
  rules?: { rule: HardRule; mentors: number }[];
  alternatives?: PairAlternative[];
}

/** A pair that could not be created on confirm, and why. */
export interface LostPair {
  candidateId: string;
  mentorId: string;
  code: string;
  reason: { nb: string; en: string };
}

/** A cohort plan: nothing is created until it is confirmed. */
@Entity('mentor_assignments')
export class MentorAssignment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  status: 'proposed' | 'confirmed';

  @Column({ type: 'uuid' })
  weightProfileId: string;

  @Column({ type: 'jsonb' })
  plan: { assignments: PlannedPair[]; unassigned: UnassignedCandidate[]; confirmed?: { created: string[]; lost: LostPair[] } };

  @Column({ type: 'double precision' })
  total: number;

  @Column({ type: 'uuid', nullable: true })
  createdByKeyId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;
}
