import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../common/principal';
import type { MatchType } from '../scoring/scoring';
import { OPENING_OF_KIND_SQL } from '../openings/openings.repository';
import { Outcome, OutcomeType } from './entities/outcome.entity';

export interface OutcomeFilter {
  candidateId?: string;
  openingId?: string;
  mentorId?: string;
  type?: OutcomeType;
  /** An employer sees its own organisation's outcomes only. */
  organisationId?: string;
  limit: number;
  page: number;
}

/** One recorded outcome seen as a ranking query and one of its ranked items. */
export interface QueryOutcome {
  /** The candidate (mentor, praksis, job) or the opening (shortlist) that was the query. */
  query: string;
  /** The mentor, opening or candidate that was the item. */
  item: string;
  type: OutcomeType;
  at: Date;
}

/** The outcomes that speak to each match type's rankings. */
const EVALUATION_SQL: Record<MatchType, string> = {
  mentor: `SELECT candidate_id AS query, mentor_id AS item, type, at FROM outcomes
           WHERE candidate_id IS NOT NULL AND mentor_id IS NOT NULL
             AND type IN ('mentorship_completed', 'mentorship_ended_early', 'declined')`,
  praksis: `SELECT o.candidate_id AS query, o.opening_id AS item, o.type, o.at FROM outcomes o
            WHERE o.candidate_id IS NOT NULL AND ${OPENING_OF_KIND_SQL('o.opening_id', 'praksis')}`,
  job: `SELECT o.candidate_id AS query, o.opening_id AS item, o.type, o.at FROM outcomes o
        WHERE o.candidate_id IS NOT NULL AND ${OPENING_OF_KIND_SQL('o.opening_id', 'job')}`,
  shortlist: `SELECT o.opening_id AS query, o.candidate_id AS item, o.type, o.at FROM outcomes o
              WHERE o.candidate_id IS NOT NULL AND o.opening_id IS NOT NULL`,
};

@Injectable()
export class OutcomesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** In the caller's transaction, so a state change and the outcome it implies commit together; `at` from the caller's Clock. */
  record(
    manager: EntityManager,
    by: Principal,
    outcome: Pick<Outcome, 'type' | 'candidateId'> & Partial<Pick<Outcome, 'reason' | 'openingId' | 'organisationId' | 'mentorId' | 'caseId'>> & { at: Date },
  ): Promise<Outcome> {
    const repository = manager.getRepository(Outcome);
    return repository.save(repository.create({ ...outcome, recordedByKeyId: by.keyId, recordedByRole: by.role }));
  }

  /**
   * Whether a hurtigspor case has revealed the candidate to the employer (an unknown id is simply
   * false). Read here, not asked of hurtigspor: hurtigspor sits above outcomes, recording its steps' outcomes.
   */
  async revealedTo(candidateId: string, employerOrganisationId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM hurtigspor_cases WHERE candidate_id = $1 AND employer_organisation_id = $2 AND revealed_at IS NOT NULL LIMIT 1`,
      [candidateId, employerOrganisationId],
    );
    return rows.length > 0;
  }

  /** Newest first by when it happened. */
  async findPage(filter: OutcomeFilter): Promise<{ items: Outcome[]; total: number }> {
    const query = this.dataSource.getRepository(Outcome).createQueryBuilder('o');
    if (filter.candidateId) query.andWhere('o.candidate_id = :candidateId', { candidateId: filter.candidateId });
    if (filter.openingId) query.andWhere('o.opening_id = :openingId', { openingId: filter.openingId });
    if (filter.mentorId) query.andWhere('o.mentor_id = :mentorId', { mentorId: filter.mentorId });
    if (filter.type) query.andWhere('o.type = :type', { type: filter.type });
    if (filter.organisationId) query.andWhere('o.organisation_id = :organisationId', { organisationId: filter.organisationId });
    const [items, total] = await query
      .orderBy('o.at', 'DESC')
      .addOrderBy('o.id', 'ASC')
      .take(filter.limit)
      .skip((filter.page - 1) * filter.limit)
      .getManyAndCount();
    return { items, total };
  }

  /** The outcomes bearing on a match type's rankings, as query and item, within an optional window of when they happened. */
  async forEvaluation(matchType: MatchType, window: { from?: Date; to?: Date }): Promise<QueryOutcome[]> {
    const rows: QueryOutcome[] = await this.dataSource.query(
      `SELECT * FROM (${EVALUATION_SQL[matchType]}) x
       WHERE ($1::timestamptz IS NULL OR x.at >= $1) AND ($2::timestamptz IS NULL OR x.at <= $2)
       ORDER BY x.at, x.query, x.item`,
      [window.from ?? null, window.to ?? null],
    );
    return rows.map((r) => ({ ...r, at: new Date(r.at) }));
  }

  /** Per employer organisation: praksis periods started and hires, from outcomes the employer did not report itself. */
  async employerRecords(organisationIds: string[] | 'all'): Promise<Map<string, { praksis: number; hired: number }>> {
    if (organisationIds.length === 0) return new Map();
    const rows: { id: string; praksis: number; hired: number }[] = await this.dataSource.query(
      `SELECT organisation_id AS id,
              count(*) FILTER (WHERE type = 'praksis_started')::int AS praksis,
              count(*) FILTER (WHERE type = 'hired')::int AS hired
       FROM outcomes
       WHERE ($1::uuid[] IS NULL OR organisation_id = ANY($1::uuid[]))
         -- An employer's own word never builds its record: a case step, or someone else's report.
         AND (case_id IS NOT NULL OR recorded_by_role IS DISTINCT FROM 'employer')
       GROUP BY organisation_id`,
      [organisationIds === 'all' ? null : organisationIds],
    );
    return new Map(rows.map((r) => [r.id, { praksis: r.praksis, hired: r.hired }]));
  }
}
