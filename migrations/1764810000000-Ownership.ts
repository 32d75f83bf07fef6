import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every organisation sees only its own (issue 14). A candidate gets an owner organisation and may
 * be shared with others; a mentor belongs to an organisation (its mentor programme), whose pool
 * may be open to all; every coordinator key belongs to an organisation.
 *
 * Existing data: a candidate's owner is the organisation of the key that registered it. Records
 * from before (candidates registered by a coordinator key, which had no organisation, or by the
 * bootstrap admin key), existing mentors and coordinator keys without an organisation go to one
 * organisation this migration creates, «Fra før eierskap» (kind municipality, 0301): its
 * coordinator keys keep seeing its candidates, and its mentor pool is open, so no coordinator
 * loses a mentor it was matched with. An admin shares its candidates with their real owners.
 */
export class Ownership1764810000000 implements MigrationInterface {
  name = 'Ownership1764810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organisations ADD COLUMN open_pool boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE candidates ADD COLUMN owner_organisation_id uuid REFERENCES organisations(id)`);
    await q.query(`ALTER TABLE mentors ADD COLUMN organisation_id uuid REFERENCES organisations(id)`);
    await q.query(`UPDATE candidates SET owner_organisation_id = registered_by_organisation_id`);
    const [{ orphans }]: { orphans: boolean }[] = await q.query(`
      SELECT EXISTS (SELECT 1 FROM candidates WHERE owner_organisation_id IS NULL)
          OR EXISTS (SELECT 1 FROM mentors)
          OR EXISTS (SELECT 1 FROM api_keys WHERE role = 'coordinator' AND organisation_id IS NULL) AS orphans`);
    if (orphans) {
      const [{ id }]: { id: string }[] = await q.query(
        `INSERT INTO organisations (kind, name, municipality_code, open_pool) VALUES ('municipality', 'Fra før eierskap', '0301', true) RETURNING id`,
      );
      await q.query(`UPDATE candidates SET owner_organisation_id = $1 WHERE owner_organisation_id IS NULL`, [id]);
      await q.query(`UPDATE mentors SET organisation_id = $1`, [id]);
      await q.query(`UPDATE api_keys SET organisation_id = $1 WHERE role = 'coordinator' AND organisation_id IS NULL`, [id]);
    }
    await q.query(`ALTER TABLE candidates ALTER COLUMN owner_organisation_id SET NOT NULL`);
    await q.query(`ALTER TABLE mentors ALTER COLUMN organisation_id SET NOT NULL`);
    await q.query(`CREATE INDEX candidates_owner_idx ON candidates (owner_organisation_id, created_at DESC)`);
    await q.query(`CREATE INDEX mentors_organisation_idx ON mentors (organisation_id)`);
    await q.query(`
      CREATE TABLE candidate_shares (
        candidate_id uuid NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        shared_by_key_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (candidate_id, organisation_id)
      )`);
    await q.query(`CREATE INDEX candidate_shares_organisation_idx ON candidate_shares (organisation_id, candidate_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS candidate_shares`);
    await q.query(`ALTER TABLE mentors DROP COLUMN IF EXISTS organisation_id`);
    await q.query(`ALTER TABLE candidates DROP COLUMN IF EXISTS owner_organisation_id`);
    await q.query(`ALTER TABLE organisations DROP COLUMN IF EXISTS open_pool`);
  }
}
