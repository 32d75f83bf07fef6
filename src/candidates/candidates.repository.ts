import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { newestFirstPage } from '../common/paginate';
import { containsPattern } from '../common/text-filter';
import { Candidate } from './entities/candidate.entity';

export interface CandidateFilter {
  municipalityCode?: string;
  q?: string;
  hurtigsporProspect?: 'true' | 'false';
  limit: number;
  page: number;
}

@Injectable()
export class CandidatesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string): Promise<Candidate | null> {
    return this.dataSource.getRepository(Candidate).findOneBy({ id });
  }

  /** Newest first; `q` matches name, goals, interests, skill labels and experience titles. */
  findPage(filter: CandidateFilter): Promise<{ items: Candidate[]; total: number }> {
    const query = this.dataSource.getRepository(Candidate).createQueryBuilder('c');
    if (filter.municipalityCode) query.andWhere('c.municipality_code = :municipalityCode', { municipalityCode: filter.municipalityCode });
    if (filter.hurtigsporProspect) query.andWhere('c.hurtigspor_prospect = :prospect', { prospect: filter.hurtigsporProspect === 'true' });
    if (filter.q) {
      const pattern = containsPattern(filter.q);
      query.andWhere(
        `(c.full_name ILIKE :pattern OR c.goals ILIKE :pattern OR array_to_string(c.interests, ' ') ILIKE :pattern
          OR EXISTS (SELECT 1 FROM jsonb_array_elements(c.skills) s WHERE s->>'label' ILIKE :pattern)
          OR EXISTS (SELECT 1 FROM jsonb_array_elements(c.experience) e WHERE e->>'title' ILIKE :pattern))`,
        { pattern },
      );
    }
    return newestFirstPage(query, filter);
  }
}
