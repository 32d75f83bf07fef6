import { Inject, Injectable, Logger } from '@nestjs/common';
import { EmbeddingProvider, EmbeddingInfo } from './embedding-provider';
import { EmbeddingQueue } from './embedding-queue';
import type { OwnerType } from './embedding-texts';
import { EmbeddingsRepository } from './embeddings.repository';

export class EmbeddingDimensionError extends Error {}

/** Start-up checks and the status /health reports. */
@Injectable()
export class EmbeddingsService {
  private readonly logger = new Logger('Embeddings');

  constructor(
    @Inject(EmbeddingProvider) private readonly provider: EmbeddingProvider,
    private readonly embeddings: EmbeddingsRepository,
    private readonly queue: EmbeddingQueue,
  ) {}

  /**
   * The server's start: refuses when the model's vectors do not fit the stored ones (never a
   * crash mid-request), then queues every record whose vectors are missing or stale.
   */
  async start(): Promise<void> {
    this.logger.log(this.provider.description);
    await this.assertDimensionFits();
    await this.queueMissingAndStale(this.provider.info.model);
  }

  async assertDimensionFits(): Promise<void> {
    const stored = await this.embeddings.storedDimension();
    const { dimension, model } = this.provider.info;
    if (stored !== dimension) {
      throw new EmbeddingDimensionError(
        `The embedding model ${model} makes ${dimension}-dimensional vectors, but the database stores ${stored}. ` +
          `Run \`npm run embeddings:backfill -- --resize\` to rebuild the vector storage at ${dimension} and re-embed, then start again.`,
      );
    }
  }

  private async queueMissingAndStale(model: string): Promise<void> {
    let queued = 0;
    for (const type of ['candidate', 'mentor', 'opening'] as OwnerType[]) {
      for (let after: string | undefined, ids: string[]; (ids = await this.embeddings.ownersToEmbed(type, model, 1000, after)).length > 0; ) {
        ids.forEach((id) => this.queue.enqueue(type, id));
        queued += ids.length;
        after = ids[ids.length - 1];
      }
    }
    if (queued > 0) this.logger.log(`${queued} records have no current vector for ${model}; embedding them in the background`);
  }

  status(): EmbeddingInfo & { queueDepth: number } {
    return { ...this.provider.info, queueDepth: this.queue.depth };
  }
}
