import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, Like } from 'typeorm';
import { prefixPattern } from '../common/text-filter';
import { ApiKey } from './entities/api-key.entity';

@Injectable()
export class ApiKeysRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findActiveByHash(keyHash: string): Promise<ApiKey | null> {
    return this.dataSource.getRepository(ApiKey).findOne({ where: { keyHash, revokedAt: IsNull() } });
  }

  findById(id: string): Promise<ApiKey | null> {
    return this.dataSource.getRepository(ApiKey).findOne({ where: { id } });
  }

  /** The keys not revoked whose label starts with this text. */
  activeLabelled(labelPrefix: string): Promise<ApiKey[]> {
    return this.dataSource.getRepository(ApiKey).findBy({ label: Like(prefixPattern(labelPrefix)), revokedAt: IsNull() });
  }

  list(): Promise<ApiKey[]> {
    return this.dataSource.getRepository(ApiKey).find({ order: { createdAt: 'DESC', id: 'ASC' } });
  }

  insert(manager: EntityManager, key: Omit<ApiKey, 'id' | 'createdAt' | 'revokedAt'>): Promise<ApiKey> {
    return manager.getRepository(ApiKey).save(manager.getRepository(ApiKey).create(key));
  }

  /** Revokes once; returns false when the key was already revoked. */
  async revoke(manager: EntityManager, id: string): Promise<boolean> {
    const result = await manager.getRepository(ApiKey).update({ id, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
    return (result.affected ?? 0) > 0;
  }
}
