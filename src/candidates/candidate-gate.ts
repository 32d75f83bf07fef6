import { Injectable, Module } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Principal } from '../common/principal';
import { Problem } from '../common/problems';
import { CandidateScope, seesRecord } from './candidate-access';
import { CandidatesRepository } from './candidates.repository';


/**
 * The door to one candidate's record for every route about it (its own, its matches, mappings,
 * mentorships, outcomes, cases): the caller passes when candidate-access.ts says `full`, and gets
 * the same 404 as for an id that does not exist otherwise. Its own module, so the modules the
 * candidates module itself needs (competence) can use it too.
 */

@Injectable()
export class CandidateGate {
  constructor(private readonly candidates: CandidatesRepository) {}

  scopeOf(id: string, manager?: EntityManager): Promise<CandidateScope | null> {
    return this.candidates.scopeOf(id, manager);
  }

  /** Of these ids, those of candidates whose record the caller may work with (the set form of seesRecord). */
  visibleAmong(actor: Principal, ids: string[]): Promise<Set<string>> {
    // An employer works with no candidate's record: its organisation is no owner here.
    return this.candidates.visibleAmong(ids, actor.role === 'admin' ? 'all' : actor.role === 'employer' ? null : actor.organisationId!);
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
