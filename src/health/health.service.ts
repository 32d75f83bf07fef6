import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EmbeddingsService } from '../embeddings/embeddings.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ReferenceDataRepository } from '../reference-data/reference-data.repository';
import type { HealthView } from './dto/health.view';

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly embeddings: EmbeddingsService,
    private readonly referenceData: ReferenceDataRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async check(): Promise<HealthView> {
    const known = this.dataSource.migrations.map((m) => m.name!);
    try {
      const [{ version }] = await this.dataSource.query(`SELECT version()`);
      const applied: { name: string }[] = await this.dataSource.query(`SELECT name FROM migrations ORDER BY id`);
      const appliedNames = new Set(applied.map((r) => r.name));
      return {
        status: 'ok',
        database: String(version).includes('PGlite') ? 'embedded' : 'postgres',
        migrations: {
          applied: applied.length,
          pending: known.filter((name) => !appliedNames.has(name)).length,
          latest: applied.at(-1)?.name ?? null,
        },
        embeddings: this.embeddings.status(),
        referenceData: { source: this.config.referenceData.source, ...(await this.referenceData.counts()) },
      };
    } catch {
      // What could not be read is not reported: no migration or reference counts from a guess.
      return { status: 'unavailable', database: 'unreachable', migrations: null, embeddings: this.embeddings.status(), referenceData: null };
    }
  }
}
