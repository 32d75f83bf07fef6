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
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          INSERT INTO record_changes (topic, record_id) VALUES (TG_ARGV[0], (to_jsonb(OLD) ->> TG_ARGV[1])::uuid);
        END IF;
        IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR (to_jsonb(NEW) ->> TG_ARGV[1]) IS DISTINCT FROM (to_jsonb(OLD) ->> TG_ARGV[1])) THEN
          INSERT INTO record_changes (topic, record_id) VALUES (TG_ARGV[0], (to_jsonb(NEW) ->> TG_ARGV[1])::uuid);
        END IF;
        RETURN NULL;
      END $$`);
    for (const [table, column] of [
      ['mentors', 'id'],
      ['mentorships', 'mentor_id'],
      ['mentor_embeddings', 'owner_id'],
    ]) {
      await q.query(`CREATE TRIGGER ${table}_changed AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION record_changed('mentor', '${column}')`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['mentors', 'mentorships', 'mentor_embeddings']) await q.query(`DROP TRIGGER ${table}_changed ON ${table}`);
    await q.query(`DROP FUNCTION record_changed()`);
    await q.query(`DROP TABLE record_changes`);
  }
}
