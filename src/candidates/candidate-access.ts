import type { Principal } from '../common/principal';
import { NO_FILTER, type SourceFilter } from '../embeddings/embeddings.repository';

/**
 * How much of a candidate a caller may see:
 * - `full`: the record (its own organisation's, or shared with it; admins all);
 * - `identified`: who it is, for an employer the candidate has met (a hurtigspor case at the interview);
 * - `anonymous`: a per-employer ref and the profile, without name or contact (shortlists, a case before the interview);
 * - `none`: nothing; the routes answer 404, as for an id that does not exist.
 */
export type CandidateAccess = 'full' | 'identified' | 'anonymous' | 'none';

/** Who owns the candidate and who it is shared with. */
export interface CandidateScope {
  ownerOrganisationId: string;
  sharedWith: readonly string[];
  /** Consent to be shown to employers (anonymously on shortlists, by name from the interview). */
  shareWithEmployers: boolean;
}

/** Where the candidate is being looked at. */
export type AccessContext =
  /** Its own routes and everything done with the record: read, edit, delete, rank, map, mentorships. */
  | { kind: 'record' }
  /** An opening's shortlist. */
  | { kind: 'shortlist' }
  /** A hurtigspor case: whether the caller's organisation is a party, and whether the interview revealed the candidate. */
  | { kind: 'case'; party: boolean; revealed: boolean }
  /** A hurtigspor need's prospects in the county: the one place a career centre sees other organisations' candidates. */
  | { kind: 'prospect' };

/** Who may see what, in one place: pure, so a table test can go over every role and state. */
export function candidateAccess(principal: Principal, candidate: CandidateScope, context: AccessContext): CandidateAccess {
  switch (principal.role) {
    case 'admin':
      return 'full';
    case 'coordinator':
    case 'career_centre': {
      const own =
        principal.organisationId !== null &&
        (candidate.ownerOrganisationId === principal.organisationId || candidate.sharedWith.includes(principal.organisationId));
      if (own) return 'full';
      if (principal.role === 'career_centre' && (context.kind === 'prospect' || (context.kind === 'case' && context.party))) return 'full';
      return 'none';
    }
    case 'employer':
      if (!candidate.shareWithEmployers) return 'none';
      if (context.kind === 'shortlist') return 'anonymous';
      if (context.kind === 'case' && context.party) return context.revealed ? 'identified' : 'anonymous';
      return 'none';
  }
}

/** May the caller work with the record itself (the candidate routes, its matches, mappings and mentorships)? */
export const seesRecord = (principal: Principal, candidate: CandidateScope): boolean => candidateAccess(principal, candidate, { kind: 'record' }) === 'full';

/** The set form of seesRecord for coordinators and career centres, in SQL: owned by, or shared with, the organisation. */
export const CANDIDATE_VISIBLE_SQL = (alias: string, organisationParam: string): string =>
  `(${alias}.owner_organisation_id = ${organisationParam}
    OR EXISTS (SELECT 1 FROM candidate_shares cs WHERE cs.candidate_id = ${alias}.id AND cs.organisation_id = ${organisationParam}))`;

/** Whether the candidate `idSql` points at is one `organisationParam` works with, inside another folder's statement. */
export const CANDIDATE_ID_VISIBLE_SQL = (idSql: string, organisationParam: string): string =>
  `EXISTS (SELECT 1 FROM candidates c WHERE c.id = ${idSql} AND ${CANDIDATE_VISIBLE_SQL('c', organisationParam)})`;

/** Candidates whose record the caller may work with, as a search filter: shortlists by coordinators and career centres. */
export function visibleCandidatesFilter(actor: Principal): SourceFilter {
  const organisation = shortlistOrganisation(actor);
  return organisation === 'all' ? NO_FILTER : { sql: CANDIDATE_VISIBLE_SQL('s', '$F1'), params: [organisation] };
}

/**
 * Whose candidates the caller's shortlists draw on: every consenting one (admins; employers, who
 * see them anonymised), or those the organisation owns or was shared (CANDIDATE_VISIBLE_SQL).
 */
export const shortlistOrganisation = (actor: Principal): 'all' | string | null =>
  actor.role === 'admin' || actor.role === 'employer' ? 'all' : actor.organisationId;
