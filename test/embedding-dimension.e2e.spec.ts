import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createApp, RunningApp } from '../src/app.factory';
import { loadConfig } from '../src/config/app-config';
import { EmbeddingBackfill } from '../src/embeddings/embedding-backfill';
import { EmbeddingQueue } from '../src/embeddings/embedding-queue';
import { EmbeddingsRepository } from '../src/embeddings/embeddings.repository';
import { aCandidate } from './support/builders';
import { ADMIN_KEY } from './support/test-app';
import { makeTestModel, TEST_MODEL_ID } from './support/test-model';

/**
 * Switching to a model of another dimension, on an embedded database of its own (it resizes the
 * vector storage): refused at start with the command to run; that command then makes it work.
 */
describe('a model with another dimension', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kobling-dim-'));
  const modelDir = makeTestModel();
  const base = {
    ...process.env,
    DATABASE_URL: undefined,
    DATABASE_POOL_SIZE: undefined,
    EMBEDDED_DATA_DIR: dataDir,
    DEMO_DATA: 'false',
    ADMIN_API_KEY: ADMIN_KEY,
    MODEL_DIR: modelDir,
  };
  const withHashing = loadConfig({ ...base, EMBEDDING_MODEL: 'nobody/absent' });
  const withTestModel = loadConfig({ ...base, EMBEDDING_MODEL: TEST_MODEL_ID });
  let running: RunningApp | undefined;

  afterEach(async () => {
    await running?.close();
    running = undefined;
  });
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(modelDir, { recursive: true, force: true });
  });

  it('is refused at start, naming the command, after the database was filled with another model', async () => {
    running = await createApp(withHashing, { logger: false });
    const http = running.app.getHttpServer();
    const kommune = await request(http).post('/api/v1/organisations').set('Authorization', `Bearer ${ADMIN_KEY}`).send({ kind: 'municipality', name: 'Dimensjon kommune', municipalityCode: '0301' });
    const created = await request(http)
      .post('/api/v1/candidates')
      .set('Authorization', `Bearer ${ADMIN_KEY}`)
      .send(aCandidate({ ownerOrganisationId: kommune.body.id }));
    expect(created.status).toBe(201);
    await running.app.get(EmbeddingQueue).whenIdle();
    await running.close();
    running = undefined;

    await expect(createApp(withTestModel, { logger: false })).rejects.toThrow(
      /kobling\/tiny-test-model makes 32-dimensional vectors, but the database stores 384\. Run `npm run embeddings:backfill -- --resize`/,
    );
  });

  it('works after the backfill rebuilds the storage at the new dimension and re-embeds', async () => {
    running = await createApp(withTestModel, { task: true, logger: false });
    await running.app.get(EmbeddingsRepository).resize(32);
    const result = await running.app.get(EmbeddingBackfill).run(16);
    expect(result).toMatchObject({ done: 1, total: 1, inferences: 2 });
    await running.close();

    running = await createApp(withTestModel, { logger: false });
    const health = await request(running.app.getHttpServer()).get('/health');
    expect(health.body.embeddings).toMatchObject({ provider: 'transformers', model: TEST_MODEL_ID, dimension: 32 });
    const [row] = await running.app.get(EmbeddingsRepository)['dataSource'].query(
      `SELECT count(*)::int AS n, min(vector_dims(embedding)) AS dims FROM candidate_embeddings WHERE model = $1`,
      [TEST_MODEL_ID],
    );
    expect(row).toEqual({ n: 2, dims: 32 });
  });
});
