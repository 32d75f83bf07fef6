import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Organisation } from './entities/organisation.entity';

@Injectable()
export class OrganisationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Organisation | null> {
    return manager.getRepository(Organisation).findOneBy({ id });
  }

  async findByIds(ids: string[]): Promise<Map<string, Organisation>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(Organisation).findBy({ id: In([...new Set(ids)]) });
    return new Map(rows.map((o) => [o.id, o]));
  }

  async findPage(limit: number, page: number): Promise<{ items: Organisation[]; total: number }> {
    const [items, total] = await this.dataSource
      .getRepository(Organisation)
      .findAndCount({ order: { name: 'ASC', id: 'ASC' }, take: limit, skip: (page - 1) * limit });
    return { items, total };
  }

  /** Organisations whose mentor pool is open to all (OPEN_POOL_SQL). */
  async openPoolIds(): Promise<Set<string>> {
    return new Set((await this.dataSource.getRepository(Organisation).find({ select: { id: true }, where: { openPool: true } })).map((o) => o.id));
  }

  /** Every organisation's name, in no particular order. */
  async names(): Promise<string[]> {
    return (await this.dataSource.getRepository(Organisation).find({ select: { name: true } })).map((o) => o.name);
  }

  /** The first organisation of a kind to be created, or null when there is none. */
  firstOfKind(kind: Organisation['kind']): Promise<Organisation | null> {
    return this.dataSource.getRepository(Organisation).findOne({ where: { kind }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  insert(manager: EntityManager, organisation: Pick<Organisation, 'kind' | 'name' | 'municipalityCode'>): Promise<Organisation> {
    const repository = manager.getRepository(Organisation);
    return repository.save(repository.create(organisation));
  }
}
