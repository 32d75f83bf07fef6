import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { Role } from '../../common/principal';
import type { MatchType } from '../../scoring/scoring';

/** One result as it was returned: the item, its score, and the feature values the score was weighed from. */
export interface RankedItem {
  /** A mentor or opening id; in a shortlist the pseudonymous ref the employer saw, never a candidate id. */
  item: string;
  score: number;
  values: Record<string, number>;
}

/** A ranking response as it was given: enough to show what was ranked and to reproduce its scores. */
@Entity('rankings')
export class Ranking {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  matchType: MatchType;

  /** The candidate whose mentors or openings were ranked. */
  @Column({ type: 'uuid', nullable: true })
  candidateId: string | null;

  /** The opening whose shortlist was ranked. */
  @Column({ type: 'uuid', nullable: true })
  openingId: string | null;

  @Column({ type: 'uuid' })
  weightProfileId: string;

  @Column({ type: 'integer' })
  weightProfileVersion: number;

  @Column({ type: 'integer' })
  resultLimit: number;

  @Column({ type: 'uuid', nullable: true })
  keyId: string | null;

  @Column({ type: 'text' })
  role: Role;

  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ type: 'jsonb' })
  results: RankedItem[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
