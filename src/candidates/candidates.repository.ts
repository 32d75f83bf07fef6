import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { newestFirstPage } from '../common/paginate';
import { containsPattern } from '../common/text-filter';
import { CANDIDATE_VISIBLE_SQL } from './candidate-gate';
import { CandidateShare } from './entities/candidate-share.entity';
import { Candidate } from './entities/candidate.entity';

export interface CandidateFilter {
  /** Only candidates this organisation owns or has been shared; undefined: all (admins). */
  visibleTo?: string;
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

  /** The organisations a candidate is shared with, oldest share first. */
  async sharesOf(candidateIds: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, CandidateShare[]>> {
    const shares = new Map<string, CandidateShare[]>(candidateIds.map((id) => [id, []]));
    if (candidateIds.length === 0) return shares;
    const rows = await manager.getRepository(CandidateShare).find({ where: { candidateId: In(candidateIds) }, order: { createdAt: 'ASC', organisationId: 'ASC' } });
    for (const row of rows) shares.get(row.candidateId)!.push(row);
    return shares;
  }

  /** A new share; false when the candidate was already shared with the organisation. */
  async share(manager: EntityManager, share: Pick<CandidateShare, 'candidateId' | 'organisationId' | 'sharedByKeyId'>): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO candidate_shares (candidate_id, organisation_id, shared_by_key_id) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING candidate_id`,
      [share.candidateId, share.organisationId, share.sharedByKeyId],
    );
    return rows.length > 0;
  }

  async unshare(manager: EntityManager, candidateId: string, organisationId: string): Promise<boolean> {
    const result = await manager.getRepository(CandidateShare).delete({ candidateId, organisationId });
    return (result.affected ?? 0) > 0;
  }

  /** Newest first; `q` matches name, goals, interests, skill labels and experience titles. */
  findPage(filter: CandidateFilter): Promise<{ items: Candidate[]; total: number }> {
    const query = this.dataSource.getRepository(Candidate).createQueryBuilder('c');
    if (filter.visibleTo !== undefined) query.andWhere(CANDIDATE_VISIBLE_SQL('c', ':organisationId'), { organisationId: filter.visibleTo });
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
