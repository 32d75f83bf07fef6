import { ApiProperty } from '@nestjs/swagger';

export class HealthMigrations {
  applied: number;
  pending: number;
  /** The name of the last migration applied. */
  latest: string | null;
}

export class HealthEmbeddings {
  @ApiProperty({ enum: ['hashing', 'transformers'] })
  provider: 'hashing' | 'transformers';
  /** The model id, e.g. `Xenova/multilingual-e5-small`, or the hashing embedder's name. */
  model: string;
  dimension: number;
  /** Records waiting to be embedded. */
  queueDepth: number;
}

export class HealthReferenceData {
  /** `shipped`: the files in data/reference/; `raw`: the public sources at REFERENCE_DATA_DIR. */
  @ApiProperty({ enum: ['raw', 'shipped'] })
  source: 'shipped' | 'raw';
  municipalities: number;
  occupations: number;
  escoOccupations: number;
}

export class HealthView {
  /** `unavailable` while the database cannot be reached (then the answer is a 503). */
  @ApiProperty({ enum: ['ok', 'unavailable'] })
  status: 'ok' | 'unavailable';
  /** `embedded` is PGlite in process; `postgres` a PostgreSQL server. */
  @ApiProperty({ enum: ['embedded', 'postgres', 'unreachable'] })
  database: 'embedded' | 'postgres' | 'unreachable';
  /** null when the database could not be read: nothing is reported that was not read. */
  @ApiProperty({ type: HealthMigrations, nullable: true })
  migrations: HealthMigrations | null;
  /** The active embedding provider and model, and how many records wait to be embedded. */
  embeddings: HealthEmbeddings;
  /** Where reference data was read from and what is loaded; null when the database could not be read. */
  @ApiProperty({ type: HealthReferenceData, nullable: true })
  referenceData: HealthReferenceData | null;
}

export class LivenessView {
  /** The process runs and answers; says nothing about the database. */
  @ApiProperty({ enum: ['ok'] })
  status: 'ok';
}
