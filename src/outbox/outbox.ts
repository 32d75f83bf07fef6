import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '../common/clock';

export interface OutboxEvent {
  /** Dotted name, e.g. `hurtigspor.case.transitioned`. */
  type: string;
  /** What the event is about, e.g. `hurtigspor_case` and its id. */
  aggregateType: string;
  aggregateId: string;
  payload: Record<string, unknown>;
}

export interface PublishedEvent extends OutboxEvent {
  id: string;
  occurredAt: Date;
}

/** Writes events in the caller's transaction: they exist exactly when the change they tell of committed. */
@Injectable()
export class Outbox {
  constructor(private readonly clock: Clock) {}

  async publish(manager: EntityManager, event: OutboxEvent): Promise<PublishedEvent> {
    const occurredAt = this.clock.now();
    const [row] = await manager.query(
      `INSERT INTO outbox_events (type, aggregate_type, aggregate_id, payload, occurred_at) VALUES ($1, $2, $3, $4, $5) RETURNING id::text AS id`,
      [event.type, event.aggregateType, event.aggregateId, JSON.stringify(event.payload), occurredAt],
    );
    return { ...event, id: row.id as string, occurredAt };
  }
}
