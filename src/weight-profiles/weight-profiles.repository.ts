import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MatchType } from '../matching/scoring';
import { WeightProfile } from './entities/weight-profile.entity';

@Injectable()
export class WeightProfilesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The active version; the migration seeds one per match type. */
  async findActive(matchType: MatchType): Promise<WeightProfile> {
    const profile = await this.dataSource.getRepository(WeightProfile).findOneBy({ matchType, status: 'active' });
    if (!profile) throw new Error(`No active weight profile for ${matchType}`);
    return profile;
  }
}
