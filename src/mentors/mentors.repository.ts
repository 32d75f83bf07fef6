import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { newestFirstPage } from '../common/paginate';
import { containsPattern } from '../common/text-filter';
import { Mentor, MentorType } from './entities/mentor.entity';
import { MENTOR_POOL_SQL } from './mentor-pool';

export interface MentorFilter {
  /** The caller's pool: this organisation's mentors and the open pools' (mentor-pool.ts); undefined: all. */
  poolOf?: string;
  municipalityCode?: string;
  mentorType?: MentorType;
  active?: boolean;
  q?: string;
  limit: number;
  page: number;
}

@Injectable()
export class MentorsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string): Promise<Mentor | null> {
    return this.dataSource.getRepository(Mentor).findOneBy({ id });
  }

  /** Whether the mentor is in the organisation's pool: its own, or of an organisation whose pool is open. */
  async inPool(id: string, organisationId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM mentors m WHERE m.id = $1 AND ${MENTOR_POOL_SQL('m', '$2')}`, [id, organisationId]);
    return rows.length > 0;
  }

  findPage(filter: MentorFilter): Promise<{ items: Mentor[]; total: number }> {
    const query = this.dataSource.getRepository(Mentor).createQueryBuilder('m');
    if (filter.poolOf !== undefined) query.andWhere(MENTOR_POOL_SQL('m', ':poolOf'), { poolOf: filter.poolOf });
    if (filter.municipalityCode) query.andWhere('m.municipality_code = :municipalityCode', { municipalityCode: filter.municipalityCode });
    if (filter.mentorType) query.andWhere('m.mentor_type = :mentorType', { mentorType: filter.mentorType });
    if (filter.active !== undefined) query.andWhere('m.active = :active', { active: filter.active });
    if (filter.q) {
      query.andWhere(
        `(m.full_name ILIKE :pattern OR m.occupation_title ILIKE :pattern OR m.bio ILIKE :pattern
          OR array_to_string(m.interests, ' ') ILIKE :pattern
          OR EXISTS (SELECT 1 FROM jsonb_array_elements(m.skills) s WHERE s->>'label' ILIKE :pattern))`,
        { pattern: containsPattern(filter.q) },
      );
    }
    return newestFirstPage(query, filter);
  }
}
