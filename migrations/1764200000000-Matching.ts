import { MigrationInterface, QueryRunner } from 'typeorm';

/** Default weights per match type; each set sums to 1. Admins tune them later (new versions). */
const DEFAULT_WEIGHTS: Record<string, Record<string, number>> = {
  mentor: {
    shared_interests: 0.25,
    semantic_interests: 0.1,
    profession: 0.2,
    semantic_profile: 0.15,
    language: 0.15,
    distance: 0.1,
    capacity: 0.05,
  },
  praksis: {
    semantic: 0.2,
    skills_must: 0.15,
    skills_nice: 0.05,
    occupation: 0.2,
    norwegian: 0.1,
    distance: 0.1,
    recognition: 0.05,
    employer_record: 0.1,
    terms: 0.05,
  },
  job: {
    semantic: 0.2,
    skills_must: 0.2,
    skills_nice: 0.05,
    occupation: 0.25,
    norwegian: 0.1,
    distance: 0.1,
    recognition: 0.05,
    terms: 0.05,
  },
  shortlist: {
    semantic: 0.2,
    skills_must: 0.2,
    skills_nice: 0.05,
    occupation: 0.25,
    norwegian: 0.1,
    distance: 0.1,
    recognition: 0.1,
  },
};

/**
 * Ranking: versioned weight profiles (one active per match type), mentorships (capacity is
 * counted from them), recorded outcomes (the employer's praksis record reads them), an
 * opening's choice to make its Norwegian level a hard rule, and the secret behind the
 * pseudonymous references employers see.
 */
export class Matching1764200000000 implements MigrationInterface {
  name = 'Matching1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE weight_profiles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        match_type text NOT NULL CHECK (match_type IN ('mentor', 'praksis', 'job', 'shortlist')),
        version integer NOT NULL,
        raw_weights jsonb NOT NULL,
        weights jsonb NOT NULL,
        note text NOT NULL DEFAULT '',
        status text NOT NULL CHECK (status IN ('draft', 'active', 'retired')),
        created_by_key_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        activated_at timestamptz,
        UNIQUE (match_type, version)
      )`);
    await q.query(`CREATE UNIQUE INDEX weight_profiles_one_active ON weight_profiles (match_type) WHERE status = 'active'`);
    for (const [matchType, weights] of Object.entries(DEFAULT_WEIGHTS)) {
      await q.query(
        `INSERT INTO weight_profiles (match_type, version, raw_weights, weights, note, status, activated_at)
         VALUES ($1, 1, $2, $2, 'Default weights', 'active', now())`,
        [matchType, JSON.stringify(weights)],
      );
    }
    await q.query(`
      CREATE TABLE mentorships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        mentor_id uuid NOT NULL REFERENCES mentors(id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('proposed', 'active', 'completed', 'ended')),
        end_reason text,
        version integer NOT NULL DEFAULT 1,
        created_by_key_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX mentorships_mentor_open_idx ON mentorships (mentor_id) WHERE status IN ('proposed', 'active')`);
    await q.query(`CREATE INDEX mentorships_candidate_idx ON mentorships (candidate_id)`);
    await q.query(`
      CREATE TABLE outcomes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        type text NOT NULL CHECK (type IN ('mentorship_completed', 'mentorship_ended_early', 'shortlisted', 'interviewed',
                                           'praksis_started', 'hired', 'declined')),
        reason text,
        candidate_id uuid REFERENCES candidates(id) ON DELETE SET NULL,
        opening_id uuid REFERENCES openings(id) ON DELETE SET NULL,
        organisation_id uuid REFERENCES organisations(id) ON DELETE SET NULL,
        mentor_id uuid REFERENCES mentors(id) ON DELETE SET NULL,
        at timestamptz NOT NULL,
        recorded_by_key_id uuid,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX outcomes_organisation_idx ON outcomes (organisation_id, type)`);
    await q.query(`ALTER TABLE openings ADD COLUMN norwegian_level_required boolean NOT NULL DEFAULT false`);
    await q.query(`CREATE TABLE app_secrets (name text PRIMARY KEY, value text NOT NULL)`);
    await q.query(
      `INSERT INTO app_secrets (name, value)
       VALUES ('pseudonym', encode(sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text || clock_timestamp()::text, 'UTF8')), 'hex'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS app_secrets`);
    await q.query(`ALTER TABLE openings DROP COLUMN IF EXISTS norwegian_level_required`);
    for (const table of ['outcomes', 'mentorships', 'weight_profiles']) await q.query(`DROP TABLE IF EXISTS ${table}`);
  }
}
