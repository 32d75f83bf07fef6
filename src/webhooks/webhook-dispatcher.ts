import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { nextRetry } from './retry-schedule';
import { postWebhook, PostResult } from './webhook-post';
import { signWebhook } from './webhook-signature';
import { ClaimedDelivery, WebhooksRepository } from './webhooks.repository';

/** Deliveries claimed per query; a full batch is followed at once by the next. */
const BATCH = 20;
/** A claim outlives the POST's timeout by this much before another dispatcher may take the delivery. */
const LEASE_MARGIN_MS = 30_000;

/** What a receiver gets: the body is the same on every attempt, so a receiver may dedupe by `id`. */
export function webhookBody(event: ClaimedDelivery['event']): string {
  return JSON.stringify({
    id: event.id,
    type: event.type,
    occurredAt: new Date(event.occurredAt).toISOString(),
    aggregate: { type: event.aggregateType, id: event.aggregateId },
    data: event.payload,
  });
}

/**
 * The delivery worker: every poll interval it claims due deliveries (see
 * WebhooksRepository.claimDue), POSTs them signed, and records the answer. A 2xx is an
 * acknowledgement and the end of that delivery; anything else is retried with backoff until the
 * attempts run out. All state is in the database, so a restart or a second replica picks up where
 * this one stopped: at least once. An acknowledged delivery is not sent again once its 2xx is
 * recorded; only a crash between the 2xx and that write (or a failed write) sends it once more.
 */
@Injectable()
export class WebhookDispatcher implements BeforeApplicationShutdown {
  private readonly logger = new Logger('Webhooks');
  private running = false;
  private timer: NodeJS.Timeout | null = null;
  private cycle: Promise<void> | null = null;
  private cycles = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly webhooks: WebhooksRepository,
  ) {}

  /** The server's start (never a one-off task's). */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule(0);
  }

  /** Polls completed since the start: a test waits for a few more to see that nothing else is sent. */
  get completedCycles(): number {
    return this.cycles;
  }

  /** Stops polling and lets the POSTs in hand finish (each is bounded by the timeout) before the database closes. */
  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.cycle;
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      this.cycle = this.poll().finally(() => {
        this.cycle = null;
        this.cycles++;
        if (this.running) this.schedule(this.config.webhooks.pollIntervalMs);
      });
    }, delayMs);
  }

  private async poll(): Promise<void> {
    const { maxAttempts, timeoutMs } = this.config.webhooks;
    try {
      const abandoned = await this.webhooks.failAbandoned(maxAttempts);
      if (abandoned > 0) this.logger.warn(`${abandoned} webhook deliveries failed: their last attempt was never answered`);
      for (let claimed = BATCH; claimed === BATCH && this.running; ) {
        const leaseToken = randomUUID();
        const batch = await this.webhooks.claimDue(leaseToken, timeoutMs + LEASE_MARGIN_MS, BATCH, maxAttempts);
        await Promise.all(batch.map((delivery) => this.deliver(delivery, leaseToken)));
        claimed = batch.length;
      }
    } catch (error) {
      // The database is away: the claims expire and the next poll tries again.
      this.logger.error(`Webhook delivery poll failed: ${describe(error)}`);
    }
  }

  private async deliver(delivery: ClaimedDelivery, leaseToken: string): Promise<void> {
    const { backoffBaseMs, backoffCapMs, maxAttempts } = this.config.webhooks;
    const answer = await this.post(delivery);
    try {
      if (answer.acknowledged) {
        await this.webhooks.markDelivered(delivery.id, answer.statusCode);
        return;
      }
      const retryInMs = nextRetry(delivery.attempt, { baseMs: backoffBaseMs, capMs: backoffCapMs, maxAttempts });
      // The category only: the socket's error text would tell an admin what is behind the target.
      await this.webhooks.markAttemptFailed(delivery.id, leaseToken, { statusCode: answer.statusCode, error: answer.failure, retryInMs });
      if (retryInMs === null) this.logger.warn(`Webhook delivery ${delivery.id} failed after ${delivery.attempt} attempts: ${answer.failure}, ${answer.detail}`);
    } catch (error) {
      // Unrecorded, the delivery is due again when its lease runs out (sent again even if acknowledged: at least once).
      this.logger.error(`Could not record webhook delivery ${delivery.id}: ${describe(error)}`);
    }
  }

  private post(delivery: ClaimedDelivery): Promise<PostResult> {
    const { timeoutMs, allowPrivateTargets } = this.config.webhooks;
    const body = webhookBody(delivery.event);
    const headers = {
      'Content-Type': 'application/json',
      'User-Agent': 'Kobling-Webhooks/1',
      'X-Kobling-Event-Id': delivery.event.id,
      'X-Kobling-Event-Type': delivery.event.type,
      'X-Kobling-Delivery-Attempt': String(delivery.attempt),
      'X-Kobling-Signature': signWebhook(delivery.secret, Math.floor(Date.now() / 1000), body),
    };
    return postWebhook(delivery.url, headers, body, { timeoutMs, allowPrivate: allowPrivateTargets });
  }
}

/** An error with its cause (a database error from the driver), for the server log. */
function describe(error: unknown): string {
  const { message, cause } = (error ?? {}) as { message?: string; cause?: { code?: string; message?: string } };
  if (message === undefined) return String(error);
  return cause ? `${message} (${cause.code ?? cause.message})` : message;
}
