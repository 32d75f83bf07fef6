import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, DeepPartial, EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral, Repository } from 'typeorm';
import type { Principal } from '../common/principal';
import { Problem, Resource } from '../common/problems';
import { assertCurrentVersion } from '../common/versions';
import { AuditService } from './audit.service';

interface Named {
  /** Used in actions (`candidate.update`). */
  resourceType: string;
  /** Named in messages (`not_found`). */
  label: Resource;
}

/**
 * Writes a record and its audit row in one transaction: create, update (row locked, so
 * concurrent PATCHes apply in turn) and delete. `authorize` throws when the actor may not touch the row.
 */
async function lockedRow<E extends ObjectLiteral & { id: string }>(repository: Repository<E>, names: Named, id: string): Promise<E> {
  const row = await repository.findOne({ where: { id } as FindOptionsWhere<E>, lock: { mode: 'pessimistic_write' } });
  if (!row) throw Problem.notFound(names.label, id);
  return row;
}

@Injectable()
export class AuditedWriter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  insert<E extends ObjectLiteral & { id: string }>(actor: Principal, target: EntityTarget<E>, names: Named, values: DeepPartial<NoInfer<E>>): Promise<E> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(target);
      const saved = await repository.save(repository.create(values));
      await this.audit.record(manager, actor, { action: `${names.resourceType}.create`, resourceType: names.resourceType, resourceId: saved.id });
      return saved;
    });
  }

  /** Only from the version the caller saw (`seen`): a missing or stale one is 409, checked after `authorize` so it tells outsiders nothing. */
  update<E extends ObjectLiteral & { id: string; version: number }>(
    actor: Principal,
    target: EntityTarget<E>,
    names: Named,
    id: string,
    seen: number | undefined,
    /** The fields to set, or a function of the locked row that gives them (for fields derived from the whole record). */
    change: DeepPartial<NoInfer<E>> | ((row: E, manager: EntityManager) => Promise<DeepPartial<NoInfer<E>>>),
    authorize: (row: E) => void = () => undefined,
  ): Promise<E> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(target);
      const row = await lockedRow(repository, names, id);
      authorize(row);
      assertCurrentVersion(names.label, seen, row.version);
      const patch = typeof change === 'function' ? await change(row, manager) : change;
      const saved = await repository.save(repository.merge(row, patch, { version: row.version + 1 } as DeepPartial<E>));
      await this.audit.record(manager, actor, {
        action: `${names.resourceType}.update`,
        resourceType: names.resourceType,
        resourceId: id,
        details: { fields: Object.keys(patch) },
      });
      return saved;
    });
  }

  remove<E extends ObjectLiteral & { id: string }>(
    actor: Principal,
    target: EntityTarget<E>,
    names: Named,
    id: string,
    authorize: (row: E) => void = () => undefined,
  ): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(target);
      const row = await lockedRow(repository, names, id);
      authorize(row);
      await repository.delete(id);
      await this.audit.record(manager, actor, { action: `${names.resourceType}.delete`, resourceType: names.resourceType, resourceId: id });
    });
  }
}
