import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { MatchType } from '../matching/scoring';
import { WeightProfile } from './entities/weight-profile.entity';

@Injectable()
export class WeightProfilesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The active version; the migration seeds one per match type. */
  async findActive(matchType: MatchType, manager: EntityManager = this.dataSource.manager): Promise<WeightProfile> {
    const profile = await manager.getRepository(WeightProfile).findOneBy({ matchType, status: 'active' });
    if (!profile) throw new Error(`No active weight profile for ${matchType}`);
    return profile;
  }

  findById(id: string): Promise<WeightProfile | null> {
    return this.dataSource.getRepository(WeightProfile).findOneBy({ id });
  }

  /** Every version of a match type (or of all), newest first within a type. */
  list(matchType?: MatchType): Promise<WeightProfile[]> {
    return this.dataSource.getRepository(WeightProfile).find({
      where: matchType ? { matchType } : {},
      order: { matchType: 'ASC', version: 'DESC' },
    });
  }

  /**
   * Locks every version of the match type until the transaction ends. Creating a version and
   * activating one both queue here, so version numbers never collide and exactly one version is
   * active whatever the interleaving. Returned in version order.
   */
  lockMatchType(manager: EntityManager, matchType: MatchType): Promise<WeightProfile[]> {
    return manager
      .getRepository(WeightProfile)
      .createQueryBuilder('p')
      .where('p.match_type = :matchType', { matchType })
      .orderBy('p.version', 'ASC')
      .setLock('pessimistic_write')
      .getMany();
  }

  insert(manager: EntityManager, values: Pick<WeightProfile, 'matchType' | 'version' | 'rawWeights' | 'weights' | 'note' | 'status' | 'createdByKeyId'>): Promise<WeightProfile> {
    const repository = manager.getRepository(WeightProfile);
    return repository.save(repository.create(values));
  }

  /** Retires the active version and activates `id`, in the caller's (locking) transaction. */
  async activate(manager: EntityManager, matchType: MatchType, id: string): Promise<void> {
    // Retire first: the partial unique index allows one active version per match type at any moment.
    await manager.query(`UPDATE weight_profiles SET status = 'retired' WHERE match_type = $1 AND status = 'active'`, [matchType]);
    await manager.query(`UPDATE weight_profiles SET status = 'active', activated_at = now() WHERE id = $1`, [id]);
  }
}
