export const ROLES = ['admin', 'coordinator', 'employer', 'career_centre'] as const;
export type Role = (typeof ROLES)[number];

/** Roles whose keys belong to exactly one organisation, which scopes what they see. */
export const ORGANISATION_ROLES: readonly Role[] = ['employer', 'career_centre'];

/** Who is calling: resolved from the API key on every request. */
export interface Principal {
  /** null for the bootstrap ADMIN_API_KEY, which has no row. */
  keyId: string | null;
  role: Role;
  organisationId: string | null;
}
