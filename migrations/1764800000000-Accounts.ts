import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People log in (issue 14): users with a role and an organisation, sessions (the token stored as a
 * SHA-256 hash), login attempts for the lockout, one-time links (invite, password reset, stored
 * hashed), OpenID Connect logins in flight, and mail kept in the database when no SMTP server is
 * set. The audit log names the user beside the key. Organisations gain the kind `volunteer`
 * (frivilligsentral, NGO).
 */
export class Accounts1764800000000 implements MigrationInterface {
  name = 'Accounts1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organisations DROP CONSTRAINT organisations_kind_check`);
    await q.query(`ALTER TABLE organisations ADD CONSTRAINT organisations_kind_check CHECK (kind IN ('employer', 'career_centre', 'municipality', 'volunteer'))`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email)),
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin', 'coordinator', 'employer', 'career_centre')),
        organisation_id uuid REFERENCES organisations(id),
        status text NOT NULL DEFAULT 'invited' CHECK (status IN ('invited', 'active', 'disabled')),
        password_hash text,
        last_login_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((role = 'admin') = (organisation_id IS NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX users_email_idx ON users (lower(email))`);
    await q.query(`CREATE INDEX users_organisation_idx ON users (organisation_id)`);
    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        csrf_token text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        ended_at timestamptz
      )`);
    await q.query(`CREATE INDEX sessions_user_idx ON sessions (user_id) WHERE ended_at IS NULL`);
    await q.query(`
      CREATE TABLE login_attempts (
        id bigserial PRIMARY KEY,
        email text NOT NULL,
        address text NOT NULL,
        succeeded boolean NOT NULL,
        at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX login_attempts_email_idx ON login_attempts (email, at)`);
    await q.query(`CREATE INDEX login_attempts_address_idx ON login_attempts (address, at)`);
    await q.query(`
      CREATE TABLE account_links (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('invite', 'reset')),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX account_links_user_idx ON account_links (user_id) WHERE used_at IS NULL`);
    await q.query(`
      CREATE TABLE oidc_logins (
        state_hash text PRIMARY KEY,
        nonce text NOT NULL,
        code_verifier text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE stored_mail (
        id bigserial PRIMARY KEY,
        to_address text NOT NULL,
        subject text NOT NULL,
        text text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`ALTER TABLE audit_log ADD COLUMN actor_user_id uuid`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_log DROP COLUMN IF EXISTS actor_user_id`);
    for (const table of ['stored_mail', 'oidc_logins', 'account_links', 'login_attempts', 'sessions', 'users']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`ALTER TABLE organisations DROP CONSTRAINT organisations_kind_check`);
    await q.query(`ALTER TABLE organisations ADD CONSTRAINT organisations_kind_check CHECK (kind IN ('employer', 'career_centre', 'municipality'))`);
  }
}
