import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, FindOptionsWhere } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { Principal } from '../common/principal';
import { AuditEntry } from './audit-entry.entity';

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

export interface AuditQuery {
  resourceId?: string;
  resourceType?: string;
  action?: string;
  limit: number;
  page: number;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Writes in the caller's transaction, so the record and its audit row commit together. */
  async record(manager: EntityManager, actor: AuditActor, ...events: AuditEvent[]): Promise<void> {
    if (events.length === 0) return;
    await manager.getRepository(AuditEntry).insert(
      events.map((e) => ({
        actorKeyId: actor.keyId,
        actorUserId: actor.userId,
        actorRole: actor.role,
        actorOrganisationId: actor.organisationId,
        action: e.action,
        resourceType: e.resourceType,
        resourceId: e.resourceId,
        details: e.details ?? null,
      })) as QueryDeepPartialEntity<AuditEntry>[],
    );
  }

  async find(query: AuditQuery): Promise<{ items: AuditEntry[]; total: number }> {
    const where: FindOptionsWhere<AuditEntry> = {};
    if (query.resourceId) where.resourceId = query.resourceId;
    if (query.resourceType) where.resourceType = query.resourceType;
    if (query.action) where.action = query.action;
    const [items, total] = await this.dataSource.getRepository(AuditEntry).findAndCount({
      where,
      order: { at: 'DESC', id: 'DESC' },
      take: query.limit,
      skip: (query.page - 1) * query.limit,
    });
    return { items, total };
  }
}
