import { DataSourceOptions } from 'typeorm';
import { migrations } from '../../migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * Schema changes come from migrations only; `synchronize` stays off. The entities are the shell's
 * list (src/entities.ts): the database layer names no record.
 */
export function dataSourceOptions(url: string, poolSize: number, entities: DataSourceOptions['entities']): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    extra: { max: poolSize },
    logging: false, // failed queries would print their parameters: personal data
  };
}
