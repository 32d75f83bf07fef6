import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ChildProcess, fork } from 'node:child_process';
import type { EmbeddingConfig } from '../config/app-config';

export interface EmbeddingInfo {
  provider: 'hashing' | 'transformers';
  model: string;
  dimension: number;
}

/** e5-style models embed what is searched for ("query") and what is searched ("passage") differently. */
export type EmbeddingRole = 'query' | 'passage';

/** A position in a named index (the order its texts were given in) and its cosine with the query. */
export interface NearestHit {
  index: number;
  score: number;
}

type WorkerReply =
  | { type: 'ready'; info: EmbeddingInfo }
  | { type: 'result'; id: number; dimension: number; data: Float32Array }
  | { type: 'indexed'; id: number; size: number }
  | { type: 'nearest'; id: number; hits: NearestHit[] }
  | { type: 'error'; id?: number; message: string };

type WorkerRequest =
  | { type: 'embed'; texts: string[]; role: EmbeddingRole }
  | { type: 'index'; name: string; texts: string[] }
  | { type: 'nearest'; name: string; text: string; k: number };

/**
 * The one seam to the embedding model. Inference runs in a worker process
 * (worker/inference.worker.js, the only code that loads a model); this side queues
 * requests, counts inferences, and reports the model id and dimension.
 */
export class EmbeddingProvider {
  /** Texts embedded so far: lets tests prove that unchanged text costs no inference. */
  inferences = 0;
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (reply: WorkerReply) => void; reject: (e: Error) => void }>();

  private constructor(
    private readonly worker: ChildProcess,
    readonly info: EmbeddingInfo,
    /** Why this provider was chosen and how to switch: the start-up log line. */
    readonly description: string,
  ) {
    worker.on('message', (reply: WorkerReply) => this.onReply(reply));
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', () => this.failAll(new Error('The inference worker stopped')));
    // An idle worker does not keep the process alive; a request in flight does (see embed).
    worker.unref();
    worker.channel?.unref();
  }

  static async start(config: EmbeddingConfig): Promise<EmbeddingProvider> {
    const modelFolder = join(config.modelDir, config.modelId);
    const hasModel = existsSync(join(modelFolder, 'config.json'));
    const provider = config.provider === 'auto' ? (hasModel ? 'transformers' : 'hashing') : config.provider;
    // Structured-clone serialisation carries the Float32Arrays as they are.
    const worker = fork(join(__dirname, 'worker', 'inference.worker.js'), [], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const info = await new Promise<EmbeddingInfo>((resolve, reject) => {
      worker.once('message', (reply: WorkerReply) =>
        reply.type === 'ready' ? resolve(reply.info) : reject(new Error(`Embedding provider ${provider}: ${(reply as { message: string }).message}`)),
      );
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`Embedding provider ${provider}: the worker exited (${code})`)));
      worker.send({ type: 'init', config: { ...config, provider } });
    }).catch(async (error) => {
      await stop(worker);
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
    this.inferences += texts.length;
    const reply = await this.request({ type: 'embed', texts, role });
    if (reply.type !== 'result') return [];
    const vectors: Float32Array[] = [];
    for (let offset = 0; offset < reply.data.length; offset += reply.dimension) {
      vectors.push(reply.data.subarray(offset, offset + reply.dimension));
    }
    return vectors;
  }

  /**
   * Embeds the texts (as passages) into a nearest-neighbour index kept in the worker under
   * `name`, replacing one of that name once built. Resolves with its size.
   */
  async index(name: string, texts: string[]): Promise<number> {
    this.inferences += texts.length;
    const reply = await this.request({ type: 'index', name, texts });
    return reply.type === 'indexed' ? reply.size : 0;
  }

  /** The k texts of index `name` nearest to `text` (as a query), best first; none while it is being built. */
  async nearest(name: string, text: string, k: number): Promise<NearestHit[]> {
    const reply = await this.request({ type: 'nearest', name, text, k });
    return reply.type === 'nearest' ? reply.hits : [];
  }

  private request(message: WorkerRequest): Promise<WorkerReply> {
    const id = this.nextId++;
    if (this.pending.size === 0) this.worker.channel?.ref();
    return new Promise<WorkerReply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.send({ ...message, id });
    }).finally(() => {
      if (this.pending.size === 0) this.worker.channel?.unref();
    });
  }

  async close(): Promise<void> {
    await stop(this.worker);
  }

  private onReply(reply: WorkerReply): void {
    if (reply.type === 'ready' || reply.id === undefined) return;
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    if (reply.type === 'error') waiting.reject(new Error(`Embedding failed: ${reply.message}`));
    else waiting.resolve(reply);
  }

  private failAll(error: Error): void {
    if (this.pending.size === 0) return;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}

function stop(worker: ChildProcess): Promise<void> {
  if (worker.exitCode !== null || worker.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    worker.once('exit', () => resolve());
    worker.ref(); // wait for it even when nothing else keeps the process alive
    worker.kill();
  });
}
