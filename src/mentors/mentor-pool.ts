import type { Principal } from '../common/principal';
import { NO_FILTER, type SourceFilter } from '../embeddings/embeddings.repository';
import { OPEN_POOL_SQL } from '../organisations/organisation-sql';

/**
 * Which mentors a coordinator works with: its own organisation's (the mentor programme it runs)
 * and those of organisations whose pool is open to all, such as a regional Røde Kors programme.
 * Admins see every mentor. Only the owning organisation changes a mentor.
 */
export const MENTOR_POOL_SQL = (alias: string, organisationParam: string): string =>
  `(${alias}.organisation_id = ${organisationParam} OR ${OPEN_POOL_SQL(`${alias}.organisation_id`)})`;

/** The organisation whose pool the caller sees (with the open ones), or null for all mentors. */
export const poolOrganisation = (actor: Principal): string | null | undefined =>
  actor.role === 'admin' ? null : (actor.organisationId ?? undefined);

/** The caller's pool as a filter on mentors (alias `s`) for the vector search and the set queries; admins all. */
export function mentorPoolFilter(actor: Principal): SourceFilter {
  const organisation = poolOrganisation(actor);
  // No organisation (a key without one): a pool of nobody's, so none.
  return organisation === null ? NO_FILTER : poolOf(organisation ?? null);
}

/** One organisation's pool as such a filter. */
export const poolOf = (organisationId: string | null): SourceFilter => ({ sql: MENTOR_POOL_SQL('s', '$F1'), params: [organisationId] });

/** A mentor's e-mail and phone are for its own programme (and admins), not for those who use an open pool. */
export const seesMentorContact = (actor: Principal, mentor: { organisationId: string }): boolean =>
  actor.role === 'admin' || (actor.organisationId !== null && actor.organisationId === mentor.organisationId);
