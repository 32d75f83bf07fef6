import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { EmbeddingIndexer } from './embedding-indexer';
import type { OwnerType } from './embedding-texts';

const BATCH = 32;

/**
 * Saving a record never waits for its embedding: services enqueue the record here after the
 * save, and one loop embeds the queue in batches. A record enqueued twice is embedded once.
 * What is lost at a stop or crash is found again at the next start (missing vectors).
 */
@Injectable()
export class EmbeddingQueue implements BeforeApplicationShutdown {
  private readonly logger = new Logger('Embeddings');
  private readonly pending: Record<OwnerType, Set<string>> = { candidate: new Set(), mentor: new Set(), opening: new Set() };
  private inFlight = 0;
  private loop: Promise<void> | null = null;
  private stopped = false;

  constructor(private readonly indexer: EmbeddingIndexer) {}

  enqueue(type: OwnerType, id: string): void {
    if (this.stopped) return;
    this.pending[type].add(id);
    this.loop ??= this.run().finally(() => (this.loop = null));
  }

  /** Records waiting or being embedded. */
  get depth(): number {
    return Object.values(this.pending).reduce((n, ids) => n + ids.size, 0) + this.inFlight;
  }

  /** Resolves when everything enqueued so far is embedded (tests, and shutdown). */
  async whenIdle(): Promise<void> {
    while (this.loop) await this.loop;
  }

  /** Finishes the batch in hand before the database closes; the rest is found again at the next start. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    Object.values(this.pending).forEach((ids) => ids.clear());
    await this.whenIdle();
  }

  private async run(): Promise<void> {
    // Let the request that enqueued finish first.
    await new Promise((resolve) => setImmediate(resolve));
    for (;;) {
      const type = (Object.keys(this.pending) as OwnerType[]).find((t) => this.pending[t].size > 0);
      if (!type) return;
      const ids = [...this.pending[type]].slice(0, BATCH);
      ids.forEach((id) => this.pending[type].delete(id));
      this.inFlight = ids.length;
      try {
        await this.indexer.embed(type, ids);
      } catch (error) {
        // The records stay without a current vector: ranking sees no semantic signal, the backfill retries.
        this.logger.error(`Embedding ${ids.length} ${type}(s) failed: ${error instanceof Error ? error.message : error}`);
      } finally {
        this.inFlight = 0;
      }
    }
  }
}
