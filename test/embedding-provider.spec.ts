import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EmbeddingConfig } from '../src/config/app-config';
import { EmbeddingProvider } from '../src/embeddings/embedding-provider';
import { makeTestModel, TEST_MODEL_ID } from './support/test-model';

const norm = (v: Float32Array) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));
const maxDiff = (a: Float32Array, b: Float32Array) => Math.max(...a.map((x, i) => Math.abs(x - b[i])));

describe('EmbeddingProvider', () => {
  let modelDir: string;
  const started: EmbeddingProvider[] = [];
  const start = async (config: Partial<EmbeddingConfig>) => {
    const provider = await EmbeddingProvider.start({ provider: 'auto', modelDir, modelId: TEST_MODEL_ID, allowDownload: false, ...config });
    started.push(provider);
    return provider;
  };

  beforeAll(() => {
    modelDir = makeTestModel();
  });
  afterAll(async () => {
    await Promise.all(started.map((p) => p.close()));
    rmSync(modelDir, { recursive: true, force: true });
  });

  it('loads a transformer model from the local folder, offline, in the worker process', async () => {
    const provider = await start({});
    expect(provider.info).toEqual({ provider: 'transformers', model: TEST_MODEL_ID, dimension: 32 });
    expect(provider.description).toContain(`transformers model ${TEST_MODEL_ID} (32 dimensions)`);

    const texts = ['sveiser', 'sveising i verft', 'barnehagelærer i Bergen med lang erfaring fra barnehage'];
    const batch = await provider.embed(texts, 'passage');
    expect(batch).toHaveLength(3);
    for (const vector of batch) {
      expect(vector).toHaveLength(32);
      expect(norm(vector)).toBeCloseTo(1, 5);
    }
    // Batching pads the shorter texts; mean pooling over the attention mask must ignore the padding.
    for (const [i, text] of texts.entries()) {
      const [single] = await provider.embed([text], 'passage');
      expect(maxDiff(single, batch[i])).toBeLessThan(1e-5);
    }
    expect(maxDiff(batch[0], batch[1])).toBeGreaterThan(1e-3);
    expect(provider.inferences).toBe(6);
  });

  it('keeps a named nearest-neighbour index in the worker, with either embedder', async () => {
    for (const provider of [await start({}), await start({ provider: 'hashing' })]) {
      const labels = ['sveiser', 'regnskapsfører', 'bussjåfør', 'sykepleier'];
      expect(await provider.nearest('yrker', 'sveiser', 3)).toEqual([]); // not built yet
      expect(await provider.index('yrker', labels)).toBe(4);
      const hits = await provider.nearest('yrker', 'sveiser', 3);
      expect(hits[0]).toEqual({ index: 0, score: expect.closeTo(1, 4) });
      expect(hits.length).toBeLessThanOrEqual(3);
      expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
      // Built again under the same name, the index answers from the new texts.
      await provider.index('yrker', ['bussjåfør', 'sveiser']);
      expect((await provider.nearest('yrker', 'sveiser', 1))[0].index).toBe(1);
    }
  });

  it('falls back to the hashing embedder when no model folder exists, and says how to switch', async () => {
    const provider = await start({ modelId: 'nobody/no-such-model' });
    expect(provider.info).toEqual({ provider: 'hashing', model: 'kobling-hashing-v1', dimension: 384 });
    expect(provider.description).toMatch(/no model in .*nobody\/no-such-model.*npm run model:download -- nobody\/no-such-model/);
    const [a, b, c] = await provider.embed(['sveiser', 'sveising i verft', 'barnehagelærer'], 'query');
    const cosine = (x: Float32Array, y: Float32Array) => x.reduce((s, v, i) => s + v * y[i], 0);
    expect(cosine(a, b)).toBeGreaterThan(cosine(a, c));
  });

  it('uses the hashing embedder when told to, even with a model present', async () => {
    const provider = await start({ provider: 'hashing' });
    expect(provider.info.provider).toBe('hashing');
  });

  it('fails at start, not mid-request, when the model folder is incomplete; it never downloads', async () => {
    const broken = join(modelDir, 'kobling', 'broken-model');
    mkdirSync(broken, { recursive: true });
    writeFileSync(join(broken, 'config.json'), JSON.stringify({ model_type: 'bert', hidden_size: 32 }));
    await expect(start({ modelId: 'kobling/broken-model' })).rejects.toThrow(/Embedding provider transformers: .*allowRemoteModels=false.*not found locally/);
  });
});
