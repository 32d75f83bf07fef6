import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Ranking } from './entities/ranking.entity';

@Injectable()
export class RankingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One row, results inline: cheap enough to run on every ranking request. */
  /** In the caller's transaction: a ranking is recorded with the audit rows of what it showed. */
  async insert(manager: EntityManager, ranking: Omit<Ranking, 'createdAt'>): Promise<void> {
    await manager.getRepository(Ranking).insert(ranking as QueryDeepPartialEntity<Ranking>);
  }

  findById(id: string): Promise<Ranking | null> {
    return this.dataSource.getRepository(Ranking).findOneBy({ id });
  }
}
