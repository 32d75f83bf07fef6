import { ApiHeader } from '@nestjs/swagger';
import { RESOURCES, Resource } from './error-catalogue';
import { fieldError, invalid, problem } from './problems';

/**
 * Every update of a record people edit names the version it saw, and a missing or stale one is a
 * 409: two caseworkers editing one record never overwrite each other unseen. The version comes as
 * `If-Match: "3"` (W/"3" and a bare 3 too) or as the body's `version`; both may be sent if equal.
 * Read before the record (a malformed If-Match is a 400), checked against it after the caller's
 * access, so a 404 or 403 comes first and a version tells nothing about records one may not see.
 */
export function versionSeen(ifMatch: string | undefined, bodyVersion: number | undefined): number | undefined {
  if (ifMatch === undefined) return bodyVersion;
  const match = /^\s*(?:W\/)?"?([1-9]\d{0,8})"?\s*$/.exec(ifMatch);
  if (!match) throw invalid([fieldError('If-Match', 'if_match_version')]);
  const seen = Number(match[1]);
  if (bodyVersion !== undefined && bodyVersion !== seen) throw invalid([fieldError('version', 'version_differs')]);
  return seen;
}

/** On the row as locked for the update: the version seen must be named, and be the current one. */
export function assertCurrentVersion(resource: Resource, seen: number | undefined, current: number): void {
  if (seen === undefined) throw problem('version_required', { resource: RESOURCES[resource] });
  if (seen !== current) throw problem('version_stale', { resource: RESOURCES[resource], seen, current });
}

/** Documents If-Match on a PATCH route (the body's `version` is the other way). */
export const ApiIfMatch = () =>
  ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'The version of the record you saw, e.g. `"3"`, unless the body has `version`. One of the two is required; a stale version is 409 `version_stale`.',
  });
