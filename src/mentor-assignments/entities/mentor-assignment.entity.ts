import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export interface PlannedPair {
  candidateId: string;
  mentorId: string;
  score: number;
}

export interface UnassignedCandidate {
  candidateId: string;
  reason: 'no_eligible_mentor' | 'mentors_taken' | 'already_in_mentorship' | 'no_consent_matching';
  detail: string;
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
  plan: { assignments: PlannedPair[]; unassigned: UnassignedCandidate[] };

  @Column({ type: 'double precision' })
  total: number;

  @Column({ type: 'uuid', nullable: true })
  createdByKeyId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;
}
