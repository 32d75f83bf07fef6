import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A log of which records changed, written by triggers in the changing transaction whoever writes
 * (the service, an import, psql), so an in-memory copy of a table (the mentor catalogue the
 * ranking scores exactly) can be brought up to date by asking the database what committed since
 * the snapshot it was read at: exact across service processes and on the embedded database,
 * where no LISTEN connection can be opened. `xid` is the writing transaction; a reader asks for
 * the rows whose transaction its last snapshot did not see (pg_visible_in_snapshot), so a
 * transaction that commits late is never skipped as a sequence number would be.
 */
/** Table, topic, and the column naming the record of that topic a row change concerns. */
const TRIGGERS = [
  ['mentors', 'mentor', 'id'],
  // A mentorship takes one of its mentor's places.
  ['mentorships', 'mentor', 'mentor_id'],
  ['mentor_embeddings', 'mentor', 'owner_id'],
  ['openings', 'opening', 'id'],
  ['opening_embeddings', 'opening', 'owner_id'],
  // An outcome changes its employer's record, which praksis rankings weigh.
  ['outcomes', 'employer', 'organisation_id'],
] as const;

export class RecordChanges1764860000000 implements MigrationInterface {
  name = 'RecordChanges1764860000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE record_changes (
        xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        topic text NOT NULL,
        record_id uuid NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX record_changes_topic_xid ON record_changes (topic, xid)`);
    // TG_ARGV: the topic, and the column naming the changed record (a mentorship changes its mentor's free places).
    await q.query(`
      CREATE FUNCTION record_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        before text := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) ->> TG_ARGV[1] END;
        after text := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) ->> TG_ARGV[1] END;
      BEGIN
        IF before IS NOT NULL THEN
          INSERT INTO record_changes (topic, record_id) VALUES (TG_ARGV[0], before::uuid);
        END IF;
        IF after IS NOT NULL AND after IS DISTINCT FROM before THEN
          INSERT INTO record_changes (topic, record_id) VALUES (TG_ARGV[0], after::uuid);
        END IF;
        RETURN NULL;
      END $$`);
    for (const [table, topic, column] of TRIGGERS) {
      await q.query(`CREATE TRIGGER ${table}_changed AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION record_changed('${topic}', '${column}')`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table] of TRIGGERS) await q.query(`DROP TRIGGER ${table}_changed ON ${table}`);
    await q.query(`DROP FUNCTION record_changed()`);
    await q.query(`DROP TABLE record_changes`);
  }
}
