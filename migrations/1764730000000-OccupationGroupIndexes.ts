import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ranking's first stage also takes records in the query's occupation groups (first 3 STYRK
 * digits), the first `pool` of them by id. Without an index that was a scan of the whole table per
 * ranking (21 ms over 10,000 candidates, growing with the table).
 * - Openings and mentors have one code: an index on (its group, id) hands one group's records
 *   over in id order, so the limit stops the scan.
 * - A candidate has groups from experience and wishes (`candidate_occupation_groups()`), kept
 *   one row per group in `candidate_groups` by a trigger, with the same (group, id) order.
 */
export class OccupationGroupIndexes1764730000000 implements MigrationInterface {
  name = 'OccupationGroupIndexes1764730000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX openings_occupation_group_idx ON openings (left(occupation_code, 3), id)`);
    await q.query(`CREATE INDEX mentors_occupation_group_idx ON mentors (left(occupation_code, 3), id)`);
    await q.query(`
      CREATE FUNCTION candidate_occupation_groups(experience jsonb, desired text[]) RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(DISTINCT left(code, 3)), '{}')
        FROM (
          SELECT e->>'occupationCode' AS code FROM jsonb_array_elements(experience) e
          UNION ALL SELECT unnest(desired)
        ) codes
        WHERE code IS NOT NULL AND code <> ''
      $$`);
    await q.query(`
      CREATE TABLE candidate_groups (
        occupation_group text NOT NULL,
        candidate_id uuid NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        PRIMARY KEY (occupation_group, candidate_id)
      )`);
    await q.query(`CREATE INDEX candidate_groups_candidate_idx ON candidate_groups (candidate_id)`);
    await q.query(`
      CREATE FUNCTION candidate_groups_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM candidate_groups WHERE candidate_id = NEW.id;
        INSERT INTO candidate_groups (occupation_group, candidate_id)
          SELECT unnest(candidate_occupation_groups(NEW.experience, NEW.desired_occupations)), NEW.id;
        RETURN NULL;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER candidates_groups_sync AFTER INSERT OR UPDATE OF experience, desired_occupations ON candidates
      FOR EACH ROW EXECUTE FUNCTION candidate_groups_sync()`);
    await q.query(`
      INSERT INTO candidate_groups (occupation_group, candidate_id)
      SELECT unnest(candidate_occupation_groups(experience, desired_occupations)), id FROM candidates`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS candidates_groups_sync ON candidates`);
    await q.query(`DROP FUNCTION IF EXISTS candidate_groups_sync()`);
    await q.query(`DROP TABLE IF EXISTS candidate_groups`);
    await q.query(`DROP FUNCTION IF EXISTS candidate_occupation_groups(jsonb, text[])`);
    await q.query(`DROP INDEX IF EXISTS mentors_occupation_group_idx`);
    await q.query(`DROP INDEX IF EXISTS openings_occupation_group_idx`);
  }
}
