import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ranking's first stage also takes every record in the query's occupation groups (first 3
 * STYRK digits). Without an index that was a scan of the whole table per ranking (21 ms over
 * 10,000 candidates, growing with the table). Openings and mentors get an index on the group of
 * their code; a candidate's groups (from experience and wishes) come from one immutable
 * function, indexed with GIN so `&&` finds the candidates sharing any group.
 */
export class OccupationGroupIndexes1764730000000 implements MigrationInterface {
  name = 'OccupationGroupIndexes1764730000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX openings_occupation_group_idx ON openings (left(occupation_code, 3))`);
    await q.query(`CREATE INDEX mentors_occupation_group_idx ON mentors (left(occupation_code, 3))`);
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
    await q.query(`CREATE INDEX candidates_occupation_groups_idx ON candidates USING gin (candidate_occupation_groups(experience, desired_occupations))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS candidates_occupation_groups_idx`);
    await q.query(`DROP FUNCTION IF EXISTS candidate_occupation_groups(jsonb, text[])`);
    await q.query(`DROP INDEX IF EXISTS mentors_occupation_group_idx`);
    await q.query(`DROP INDEX IF EXISTS openings_occupation_group_idx`);
  }
}
