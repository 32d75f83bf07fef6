import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { EmbeddingBackfill } from './embedding-backfill';
import { EmbeddingIndexer } from './embedding-indexer';
import { EmbeddingProvider } from './embedding-provider';
import { EmbeddingQueue } from './embedding-queue';
import { EmbeddingSources } from './embedding-sources';
import { EmbeddingsRepository } from './embeddings.repository';
import { EmbeddingsService } from './embeddings.service';
import { RetrievalRepository } from './retrieval.repository';

@Global()
@Module({
  providers: [
    { provide: EmbeddingProvider, inject: [APP_CONFIG], useFactory: (config: AppConfig) => EmbeddingProvider.start(config.embedding) },
    EmbeddingsRepository,
    RetrievalRepository,
    EmbeddingSources,
    EmbeddingIndexer,
    EmbeddingQueue,
    EmbeddingBackfill,
    EmbeddingsService,
  ],
  exports: [EmbeddingProvider, EmbeddingsRepository, RetrievalRepository, EmbeddingSources, EmbeddingQueue, EmbeddingBackfill, EmbeddingsService],
})
export class EmbeddingsModule implements OnApplicationShutdown {
  constructor(@Inject(EmbeddingProvider) private readonly provider: EmbeddingProvider) {}

  async onApplicationShutdown(): Promise<void> {
    await this.provider.close();
  }
}
