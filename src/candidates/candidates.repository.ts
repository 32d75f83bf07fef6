import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, DeepPartial, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { findByIds } from '../common/by-ids';
import { newestFirstPage } from '../common/paginate';
import { containsPattern } from '../common/text-filter';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { DerivedCandidateFields } from '../competence/competence-profiler';
import { HAS_OPEN_MENTORSHIP_SQL } from '../mentorships/mentorship-sql';
import { CANDIDATE_VISIBLE_SQL, CandidateScope } from './candidate-access';
import { CandidateShare } from './entities/candidate-share.entity';
import { Candidate, CandidatePreferences } from './entities/candidate.entity';

/** What a shortlist scores of a candidate, and who may see it (its owner and the organisations it is shared with). */
export type CandidateScoringFacts = Pick<
  Candidate,
  | 'id' | 'ownerOrganisationId' | 'municipalityCode' | 'gender' | 'languages' | 'education' | 'experience' | 'skills'
  | 'desiredOccupations' | 'resolvedOccupations' | 'preferences' | 'consent'
> & { sharedWith: string[] };

/** A candidate an organisation imported before, as far as the next import needs it. */
export interface ImportedRecord {
  id: string;
  externalRef: string;
  importHash: string | null;
  preferences: CandidatePreferences;
}

/** Rows per INSERT of an import. */
const INSERT_CHUNK = 500;

export interface CandidateFilter {
  /** Only candidates this organisation owns or has been shared; undefined: all (admins). */
  visibleTo?: string;
  municipalityCode?: string;
  q?: string;
  hurtigsporProspect?: 'true' | 'false';
  /** At least this Norwegian level (CEFR, or `native`). */
  norwegianLevel?: string;
  hasMentor?: 'true' | 'false';
  consent?: 'matching' | 'no_matching' | 'share' | 'no_share';
  /** A field, `-` first for descending (CANDIDATE_SORT_VALUES); default newest first. */
  sort?: string;
  limit: number;
  page: number;
}

/** Norwegian levels in order; the candidate's best Norwegian (nb, nn or no) as its place in this list, 1-based, or null. */
const NORWEGIAN_ORDER = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'];
const NORWEGIAN_RANK_SQL = (alias: string) =>
  `(SELECT max(array_position(ARRAY['${NORWEGIAN_ORDER.join("','")}']::text[], l->>'level'))
    FROM jsonb_array_elements(${alias}.languages) l WHERE l->>'code' IN ('nb', 'nn', 'no'))`;

/** A proposed or active mentorship: the candidate has (or is about to have) a mentor. */
const HAS_MENTOR_SQL = (alias: string) => HAS_OPEN_MENTORSHIP_SQL('candidate', `${alias}.id`);

const CONSENT_SQL = {
  matching: 'c.consent_matching',
  no_matching: 'NOT c.consent_matching',
  share: 'c.consent_share_with_employers',
  no_share: 'NOT c.consent_share_with_employers',
} as const;

const SORT_SQL: Record<string, string> = {
  name: 'lower(c.full_name)',
  createdAt: 'c.created_at',
  updatedAt: 'c.updated_at',
  norwegianLevel: NORWEGIAN_RANK_SQL('c'),
};

