import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Principal } from '../common/principal';
import type { AuditEntry } from './audit-entry.entity';
import { AuditQuery, AuditRepository } from './audit.repository';

/** Who an audit row names: a principal, or the service itself (`system`, e.g. a refused login). */
/** `mentor`: a mentor answering a proposal through the e-mailed link, without an account. */
export type AuditActor = Omit<Principal, 'role'> & { role: Principal['role'] | 'system' | 'mentor' };

export const SYSTEM_ACTOR: AuditActor = { keyId: null, userId: null, role: 'system', organisationId: null };

export interface AuditEvent {
  action: string;
  resourceType: string;
  resourceId: string | null;
  /** Ids and field names only: the audit log must not become a copy of personal data. */
  details?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(private readonly repository: AuditRepository) {}

  /** Writes in the caller's transaction, so the record and its audit row commit together. */
  async record(manager: EntityManager, actor: AuditActor, ...events: AuditEvent[]): Promise<void> {
    if (events.length === 0) return;
    await this.repository.append(
      manager,
      events.map((e) => ({
        actorKeyId: actor.keyId,
        actorUserId: actor.userId,
        actorRole: actor.role,
        actorOrganisationId: actor.organisationId,
        action: e.action,
        resourceType: e.resourceType,
        resourceId: e.resourceId,
        details: e.details ?? null,
      })),
    );
  }

  find(query: AuditQuery): Promise<{ items: AuditEntry[]; total: number }> {
    return this.repository.findPage(query);
  }
}
