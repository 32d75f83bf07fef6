import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { EmbeddingConfig } from '../config/app-config';

export interface EmbeddingInfo {
  provider: 'hashing' | 'transformers';
  model: string;
  dimension: number;
}

/** e5-style models embed what is searched for ("query") and what is searched ("passage") differently. */
export type EmbeddingRole = 'query' | 'passage';

type WorkerReply =
  | { type: 'ready'; info: EmbeddingInfo }
  | { type: 'result'; id: number; dimension: number; data: Float32Array }
  | { type: 'error'; id?: number; message: string };

/**
 * The one seam to the embedding model. Inference runs in a worker thread
 * (worker/inference.worker.js, the only code that loads a model); this side queues
 * requests, counts inferences, and reports the model id and dimension.
 */
export class EmbeddingProvider {
  /** Texts embedded so far: lets tests prove that unchanged text costs no inference. */
  inferences = 0;
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (v: Float32Array[]) => void; reject: (e: Error) => void }>();

  private constructor(
    private readonly worker: Worker,
    readonly info: EmbeddingInfo,
    /** Why this provider was chosen and how to switch: the start-up log line. */
    readonly description: string,
  ) {
    worker.on('message', (reply: WorkerReply) => this.onReply(reply));
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', () => this.failAll(new Error('The inference worker stopped')));
  }

  static async start(config: EmbeddingConfig): Promise<EmbeddingProvider> {
    const modelFolder = join(config.modelDir, config.modelId);
    const hasModel = existsSync(join(modelFolder, 'config.json'));
    const provider = config.provider === 'auto' ? (hasModel ? 'transformers' : 'hashing') : config.provider;
    const worker = new Worker(join(__dirname, 'worker', 'inference.worker.js'));
    const info = await new Promise<EmbeddingInfo>((resolve, reject) => {
      worker.once('message', (reply: WorkerReply) =>
        reply.type === 'ready' ? resolve(reply.info) : reject(new Error(`Embedding provider ${provider}: ${(reply as { message: string }).message}`)),
      );
      worker.once('error', reject);
      worker.postMessage({ type: 'init', config: { ...config, provider } });
    }).catch(async (error) => {
      await worker.terminate();
      throw error;
    });
    const near = relative(process.cwd(), modelFolder);
    const shown = near && !near.startsWith('..') ? near : modelFolder;
    const description =
      info.provider === 'transformers'
        ? `Embeddings: transformers model ${info.model} (${info.dimension} dimensions) from ${shown}`
        : `Embeddings: hashing provider ${info.model} (${info.dimension} dimensions)` +
          (hasModel ? ' (EMBEDDING_PROVIDER=hashing)' : `: no model in ${shown}`) +
          `. For a transformer model run \`npm run model:download -- ${config.modelId}\` and restart.`;
    return new EmbeddingProvider(worker, info, description);
  }

  /** One unit vector per text, in order. */
  async embed(texts: string[], role: EmbeddingRole): Promise<Float32Array[]> {
    if (texts.length === 0) return [];
    const id = this.nextId++;
    this.inferences += texts.length;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ type: 'embed', id, texts, role });
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }

  private onReply(reply: WorkerReply): void {
    if (reply.type === 'ready' || reply.id === undefined) return;
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    if (reply.type === 'error') {
      waiting.reject(new Error(`Embedding failed: ${reply.message}`));
      return;
    }
    const vectors: Float32Array[] = [];
    for (let offset = 0; offset < reply.data.length; offset += reply.dimension) {
      vectors.push(reply.data.subarray(offset, offset + reply.dimension));
    }
    waiting.resolve(vectors);
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
