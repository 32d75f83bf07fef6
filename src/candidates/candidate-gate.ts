import { Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../common/principal';
import { Problem } from '../common/problems';
import { CANDIDATE_VISIBLE_SQL, CandidateScope, seesRecord } from './candidate-access';
import { CandidatesRepository } from './candidates.repository';

export { CANDIDATE_VISIBLE_SQL } from './candidate-access';

/**
 * The door to one candidate's record for every route about it (its own, its matches, mappings,
 * mentorships, outcomes, cases): the caller passes when candidate-access.ts says `full`, and gets
 * the same 404 as for an id that does not exist otherwise. Its own module, so the modules the
 * candidates module itself needs (competence) can use it too.
 */

@Injectable()
export class CandidateGate {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async scopeOf(id: string, manager: EntityManager = this.dataSource.manager): Promise<CandidateScope | null> {
    const [row]: { owner: string; shareWithEmployers: boolean; shared: string[] }[] = await manager.query(
      `SELECT c.owner_organisation_id AS owner, c.consent_share_with_employers AS "shareWithEmployers",
              ARRAY(SELECT s.organisation_id FROM candidate_shares s WHERE s.candidate_id = c.id ORDER BY s.created_at) AS shared
       FROM candidates c WHERE c.id = $1`,
      [id],
    );
    return row ? { ownerOrganisationId: row.owner, sharedWith: row.shared, shareWithEmployers: row.shareWithEmployers } : null;
  }

  /** Of these ids, those of candidates whose record the caller may work with (the set form of seesRecord). */
  async visibleAmong(actor: Principal, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: { id: string }[] =
      actor.role === 'admin'
        ? await this.dataSource.query(`SELECT id FROM candidates WHERE id = ANY($1::uuid[])`, [ids])
        : await this.dataSource.query(
            `SELECT c.id FROM candidates c WHERE c.id = ANY($1::uuid[]) AND ${CANDIDATE_VISIBLE_SQL('c', '$2::uuid')}`,
            [ids, actor.role === 'employer' ? null : actor.organisationId],
          );
    return new Set(rows.map((r) => r.id));
  }

  /** Throws 404 unless the caller may work with the candidate's record; gives its scope. */
  async assertSeesRecord(actor: Principal, id: string, manager?: EntityManager): Promise<CandidateScope> {
    const scope = await this.scopeOf(id, manager);
    if (!scope || !seesRecord(actor, scope)) throw Problem.notFound('candidate', id);
    return scope;
  }
}

/** The gate and the candidates' repository, for every module that works with candidate records. */
@Module({ providers: [CandidateGate, CandidatesRepository], exports: [CandidateGate, CandidatesRepository] })
export class CandidateGateModule {}
