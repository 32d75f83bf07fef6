export const ROLES = ['admin', 'coordinator', 'employer', 'career_centre'] as const;
export type Role = (typeof ROLES)[number];

/** Roles whose keys belong to exactly one organisation, which scopes what they see. */
export const ORGANISATION_ROLES: readonly Role[] = ['coordinator', 'employer', 'career_centre'];

/** The organisation kinds a key or user of each role may act for (admins belong to none). */
export const ORGANISATION_KINDS_FOR_ROLE = {
  coordinator: ['municipality', 'volunteer'],
  employer: ['employer'],
  career_centre: ['career_centre'],
} as const satisfies Record<Exclude<Role, 'admin'>, readonly string[]>;

/** Who is calling: resolved on every request from the API key or the session cookie of a user. */
export interface Principal {
  /** The key of an integration; null for a user, and for the bootstrap ADMIN_API_KEY, which has no row. */
  keyId: string | null;
  /** The user of a session; null for a key. */
  userId: string | null;
  role: Role;
  organisationId: string | null;
}
