import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, FindOptionsWhere } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditEntry } from './audit-entry.entity';

export interface AuditQuery {
  resourceId?: string;
  resourceType?: string;
  action?: string;
  limit: number;
  page: number;
}

/** The table `audit_log`: rows are only ever appended and read, never changed. */
@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** In the caller's transaction (see AuditService.record). */
  async append(manager: EntityManager, entries: Omit<AuditEntry, 'id' | 'at'>[]): Promise<void> {
    await manager.getRepository(AuditEntry).insert(entries as QueryDeepPartialEntity<AuditEntry>[]);
  }

  /** Newest first, one page and the total. */
  async findPage(query: AuditQuery): Promise<{ items: AuditEntry[]; total: number }> {
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
