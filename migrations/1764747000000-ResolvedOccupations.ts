import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Typed job titles read as occupations (issue 15): each candidate stores what its experience
 * titles without a code were read as (`resolved_occupations`, derived on write by the service and
 * re-derived when the taxonomy changes), and the first stage's occupation groups of a candidate
 * include the groups of the occupations read at or above the floor (`read` true).
 */
export class ResolvedOccupations1764747000000 implements MigrationInterface {
  name = 'ResolvedOccupations1764747000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE candidates ADD COLUMN resolved_occupations jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`DROP TRIGGER IF EXISTS candidates_groups_sync ON candidates`);
    await q.query(`
      CREATE FUNCTION candidate_occupation_groups(experience jsonb, desired text[], resolved jsonb) RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(DISTINCT left(code, 3)), '{}')
        FROM (
          SELECT e->>'occupationCode' AS code FROM jsonb_array_elements(experience) e
          UNION ALL SELECT unnest(desired)
          UNION ALL SELECT o->>'code' FROM jsonb_array_elements(resolved) r, jsonb_array_elements(r->'occupations') o
            WHERE (r->>'read')::boolean
        ) codes
        WHERE code IS NOT NULL AND code <> ''
      $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION candidate_groups_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM candidate_groups WHERE candidate_id = NEW.id;
        INSERT INTO candidate_groups (occupation_group, candidate_id)
          SELECT unnest(candidate_occupation_groups(NEW.experience, NEW.desired_occupations, NEW.resolved_occupations)), NEW.id;
        RETURN NULL;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER candidates_groups_sync AFTER INSERT OR UPDATE OF experience, desired_occupations, resolved_occupations ON candidates
      FOR EACH ROW EXECUTE FUNCTION candidate_groups_sync()`);
    await q.query(`DROP FUNCTION candidate_occupation_groups(jsonb, text[])`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS candidates_groups_sync ON candidates`);
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
      CREATE OR REPLACE FUNCTION candidate_groups_sync() RETURNS trigger LANGUAGE plpgsql AS $$
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
    await q.query(`DROP FUNCTION candidate_occupation_groups(jsonb, text[], jsonb)`);
    await q.query(`ALTER TABLE candidates DROP COLUMN resolved_occupations`);
  }
}
