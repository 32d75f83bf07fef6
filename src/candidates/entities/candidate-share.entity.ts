import { CreateDateColumn, Column, Entity, PrimaryColumn } from 'typeorm';

/** The owner lets another organisation see and work with a candidate. */
@Entity('candidate_shares')
export class CandidateShare {
  @PrimaryColumn('uuid')
  candidateId: string;

  @PrimaryColumn('uuid')
  organisationId: string;

  @Column({ type: 'uuid', nullable: true })
  sharedByKeyId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
