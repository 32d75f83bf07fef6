import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { SecretBox } from '../secrets/secret-box';
import { DELIVERY_STATUSES, DeliveryStatus } from './delivery-status';
import type { DeliveryView, WebhookView } from './dto/webhook.dto';

/** A delivery a dispatcher holds a lease on, with what it needs to send it. */
export interface ClaimedDelivery {
  id: string;
  /** This attempt's number, from 1. */
  attempt: number;
  url: string;
  secret: string;
  event: { id: string; type: string; aggregateType: string; aggregateId: string; payload: Record<string, unknown>; occurredAt: Date };
}

export interface AttemptFailure {
  statusCode: number | null;
  error: string;
  /** null: no attempts left, the delivery is failed. */
  retryInMs: number | null;
}

/** A webhook as shown: never its secret, which only the claim reads (and stored encrypted, see SecretBox). */
const WEBHOOK_COLUMNS = `id, url, event_types AS "eventTypes", description, active, created_at AS "createdAt", deactivated_at AS "deactivatedAt"`;

/** Webhooks, and the deliveries the outbox trigger fans out to them (see the Webhooks migration). */
@Injectable()
export class WebhooksRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly secrets: SecretBox,
  ) {}

  /** `secret` in plain text: it is stored encrypted. */
  async insert(manager: EntityManager, webhook: { url: string; eventTypes: string[] | null; description: string | null; secret: string; createdByKeyId: string | null }): Promise<WebhookView> {
    const [row]: WebhookView[] = await manager.query(
      `INSERT INTO webhooks (url, event_types, description, secret, created_by_key_id) VALUES ($1, $2, $3, $4, $5) RETURNING ${WEBHOOK_COLUMNS}`,
      [webhook.url, webhook.eventTypes, webhook.description, this.secrets.seal(webhook.secret), webhook.createdByKeyId],
    );
    return row;
  }

  async findById(id: string): Promise<WebhookView | null> {
    const [row]: WebhookView[] = await this.dataSource.query(`SELECT ${WEBHOOK_COLUMNS} FROM webhooks WHERE id = $1`, [id]);
    return row ?? null;
  }

  /** Newest first. */
  async findPage(limit: number, page: number): Promise<{ items: WebhookView[]; total: number }> {
    const items: WebhookView[] = await this.dataSource.query(`SELECT ${WEBHOOK_COLUMNS} FROM webhooks ORDER BY created_at DESC, id LIMIT $1 OFFSET $2`, [limit, (page - 1) * limit]);
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM webhooks`);
    return { items, total };
  }

  async countDeliveriesByStatus(webhookId: string): Promise<Record<DeliveryStatus, number>> {
    const rows: { status: DeliveryStatus; n: number }[] = await this.dataSource.query(
      `SELECT status, count(*)::int AS n FROM webhook_deliveries WHERE webhook_id = $1 GROUP BY status`,
      [webhookId],
    );
    const counts = Object.fromEntries(DELIVERY_STATUSES.map((s) => [s, 0])) as Record<DeliveryStatus, number>;
    for (const row of rows) counts[row.status] = row.n;
    return counts;
  }

  /** Oldest first, so the history reads in order. */
  async findDeliveries(webhookId: string, filter: { status?: DeliveryStatus; limit: number; page: number }): Promise<{ items: DeliveryView[]; total: number }> {
    const where = `d.webhook_id = $1 AND ($2::text IS NULL OR d.status = $2)`;
    const params = [webhookId, filter.status ?? null];
    const items: DeliveryView[] = await this.dataSource.query(
      `SELECT d.id::text AS id, d.event_id::text AS "eventId", e.type AS "eventType", d.status, d.attempts,
              d.next_attempt_at AS "nextAttemptAt", d.last_attempt_at AS "lastAttemptAt", d.last_status_code AS "lastStatusCode",
              d.last_error AS "lastError", d.delivered_at AS "deliveredAt", d.created_at AS "createdAt"
       FROM webhook_deliveries d JOIN outbox_events e ON e.id = d.event_id
       WHERE ${where} ORDER BY d.id LIMIT $3 OFFSET $4`,
      [...params, filter.limit, (filter.page - 1) * filter.limit],
    );
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM webhook_deliveries d WHERE ${where}`, params);
    return { items, total };
  }

  /**
   * Encrypts the secrets stored in plain text (before encryption at rest) or under the previous
   * key (a rotation) with the current key, in one transaction; a second run changes nothing.
   * Returns how many it rewrote.
   */
  async resealSecrets(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: { id: string; secret: string }[] = await manager.query(`SELECT id, secret FROM webhooks ORDER BY id FOR UPDATE`);
      let rewritten = 0;
      for (const row of rows) {
        const { value, current } = this.secrets.open(row.secret);
        if (current) continue;
        await manager.query(`UPDATE webhooks SET secret = $2 WHERE id = $1`, [row.id, this.secrets.seal(value)]);
        rewritten++;
      }
      return rewritten;
    });
  }

  /** Deactivates the webhook and cancels what it has not received; false when it was inactive already. */
  async deactivate(manager: EntityManager, id: string): Promise<boolean> {
    const [, affected]: [unknown, number] = await manager.query(`UPDATE webhooks SET active = false, deactivated_at = now() WHERE id = $1 AND active`, [id]);
    if (affected === 0) return false;
    await manager.query(`UPDATE webhook_deliveries SET status = 'cancelled', next_attempt_at = NULL, lease_token = NULL WHERE webhook_id = $1 AND status = 'pending'`, [id]);
    return true;
  }

  /**
   * Takes up to `limit` due deliveries of active webhooks and leases them for `leaseMs`: their
   * next attempt moves past the lease, so no other dispatcher takes them meanwhile (SKIP LOCKED
   * keeps two claims from blocking on or taking the same rows), and a sender that dies leaves
   * them due again when the lease runs out. The attempt is counted at the claim. Times are the
   * database's, the one clock every replica shares.
   */
  async claimDue(leaseToken: string, leaseMs: number, limit: number, maxAttempts: number): Promise<ClaimedDelivery[]> {
    // An UPDATE answers [rows, affected count].
    const [rows]: [(Omit<ClaimedDelivery, 'event'> & { eventId: string; type: string; aggregateType: string; aggregateId: string; payload: Record<string, unknown>; occurredAt: Date })[], number] =
      await this.dataSource.query(
        `UPDATE webhook_deliveries d
         SET attempts = d.attempts + 1, lease_token = $1, last_attempt_at = clock_timestamp(),
             next_attempt_at = clock_timestamp() + $2 * interval '1 millisecond'
         FROM (SELECT d2.id FROM webhook_deliveries d2 JOIN webhooks w2 ON w2.id = d2.webhook_id AND w2.active
               WHERE d2.status = 'pending' AND d2.next_attempt_at <= clock_timestamp() AND d2.attempts < $4
               ORDER BY d2.next_attempt_at, d2.id LIMIT $3
               FOR UPDATE OF d2 SKIP LOCKED) due, webhooks w, outbox_events e
         WHERE d.id = due.id AND w.id = d.webhook_id AND e.id = d.event_id
         RETURNING d.id::text AS id, d.attempts AS attempt, w.url, w.secret, e.id::text AS "eventId", e.type,
                   e.aggregate_type AS "aggregateType", e.aggregate_id AS "aggregateId", e.payload, e.occurred_at AS "occurredAt"`,
        [leaseToken, leaseMs, limit, maxAttempts],
      );
    return rows.map((r) => ({
      id: r.id,
      attempt: r.attempt,
      url: r.url,
      secret: this.secrets.open(r.secret).value,
      event: { id: r.eventId, type: r.type, aggregateType: r.aggregateType, aggregateId: r.aggregateId, payload: r.payload, occurredAt: r.occurredAt },
    }));
  }

  /** Deliveries whose last attempt's sender stopped before an answer (lease expired) and that have no attempts left. */
  async failAbandoned(maxAttempts: number): Promise<number> {
    const [, affected]: [unknown, number] = await this.dataSource.query(
      `UPDATE webhook_deliveries SET status = 'failed', next_attempt_at = NULL, lease_token = NULL,
              last_error = coalesce(last_error || '; ', '') || 'the sender stopped before the last attempt was answered'
       WHERE status = 'pending' AND next_attempt_at <= clock_timestamp() AND attempts >= $1`,
      [maxAttempts],
    );
    return affected;
  }

  /** Acknowledged: never sent again. Whoever's lease it was, a 2xx is the truth. */
  async markDelivered(id: string, statusCode: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE webhook_deliveries SET status = 'delivered', delivered_at = clock_timestamp(), last_status_code = $2, last_error = NULL,
              next_attempt_at = NULL, lease_token = NULL
       WHERE id = $1 AND status <> 'delivered'`,
      [id, statusCode],
    );
  }

  /** Records a failed attempt under the lease it was made with (a lease taken over since is left alone). */
  async markAttemptFailed(id: string, leaseToken: string, failure: AttemptFailure): Promise<void> {
    await this.dataSource.query(
      `UPDATE webhook_deliveries
       SET status = CASE WHEN $5::int IS NULL THEN 'failed' ELSE 'pending' END,
           next_attempt_at = CASE WHEN $5::int IS NULL THEN NULL ELSE clock_timestamp() + $5 * interval '1 millisecond' END,
           last_status_code = $3, last_error = $4, lease_token = NULL
       WHERE id = $1 AND lease_token = $2 AND status = 'pending'`,
      [id, leaseToken, failure.statusCode, failure.error, failure.retryInMs],
    );
  }
}
