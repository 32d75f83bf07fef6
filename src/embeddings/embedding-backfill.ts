import { Inject, Injectable } from '@nestjs/common';
import { EmbeddingIndexer } from './embedding-indexer';
import { EmbeddingProvider } from './embedding-provider';
import type { OwnerType } from './embedding-texts';
import { EmbeddingsRepository } from './embeddings.repository';

const OWNER_TYPES: OwnerType[] = ['candidate', 'mentor', 'opening'];

export interface BackfillProgress {
  done: number;
  total: number;
  inferences: number;
  elapsedMs: number;
}

/**
 * Re-embeds every record whose vectors are missing or made by another model, in batches that
 * each commit: killed half-way, the next run starts where this one stopped.
 */
@Injectable()
export class EmbeddingBackfill {
  constructor(
    @Inject(EmbeddingProvider) private readonly provider: EmbeddingProvider,
    private readonly embeddings: EmbeddingsRepository,
    private readonly indexer: EmbeddingIndexer,
  ) {}

  async pending(): Promise<Record<OwnerType, number>> {
    const model = this.provider.info.model;
    const [candidate, mentor, opening] = await Promise.all(OWNER_TYPES.map((t) => this.embeddings.countOwnersToEmbed(t, model)));
    return { candidate, mentor, opening };
  }

  async run(batchSize = 64, onProgress: (p: BackfillProgress) => void = () => undefined): Promise<BackfillProgress> {
    const started = Date.now();
    const model = this.provider.info.model;
    const counts = await this.pending();
    const progress: BackfillProgress = { done: 0, total: counts.candidate + counts.mentor + counts.opening, inferences: 0, elapsedMs: 0 };
    onProgress(progress);
    for (const type of OWNER_TYPES) {
      let after: string | undefined;
      for (;;) {
        const ids = await this.embeddings.ownersToEmbed(type, model, batchSize, after);
        if (ids.length === 0) break;
        progress.inferences += await this.indexer.embed(type, ids);
        progress.done = Math.min(progress.total, progress.done + ids.length);
        progress.elapsedMs = Date.now() - started;
        after = ids[ids.length - 1];
        onProgress(progress);
      }
    }
    progress.elapsedMs = Date.now() - started;
    return progress;
  }
}
