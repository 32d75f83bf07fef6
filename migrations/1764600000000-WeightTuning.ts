import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tuning the ranking: every ranking response is recorded (what was ranked, under which weight
 * profile version, and each result's feature values, so its scores can be reproduced), and
 * outcomes get the indexes that listing and evaluating them need. An audit entry's time becomes
 * the moment it is written, not its transaction's start: of two writers serialised by a lock (two
 * admins activating weight versions at once) the one that wrote last is also the latest in time.
 */
export class WeightTuning1764600000000 implements MigrationInterface {
  name = 'WeightTuning1764600000000';

  async up(q: QueryRunner): Promise<void> {
    // One row per ranking, results inline as jsonb: the insert stays one cheap statement.
    // A ranking is about a candidate (mentor and opening matches) or an opening (shortlist), and goes with it.
    await q.query(`
      CREATE TABLE rankings (
        id uuid PRIMARY KEY,
        match_type text NOT NULL CHECK (match_type IN ('mentor', 'praksis', 'job', 'shortlist')),
        candidate_id uuid REFERENCES candidates(id) ON DELETE CASCADE,
        opening_id uuid REFERENCES openings(id) ON DELETE CASCADE,
        weight_profile_id uuid NOT NULL REFERENCES weight_profiles(id),
        weight_profile_version integer NOT NULL,
        result_limit integer NOT NULL,
        key_id uuid,
        role text NOT NULL,
        organisation_id uuid,
        results jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((candidate_id IS NULL) <> (opening_id IS NULL))
      )`);
    await q.query(`CREATE INDEX rankings_candidate_idx ON rankings (candidate_id) WHERE candidate_id IS NOT NULL`);
    await q.query(`CREATE INDEX rankings_opening_idx ON rankings (opening_id) WHERE opening_id IS NOT NULL`);
    await q.query(`CREATE INDEX outcomes_candidate_idx ON outcomes (candidate_id)`);
    await q.query(`CREATE INDEX outcomes_opening_idx ON outcomes (opening_id)`);
    await q.query(`CREATE INDEX outcomes_type_at_idx ON outcomes (type, at)`);
    // A weight preview samples the most recent openings.
    await q.query(`CREATE INDEX openings_created_idx ON openings (created_at DESC, id)`);
    await q.query(`ALTER TABLE audit_log ALTER COLUMN at SET DEFAULT clock_timestamp()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_log ALTER COLUMN at SET DEFAULT now()`);
    for (const index of ['openings_created_idx', 'outcomes_type_at_idx', 'outcomes_opening_idx', 'outcomes_candidate_idx']) await q.query(`DROP INDEX IF EXISTS ${index}`);
    await q.query(`DROP TABLE IF EXISTS rankings`);
  }
}
