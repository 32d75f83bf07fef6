import { MigrationInterface, QueryRunner } from 'typeorm';

/** The foundation schema: reference data, organisations and keys, the core records, the audit log. */
export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS vector`);
    await q.query(`
      CREATE TABLE municipalities (
        code char(4) PRIMARY KEY,
        name text NOT NULL,
        county_code char(2) NOT NULL,
        lat double precision NOT NULL,
        lon double precision NOT NULL,
        admin_centre text,
        population integer
      )`);
    await q.query(`
      CREATE TABLE occupations (
        code char(4) PRIMARY KEY,
        title text NOT NULL,
        category text,
        subcategory text
      )`);
    await q.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('employer', 'career_centre', 'municipality')),
        name text NOT NULL,
        municipality_code char(4) NOT NULL REFERENCES municipalities(code),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key_hash text NOT NULL UNIQUE,
        key_prefix text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin', 'coordinator', 'employer', 'career_centre')),
        organisation_id uuid REFERENCES organisations(id),
        label text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        CHECK (role NOT IN ('employer', 'career_centre') OR organisation_id IS NOT NULL)
      )`);
    await q.query(`
      CREATE TABLE candidates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        full_name text NOT NULL,
        birth_year integer,
        gender text CHECK (gender IN ('female', 'male', 'other')),
        municipality_code char(4) NOT NULL REFERENCES municipalities(code),
        country_of_origin char(2),
        languages jsonb NOT NULL DEFAULT '[]',
        education jsonb NOT NULL DEFAULT '[]',
        experience jsonb NOT NULL DEFAULT '[]',
        skills jsonb NOT NULL DEFAULT '[]',
        interests text[] NOT NULL DEFAULT '{}',
        desired_occupations text[] NOT NULL DEFAULT '{}',
        goals text NOT NULL DEFAULT '',
        preferences jsonb NOT NULL DEFAULT '{}',
        consent_matching boolean NOT NULL DEFAULT false,
        consent_share_with_employers boolean NOT NULL DEFAULT false,
        registered_by_organisation_id uuid REFERENCES organisations(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX candidates_municipality_idx ON candidates (municipality_code)`);
    await q.query(`CREATE INDEX candidates_created_idx ON candidates (created_at DESC, id)`);
    await q.query(`
      CREATE TABLE mentors (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        full_name text NOT NULL,
        gender text CHECK (gender IN ('female', 'male', 'other')),
        municipality_code char(4) NOT NULL REFERENCES municipalities(code),
        occupation_title text NOT NULL,
        occupation_code char(4) REFERENCES occupations(code),
        employer_name text,
        languages jsonb NOT NULL DEFAULT '[]',
        skills jsonb NOT NULL DEFAULT '[]',
        interests text[] NOT NULL DEFAULT '{}',
        bio text NOT NULL DEFAULT '',
        mentor_type text NOT NULL CHECK (mentor_type IN ('fagmentor', 'språkmentor', 'kulturguide')),
        capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 10),
        mentee_gender text CHECK (mentee_gender IN ('female', 'male')),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX mentors_municipality_idx ON mentors (municipality_code)`);
    await q.query(`
      CREATE TABLE openings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        kind text NOT NULL CHECK (kind IN ('job', 'praksis')),
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        occupation_code char(4) REFERENCES occupations(code),
        municipality_code char(4) NOT NULL REFERENCES municipalities(code),
        required_skills jsonb NOT NULL DEFAULT '[]',
        min_norwegian_level text CHECK (min_norwegian_level IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
        permanent boolean NOT NULL,
        hours_per_week real,
        wage_subsidy boolean,
        positions integer NOT NULL CHECK (positions >= 1),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'filled', 'closed')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX openings_organisation_idx ON openings (organisation_id)`);
    await q.query(`CREATE INDEX openings_municipality_idx ON openings (municipality_code, status)`);
    await q.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_key_id uuid,
        actor_role text NOT NULL,
        actor_organisation_id uuid,
        action text NOT NULL,
        resource_type text NOT NULL,
        resource_id text,
        details jsonb
      )`);
    await q.query(`CREATE INDEX audit_log_resource_idx ON audit_log (resource_id, at)`);
    await q.query(`CREATE INDEX audit_log_at_idx ON audit_log (at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['audit_log', 'openings', 'mentors', 'candidates', 'api_keys', 'organisations', 'occupations', 'municipalities']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
