import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Organisation } from './entities/organisation.entity';

@Injectable()
export class OrganisationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string): Promise<Organisation | null> {
    return this.dataSource.getRepository(Organisation).findOneBy({ id });
  }

  async findPage(limit: number, page: number): Promise<{ items: Organisation[]; total: number }> {
    const [items, total] = await this.dataSource
      .getRepository(Organisation)
      .findAndCount({ order: { name: 'ASC', id: 'ASC' }, take: limit, skip: (page - 1) * limit });
    return { items, total };
  }

  insert(manager: EntityManager, organisation: Pick<Organisation, 'kind' | 'name' | 'municipalityCode'>): Promise<Organisation> {
    const repository = manager.getRepository(Organisation);
    return repository.save(repository.create(organisation));
  }
}