@Injectable()
export class CandidatesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string): Promise<Candidate | null> {
    return this.dataSource.getRepository(Candidate).findOneBy({ id });
  }

  /** In no particular order. */
  findByIds(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Candidate[]> {
    return findByIds(manager, Candidate, ids);
  }

  /** What a shortlist scores of these candidates (`'all'`: of every one), without their names or prose, in no particular order. */
  async scoringFactsOf(ids: string[] | 'all'): Promise<CandidateScoringFacts[]> {
    if (ids.length === 0) return [];
    const rows: (Omit<CandidateScoringFacts, 'consent'> & { consentMatching: boolean; consentShare: boolean })[] = await this.dataSource.query(
      `SELECT c.id, c.owner_organisation_id AS "ownerOrganisationId", c.municipality_code AS "municipalityCode", c.gender, c.languages, c.education,
              c.experience, c.skills, c.desired_occupations AS "desiredOccupations", c.resolved_occupations AS "resolvedOccupations", c.preferences,
              c.consent_matching AS "consentMatching", c.consent_share_with_employers AS "consentShare",
              coalesce((SELECT array_agg(cs.organisation_id::text) FROM candidate_shares cs WHERE cs.candidate_id = c.id), '{}') AS "sharedWith"
       FROM candidates c WHERE $1::uuid[] IS NULL OR c.id = ANY($1::uuid[])`,
      [ids === 'all' ? null : ids],
    );
    return rows.map(({ consentMatching, consentShare, ...row }) => ({ ...row, consent: { matching: consentMatching, shareWithEmployers: consentShare } }));
  }

  /** The candidate, its row locked until the transaction ends: whoever re-derives or changes it queues here. */
  lockById(manager: EntityManager, id: string): Promise<Candidate | null> {
    return manager.getRepository(Candidate).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Locks the candidates' rows in id order until the transaction ends (the order keeps two lockers from deadlocking). */
  async lockByIds(manager: EntityManager, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await manager.query(`SELECT id FROM candidates WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [ids]);
  }

  /** Full names by id, for lists that show who a record is about. */
  async namesOf(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await this.dataSource.query(`SELECT id, full_name AS name FROM candidates WHERE id = ANY($1::uuid[])`, [[...new Set(ids)]]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** A new candidate, in the caller's transaction. */
  insert(manager: EntityManager, values: DeepPartial<Candidate>): Promise<Candidate> {
    const repository = manager.getRepository(Candidate);
    return repository.save(repository.create(values));
  }

  /** Writes what derives from the candidate's own data and mappings (merged competence, readings, groups), under its lock. */
  async updateDerived(manager: EntityManager, id: string, derived: DerivedCandidateFields, at: Date): Promise<void> {
    await manager.getRepository(Candidate).update(id, { ...derived, updatedAt: at } as QueryDeepPartialEntity<Candidate>);
  }

  /** Ids of candidates with a skill whose label contains the text: those a new synonym may read differently. */
  async idsWithSkillContaining(text: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM candidates c WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(c.skills) s WHERE s->>'label' ILIKE $1) ORDER BY id`,
      [containsPattern(text)],
    );
    return rows.map((r) => r.id);
  }

  /**
   * A page (by id, after `after`) of candidates with occupations typed as text: an experience
   * without a STYRK code, or a desired occupation in their own words. Those the taxonomy reads.
   */
  async idsWithTypedOccupations(after: string, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM candidates c
       WHERE id > $1 AND (cardinality(c.desired_occupation_texts) > 0
         OR EXISTS (SELECT 1 FROM jsonb_array_elements(c.experience) e WHERE coalesce(e->>'occupationCode', '') = ''))
       ORDER BY id LIMIT $2`,
      [after, limit],
    );
    return rows.map((r) => r.id);
  }

  /** Who owns the candidate, whom it is shared with, and its consent to employers: what candidate-access.ts decides on. */
  async scopeOf(id: string, manager: EntityManager = this.dataSource.manager): Promise<CandidateScope | null> {
    const [row]: { owner: string; shareWithEmployers: boolean; shared: string[] }[] = await manager.query(
      `SELECT c.owner_organisation_id AS owner, c.consent_share_with_employers AS "shareWithEmployers",
              ARRAY(SELECT s.organisation_id FROM candidate_shares s WHERE s.candidate_id = c.id ORDER BY s.created_at) AS shared
       FROM candidates c WHERE c.id = $1`,
      [id],
    );
    return row ? { ownerOrganisationId: row.owner, sharedWith: row.shared, shareWithEmployers: row.shareWithEmployers } : null;
  }

  /** Of these ids, the candidates that exist and whose record `organisationId` works with (owned or shared); `all` for any. */
  async visibleAmong(ids: string[], organisationId: string | null | 'all'): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: { id: string }[] =
      organisationId === 'all'
        ? await this.dataSource.query(`SELECT id FROM candidates WHERE id = ANY($1::uuid[])`, [ids])
        : await this.dataSource.query(`SELECT c.id FROM candidates c WHERE c.id = ANY($1::uuid[]) AND ${CANDIDATE_VISIBLE_SQL('c', '$2::uuid')}`, [ids, organisationId]);
    return new Set(rows.map((r) => r.id));
  }

  /** The most recently registered candidates who consent to matching: the default sample a weight preview ranks for. */
  async recentConsenting(limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(`SELECT id FROM candidates WHERE consent_matching ORDER BY created_at DESC, id LIMIT $1`, [limit]);
    return rows.map((r) => r.id);
  }

  /**
   * Hurtigspor prospects in these municipalities (a county's) who consent to matching and to being
   * shown to employers: the pool a need's prospects are ranked from, bounded (most recently updated first).
   */
  async prospectsIn(municipalityCodes: string[], limit: number): Promise<Candidate[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT c.id FROM candidates c
       WHERE c.municipality_code = ANY($1::text[]) AND c.hurtigspor_prospect AND c.consent_matching AND c.consent_share_with_employers
       ORDER BY c.updated_at DESC, c.id LIMIT $2`,
      [municipalityCodes, limit],
    );
    const byId = new Map((await this.findByIds(rows.map((r) => r.id))).map((c) => [c.id, c]));
    return rows.map((r) => byId.get(r.id)!).filter(Boolean);
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
    if (filter.norwegianLevel) {
      query.andWhere(`${NORWEGIAN_RANK_SQL('c')} >= :norwegianRank`, { norwegianRank: NORWEGIAN_ORDER.indexOf(filter.norwegianLevel) + 1 });
    }
    if (filter.hasMentor) query.andWhere(filter.hasMentor === 'true' ? HAS_MENTOR_SQL('c') : `NOT ${HAS_MENTOR_SQL('c')}`);
    if (filter.consent) query.andWhere(CONSENT_SQL[filter.consent]);
    if (!filter.sort) return newestFirstPage(query, filter);
    return sortedPage(query, filter.sort, filter);
  }

  /** The organisation's candidates with these references; inside a transaction, locked for update. */
  async findImported(organisationId: string | null, refs: string[], manager?: EntityManager): Promise<ImportedRecord[]> {
    if (refs.length === 0) return [];
    const rows: { id: string; external_ref: string; import_hash: string | null; preferences: CandidatePreferences }[] = await (
      manager ?? this.dataSource.manager
    ).query(
      `SELECT id, external_ref, import_hash, preferences FROM candidates
       WHERE registered_by_organisation_id ${organisationId ? '= $2' : 'IS NULL'} AND external_ref = ANY($1::text[])
       ${manager ? 'FOR UPDATE' : ''}`,
      organisationId ? [refs, organisationId] : [refs],
    );
    return rows.map((r) => ({ id: r.id, externalRef: r.external_ref, importHash: r.import_hash, preferences: r.preferences }));
  }

  /** Imported candidates, inserted in chunks; returns the new ids by external reference. */
  async insertMany(manager: EntityManager, values: DeepPartial<Candidate>[], onProgress: (done: number) => void): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    for (let i = 0; i < values.length; i += INSERT_CHUNK) {
      const chunk = values.slice(i, i + INSERT_CHUNK);
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(Candidate)
        .values(chunk as QueryDeepPartialEntity<Candidate>[])
        .updateEntity(false)
        .returning('id, external_ref')
        .execute();
      for (const row of result.raw as { id: string; external_ref: string }[]) ids.set(row.external_ref, row.id);
      onProgress(Math.min(i + INSERT_CHUNK, values.length));
    }
    return ids;
  }

  /** An imported candidate written again from a newer file. */
  async updateImported(manager: EntityManager, id: string, values: DeepPartial<Candidate>): Promise<void> {
    // A new version: an edit based on the record before the import is stale.
    await manager.update(Candidate, { id }, { ...(values as QueryDeepPartialEntity<Candidate>), version: () => 'version + 1' });
  }
}

/** One page in the order asked for, the id as tie-break so pages are stable; no Norwegian sorts last both ways. */
async function sortedPage(query: SelectQueryBuilder<Candidate>, sort: string, page: { limit: number; page: number }): Promise<{ items: Candidate[]; total: number }> {
  const descending = sort.startsWith('-');
  const field = descending ? sort.slice(1) : sort;
  const [items, total] = await query
    .orderBy(SORT_SQL[field], descending ? 'DESC' : 'ASC', 'NULLS LAST')
    .addOrderBy('c.id', 'ASC')
    .take(page.limit)
    .skip((page.page - 1) * page.limit)
    .getManyAndCount();
  return { items, total };
}
