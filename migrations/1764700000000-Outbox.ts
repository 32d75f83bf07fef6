import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The transactional outbox: a state change writes its event in the same transaction, so an
 * event exists exactly when its change committed. Delivery (webhooks) reads from here and
 * keeps its own progress; events are never updated.
 */
export class Outbox1764700000000 implements MigrationInterface {
  name = 'Outbox1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox_events (
        id bigserial PRIMARY KEY,
        type text NOT NULL,
        aggregate_type text NOT NULL,
        aggregate_id uuid NOT NULL,
        payload jsonb NOT NULL,
        occurred_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX outbox_events_aggregate_idx ON outbox_events (aggregate_type, aggregate_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS outbox_events`);
  }
}
