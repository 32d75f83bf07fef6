import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Candidate } from '../candidates/entities/candidate.entity';
import { isUniqueViolation } from '../common/database-errors';
import { newestFirstPage } from '../common/paginate';
import { CandidatesRepository } from '../candidates/candidates.repository';
import { OpeningsRepository } from '../openings/openings.repository';
import { Opening } from '../openings/entities/opening.entity';
import { Organisation } from '../organisations/entities/organisation.entity';
import { OrganisationsRepository } from '../organisations/organisations.repository';
import { CASE_STATES, CaseState } from './case-states';
import { CaseTransition } from './entities/case-transition.entity';
import { HurtigsporCase } from './entities/hurtigspor-case.entity';
import { Need } from './entities/need.entity';

export interface Paging {
  limit: number;
  page: number;
}

export interface StoredResponse {
  fingerprint: string;
  status: number;
  body: unknown;
}

/** The cases a metrics query looks at: created in the window, of one career centre or all. */
export interface CaseCohort {
  from: Date | null;
  to: Date | null;
  careerCentreOrganisationId: string | null;
}

const OPEN = `state NOT IN ('hired', 'closed')`;


@Injectable()
export class HurtigsporRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly candidates: CandidatesRepository,
    private readonly openings: OpeningsRepository,
    private readonly organisations: OrganisationsRepository,
  ) {}

  // Needs

  insertNeed(values: Omit<Need, 'id'>): Promise<Need> {
    const repository = this.dataSource.getRepository(Need);
    return repository.save(repository.create(values));
  }

  findNeed(id: string): Promise<Need | null> {
    return this.dataSource.getRepository(Need).findOneBy({ id });
  }

  /** Newest first; of one organisation, or in some municipalities (a county's). */
  async findNeedsPage(filter: { organisationId?: string; municipalityCodes?: string[] } & Paging): Promise<{ items: Need[]; total: number }> {
    const query = this.dataSource.getRepository(Need).createQueryBuilder('n');
    if (filter.organisationId) query.andWhere('n.organisation_id = :organisationId', { organisationId: filter.organisationId });
    if (filter.municipalityCodes) query.andWhere('n.municipality_code = ANY(:codes)', { codes: filter.municipalityCodes });
    return newestFirstPage(query, filter);
  }

  /** Hurtigspor prospects in a county's municipalities, from the candidates' own repository (the pool a need's prospects are ranked from). */
  prospectsIn(municipalityCodes: string[], limit: number): Promise<Candidate[]> {
    return this.candidates.prospectsIn(municipalityCodes, limit);
  }

  /** Open cases per need among these, by candidate: a prospect already on its way shows its case. */
  async openCasesOfNeeds(needIds: string[]): Promise<{ needId: string; candidateId: string; caseId: string }[]> {
    if (needIds.length === 0) return [];
    return this.dataSource.query(
      `SELECT need_id AS "needId", candidate_id AS "candidateId", id AS "caseId" FROM hurtigspor_cases
       WHERE need_id = ANY($1::uuid[]) AND candidate_id IS NOT NULL AND ${OPEN}`,
      [needIds],
    );
  }

  // Records a case points at

  findOpening(id: string): Promise<Opening | null> {
    return this.openings.findById(id);
  }

  /** The openings behind a page of needs, in one query. */
  async openingsById(ids: string[]): Promise<Map<string, Opening>> {
    return new Map((await this.openings.findByIds(ids)).map((o) => [o.id, o]));
  }

  findOrganisation(id: string): Promise<Organisation | null> {
    return this.organisations.findById(id);
  }

  async findCandidate(manager: EntityManager, id: string): Promise<Candidate | null> {
    return (await this.candidates.findByIds([id], manager))[0] ?? null;
  }

  // Cases

  /**
   * Null when the candidate already has an open case for this need or opening: the partial unique
   * indexes decide, so racing creations cannot both win. The transaction is then aborted; the caller throws.
   */
  async insertCase(manager: EntityManager, values: Omit<HurtigsporCase, 'id'>): Promise<HurtigsporCase | null> {
    const repository = manager.getRepository(HurtigsporCase);
    try {
      return await repository.save(repository.create(values));
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  }

  findCase(id: string): Promise<HurtigsporCase | null> {
    return this.dataSource.getRepository(HurtigsporCase).findOneBy({ id });
  }

  /** Locks the case until the transaction ends: transitions of one case apply one at a time. */
  lockCase(manager: EntityManager, id: string): Promise<HurtigsporCase | null> {
    return manager.getRepository(HurtigsporCase).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * Writes the case's next version only if it is still at `version` (the lock makes this hold;
   * the condition keeps it true without one). Null when someone else moved it.
   */
  async updateCase(manager: EntityManager, id: string, version: number, patch: Partial<Omit<HurtigsporCase, 'id' | 'version'>>): Promise<HurtigsporCase | null> {
    const result = await manager
      .createQueryBuilder()
      .update(HurtigsporCase)
      .set({ ...patch, version: () => 'version + 1' } as never)
      .where({ id, version })
      .execute();
    return result.affected === 1 ? manager.getRepository(HurtigsporCase).findOneBy({ id }) : null;
  }

  insertTransition(manager: EntityManager, values: Omit<CaseTransition, 'id'>): Promise<unknown> {
    return manager.getRepository(CaseTransition).insert(values);
  }

  history(caseId: string): Promise<CaseTransition[]> {
    return this.dataSource.getRepository(CaseTransition).find({ where: { caseId }, order: { version: 'ASC' } });
  }

  /** The cases of an organisation (either side), or all; newest first. */
  async findCasesPage(filter: { organisationId?: string; state?: CaseState } & Paging): Promise<{ items: HurtigsporCase[]; total: number }> {
    const query = this.dataSource.getRepository(HurtigsporCase).createQueryBuilder('c');
    if (filter.organisationId) {
      query.andWhere('(c.employer_organisation_id = :org OR c.career_centre_organisation_id = :org)', { org: filter.organisationId });
    }
    if (filter.state) query.andWhere('c.state = :state', { state: filter.state });
    return newestFirstPage(query, filter);
  }

  /** Open cases waiting on the organisation's side (all open cases when none is given): overdue first, then by deadline. */
  async findTasks(filter: { organisationId?: string; now: Date } & Paging): Promise<{ items: HurtigsporCase[]; total: number }> {
    const query = this.dataSource.getRepository(HurtigsporCase).createQueryBuilder('c').where(`c.${OPEN}`);
    if (filter.organisationId) {
      query.andWhere(
        `((c.employer_organisation_id = :org AND c.waiting_on IN ('employer', 'both'))
          OR (c.career_centre_organisation_id = :org AND c.waiting_on IN ('career_centre', 'both')))`,
        { org: filter.organisationId },
      );
    }
    const [items, total] = await query
      .orderBy('CASE WHEN c.deadline_at < :now THEN 0 ELSE 1 END', 'ASC')
      .addOrderBy('c.deadline_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .setParameter('now', filter.now)
      .take(filter.limit)
      .skip((filter.page - 1) * filter.limit)
      .getManyAndCount();
    return { items, total };
  }

  // Idempotency keys

  /**
   * Claims a caller's key for this request in the transaction; returns the stored response when
   * the key was used before. A racing request with the same key waits here until the first
   * commits (then it gets its response) or rolls back (then it claims the key itself).
   */
  async claimIdempotencyKey(manager: EntityManager, caller: string, key: string, fingerprint: string): Promise<StoredResponse | null> {
    const claimed: unknown[] = await manager.query(
      `INSERT INTO hurtigspor_idempotency_keys (caller, key, fingerprint, status, body) VALUES ($1, $2, $3, 0, 'null')
       ON CONFLICT (caller, key) DO NOTHING RETURNING 1`,
      [caller, key, fingerprint],
    );
    if (claimed.length > 0) return null;
    const [row]: StoredResponse[] = await manager.query(
      `SELECT fingerprint, status, body FROM hurtigspor_idempotency_keys WHERE caller = $1 AND key = $2`,
      [caller, key],
    );
    return row;
  }

  async storeIdempotentResponse(manager: EntityManager, caller: string, key: string, status: number, body: unknown): Promise<void> {
    await manager.query(`UPDATE hurtigspor_idempotency_keys SET status = $3, body = $4 WHERE caller = $1 AND key = $2`, [
      caller,
      key,
      status,
      JSON.stringify(body),
    ]);
  }

  // Metrics

  async casesPerState(cohort: CaseCohort): Promise<Record<CaseState, number>> {
    const rows: { state: CaseState; n: number }[] = await this.dataSource.query(
      `SELECT state, count(*)::int AS n FROM hurtigspor_cases c WHERE ${COHORT} GROUP BY state`,
      cohortParams(cohort),
    );
    const counts = Object.fromEntries(CASE_STATES.map((s) => [s, 0])) as Record<CaseState, number>;
    for (const row of rows) counts[row.state] = row.n;
    return counts;
  }

  /** Days from a case's creation (mapped) to its first entry into `state`, per case of the cohort that got there. */
  async daysToState(cohort: CaseCohort, state: CaseState): Promise<number[]> {
    const rows: { days: string }[] = await this.dataSource.query(
      `SELECT EXTRACT(EPOCH FROM (min(t.at) - c.created_at)) / 86400 AS days
       FROM hurtigspor_cases c JOIN hurtigspor_case_transitions t ON t.case_id = c.id AND t.kind = 'transition' AND t.to_state = $4
       WHERE ${COHORT} GROUP BY c.id, c.created_at`,
      [...cohortParams(cohort), state],
    );
    return rows.map((r) => Number(r.days));
  }

  /** Per employer: the cohort's cases that started praksis, and how many of those ended in a hire. */
  async praksisConversion(cohort: CaseCohort): Promise<{ organisationId: string; name: string; praksis: number; hired: number }[]> {
    const rows: { organisationId: string; praksis: number; hired: number }[] = await this.dataSource.query(
      `SELECT c.employer_organisation_id AS "organisationId",
              count(*)::int AS praksis, count(*) FILTER (WHERE c.state = 'hired')::int AS hired
       FROM hurtigspor_cases c
       WHERE ${COHORT} AND EXISTS (SELECT 1 FROM hurtigspor_case_transitions t WHERE t.case_id = c.id AND t.kind = 'transition' AND t.to_state = 'praksis')
       GROUP BY c.employer_organisation_id`,
      cohortParams(cohort),
    );
    const names = await this.organisations.findByIds(rows.map((r) => r.organisationId));
    // In Norwegian alphabetical order, then by id; an employer is never deleted while it has cases.
    return rows
      .map((r) => ({ ...r, name: names.get(r.organisationId)!.name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nb') || (a.organisationId < b.organisationId ? -1 : 1));
  }
}

const COHORT = `($1::timestamptz IS NULL OR c.created_at >= $1) AND ($2::timestamptz IS NULL OR c.created_at < $2)
  AND ($3::uuid IS NULL OR c.career_centre_organisation_id = $3)`;
const cohortParams = (c: CaseCohort): unknown[] => [c.from, c.to, c.careerCentreOrganisationId];
