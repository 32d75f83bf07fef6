import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { MatchType } from '../scoring/scoring';
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

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<WeightProfile | null> {
    return manager.getRepository(WeightProfile).findOneBy({ id });
  }

  /** Versions of one match type (or of all), by match type and newest version first. */
  async findPage(filter: { matchType?: MatchType; limit: number; page: number }): Promise<{ items: WeightProfile[]; total: number }> {
    const [items, total] = await this.dataSource.getRepository(WeightProfile).findAndCount({
      where: filter.matchType ? { matchType: filter.matchType } : {},
      order: { matchType: 'ASC', version: 'DESC' },
      take: filter.limit,
      skip: (filter.page - 1) * filter.limit,
    });
    return { items, total };
  }

  /**
   * Takes the match type's lock until the transaction ends, then reads its versions in version
   * order. Creating and activating versions both queue here, so version numbers never collide and
   * exactly one version is active whatever the interleaving. A transaction-scoped advisory lock
   * rather than row locks: a row lock would not make the waiter see a version inserted meanwhile.
   */
  async lockMatchType(manager: EntityManager, matchType: MatchType): Promise<WeightProfile[]> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`weight_profiles:${matchType}`]);
    return manager.getRepository(WeightProfile).find({ where: { matchType }, order: { version: 'ASC' } });
  }

  insert(manager: EntityManager, values: Pick<WeightProfile, 'matchType' | 'version' | 'rawWeights' | 'weights' | 'note' | 'status' | 'createdByKeyId'>): Promise<WeightProfile> {
    const repository = manager.getRepository(WeightProfile);
    return repository.save(repository.create(values));
  }

  /** Retires the active version and activates `id`, in the caller's (locking) transaction. */
  async activate(manager: EntityManager, matchType: MatchType, id: string): Promise<void> {
    // Retire first: the partial unique index allows one active version per match type at any moment.
    await manager.query(`UPDATE weight_profiles SET status = 'retired' WHERE match_type = $1 AND status = 'active'`, [matchType]);
    // The time it became active, not the time its transaction began waiting for the lock.
    await manager.query(`UPDATE weight_profiles SET status = 'active', activated_at = clock_timestamp() WHERE id = $1`, [id]);
  }
}
