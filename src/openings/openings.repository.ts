import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { findByIds } from '../common/by-ids';
import { newestFirstPage } from '../common/paginate';
import { containsPattern } from '../common/text-filter';
import type { SourceFilter } from '../embeddings/embeddings.repository';
import { Opening, OpeningKind, OpeningStatus } from './entities/opening.entity';

/** Whether the opening `openingIdSql` points at is of `kind`: for queries of other tables (outcomes) that ask by kind. */
export const OPENING_OF_KIND_SQL = (openingIdSql: string, kind: OpeningKind): string =>
  `EXISTS (SELECT 1 FROM openings op WHERE op.id = ${openingIdSql} AND op.kind = '${kind}')`;

/** Openings of one kind, as a search filter on the openings table (alias `s`). */
export const openingsOfKind = (kind: OpeningKind): SourceFilter => ({ sql: 's.kind = $F1', params: [kind] });

/** What ranking an opening for a candidate reads of it, without its prose: a catalogue holds every opening. */
export type OpeningFacts = Pick<
  Opening,
  | 'id' | 'organisationId' | 'kind' | 'title' | 'occupationCode' | 'municipalityCode' | 'requiredSkills'
  | 'minNorwegianLevel' | 'norwegianLevelRequired' | 'permanent' | 'wageSubsidy' | 'status'
>;

export interface OpeningFilter {
  organisationId?: string;
  kind?: OpeningKind;
  status?: OpeningStatus;
  municipalityCode?: string;
  q?: string;
  limit: number;
  page: number;
}

@Injectable()
export class OpeningsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string): Promise<Opening | null> {
    return this.dataSource.getRepository(Opening).findOneBy({ id });
  }

  /** In no particular order. */
  findByIds(ids: string[]): Promise<Opening[]> {
    return findByIds(this.dataSource.manager, Opening, ids);
  }

  /** The ranking facts of these openings (`'all'`: of every opening), in no particular order. */
  factsOf(ids: string[] | 'all'): Promise<OpeningFacts[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT id, organisation_id AS "organisationId", kind, title, occupation_code AS "occupationCode", municipality_code AS "municipalityCode",
              required_skills AS "requiredSkills", min_norwegian_level AS "minNorwegianLevel", norwegian_level_required AS "norwegianLevelRequired",
              permanent, wage_subsidy AS "wageSubsidy", status
       FROM openings WHERE $1::uuid[] IS NULL OR id = ANY($1::uuid[])`,
      [ids === 'all' ? null : ids],
    );
  }

  /** The most recently registered open openings: the default sample a shortlist weight preview ranks for. */
  async recentOpen(limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(`SELECT id FROM openings WHERE status = 'open' ORDER BY created_at DESC, id LIMIT $1`, [limit]);
    return rows.map((r) => r.id);
  }

  findPage(filter: OpeningFilter): Promise<{ items: Opening[]; total: number }> {
    const query = this.dataSource.getRepository(Opening).createQueryBuilder('o');
    if (filter.organisationId) query.andWhere('o.organisation_id = :organisationId', { organisationId: filter.organisationId });
    if (filter.kind) query.andWhere('o.kind = :kind', { kind: filter.kind });
    if (filter.status) query.andWhere('o.status = :status', { status: filter.status });
    if (filter.municipalityCode) query.andWhere('o.municipality_code = :municipalityCode', { municipalityCode: filter.municipalityCode });
    if (filter.q) {
      query.andWhere(
        `(o.title ILIKE :pattern OR o.description ILIKE :pattern
          OR EXISTS (SELECT 1 FROM jsonb_array_elements(o.required_skills) s WHERE s->>'label' ILIKE :pattern))`,
        { pattern: containsPattern(filter.q) },
      );
    }
    return newestFirstPage(query, filter);
  }
}
