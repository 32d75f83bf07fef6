import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhooks and the delivery of outbox events to them, one row per (webhook, event).
 *
 * The fan-out from events to deliveries is a trigger on outbox_events, so it runs in the
 * publishing transaction: a delivery row exists exactly when its event committed, whoever
 * published it, and a rolled-back event leaves none. A dispatcher reading outbox_events by a
 * bigserial cursor could skip an event whose transaction took its id early but committed late;
 * here there is no cursor to skip past. A webhook gets the events inserted after its
 * registration committed, never the history.
 */
export class Webhooks1764710000000 implements MigrationInterface {
  name = 'Webhooks1764710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhooks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        url text NOT NULL,
        event_types text[],
        description text,
        secret text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_by_key_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        deactivated_at timestamptz
      )`);
    await q.query(`CREATE INDEX webhooks_created_idx ON webhooks (created_at DESC, id)`);
    await q.query(`
      CREATE TABLE webhook_deliveries (
        id bigserial PRIMARY KEY,
        webhook_id uuid NOT NULL REFERENCES webhooks(id),
        event_id bigint NOT NULL REFERENCES outbox_events(id),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed', 'cancelled')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz DEFAULT now(),
        lease_token uuid,
        last_attempt_at timestamptz,
        last_status_code integer,
        last_error text,
        delivered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (webhook_id, event_id),
        CHECK ((status = 'pending') = (next_attempt_at IS NOT NULL))
      )`);
    // The dispatcher's poll: pending deliveries by when they are due.
    await q.query(`CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE status = 'pending'`);
    await q.query(`CREATE INDEX webhook_deliveries_webhook_idx ON webhook_deliveries (webhook_id, status, id)`);
    // Patterns are exact types or prefixes ending in ".*"; starts_with, not LIKE, since types contain "_".
    await q.query(`
      CREATE FUNCTION webhook_fan_out() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO webhook_deliveries (webhook_id, event_id)
        SELECT w.id, NEW.id FROM webhooks w
        WHERE w.active
          AND (w.event_types IS NULL OR EXISTS (
            SELECT 1 FROM unnest(w.event_types) AS p
            WHERE p = NEW.type OR (right(p, 2) = '.*' AND starts_with(NEW.type, left(p, -1)))));
        RETURN NULL;
      END
      $$`);
    await q.query(`CREATE TRIGGER outbox_events_webhook_fan_out AFTER INSERT ON outbox_events FOR EACH ROW EXECUTE FUNCTION webhook_fan_out()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS outbox_events_webhook_fan_out ON outbox_events`);
    await q.query(`DROP FUNCTION IF EXISTS webhook_fan_out()`);
    await q.query(`DROP TABLE IF EXISTS webhook_deliveries`);
    await q.query(`DROP TABLE IF EXISTS webhooks`);
  }
}
