import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MatchType } from '../../scoring/scoring';

/** A version of the weights for one match type; exactly one version per type is active. */
@Entity('weight_profiles')
export class WeightProfile {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  matchType: MatchType;

  @Column({ type: 'integer' })
  version: number;

  /** As the admin gave them. */
  @Column({ type: 'jsonb' })
  rawWeights: Record<string, number>;

  /** Normalised to sum 1, so scores stay in [0, 1]. */
  @Column({ type: 'jsonb' })
  weights: Record<string, number>;

  @Column({ type: 'text', default: '' })
  note: string;

  @Column({ type: 'text' })
  status: 'draft' | 'active' | 'retired';

  @Column({ type: 'uuid', nullable: true })
  createdByKeyId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  activatedAt: Date | null;
}
