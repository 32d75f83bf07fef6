/** The embeddings bench: provider throughput, re-embeds after unchanged updates, event-loop delay during a backfill. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { createApp, RunningApp } from '../../src/app.factory';
import type { Principal } from '../../src/common/principal';
import { CandidatesService } from '../../src/candidates/candidates.service';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { EmbeddingBackfill } from '../../src/embeddings/embedding-backfill';
import { EmbeddingProvider } from '../../src/embeddings/embedding-provider';
import { EmbeddingQueue } from '../../src/embeddings/embedding-queue';
import { fmt, jobTitles, profileTexts, underLoad } from './support';

const SYSTEM: Principal = { keyId: null, userId: null, role: 'admin', organisationId: null };
const TEST_MODEL = 'kobling/tiny-test-model';

async function providerThroughput(config: AppConfig, texts: string[]): Promise<void> {
  const modelDir = mkdtempSync(join(tmpdir(), 'kobling-bench-model-'));
  execFileSync(process.execPath, [join(__dirname, '../../../scripts/make-test-model.js'), modelDir, TEST_MODEL]);
  console.log('\nEmbedding throughput (texts/s, through the worker process)');
  console.log('provider              batch 1   batch 16   batch 64');
  try {
    for (const [label, embedding] of [
      ['hashing (384 d)', { ...config.embedding, provider: 'hashing' as const }],
      ['test model (32 d)', { ...config.embedding, provider: 'transformers' as const, modelDir, modelId: TEST_MODEL }],
    ] as const) {
      const provider = await EmbeddingProvider.start(embedding);
      const rates: string[] = [];
      for (const batch of [1, 16, 64]) {
        const sample = texts.slice(0, batch === 1 ? 256 : 1024);
        await provider.embed(sample.slice(0, batch), 'passage'); // warm-up
        const start = performance.now();
        for (let i = 0; i < sample.length; i += batch) await provider.embed(sample.slice(i, i + batch), 'passage');
        rates.push(fmt(sample.length / ((performance.now() - start) / 1000), 0).padStart(9));
      }
      console.log(`${label.padEnd(20)}${rates.join('  ')}`);
      await provider.close();
    }
  } finally {
    rmSync(modelDir, { recursive: true, force: true });
  }
}

/** The kommune that owns the bench's candidates. */
async function benchKommune(db: DataSource): Promise<string> {
  const [row]: { id: string }[] = await db.query(`INSERT INTO organisations (kind, name, municipality_code) VALUES ('municipality', 'Bench kommune', '0301') RETURNING id`);
  return row.id;
}

async function reembedsAfterUnchangedUpdates(running: RunningApp, texts: string[]): Promise<void> {
  const candidates = running.app.get(CandidatesService);
  const queue = running.app.get(EmbeddingQueue);
  const provider = running.app.get(EmbeddingProvider);
  const ids: string[] = [];
  const ownerOrganisationId = await benchKommune(running.app.get(DataSource));
  for (let i = 0; i < 1000; i++) {
    const created = await candidates.create(SYSTEM, {
      ownerOrganisationId,
      fullName: `Bench ${i}`,
      municipalityCode: '0301',
      skills: [{ label: texts[i].split('.')[0], evidence: 'mapped' }],
      goals: texts[i],
      interests: ['fotball', 'matlaging'],
      consent: { matching: true, shareWithEmployers: true },
    });
    ids.push(created.id);
  }
  await queue.whenIdle();
  const before = provider.inferences;
  for (const [i, id] of ids.entries()) await candidates.update(SYSTEM, id, { birthYear: 1970 + (i % 30), interests: ['fotball', 'matlaging'], version: 1 });
  await queue.whenIdle();
  const unchanged = provider.inferences - before;
  for (const id of ids) await candidates.update(SYSTEM, id, { interests: ['sjakk'], version: 2 });
  await queue.whenIdle();
  const changed = provider.inferences - before - unchanged;
  console.log(`\nRe-embeds after updating 1,000 records without changing their text: ${unchanged} (must be 0)`);
  console.log(`Control, 1,000 records with changed interests: ${changed} re-embeds (1 text each)`);
}

async function backfillUnderLoad(running: RunningApp, texts: string[], adminKey: string): Promise<void> {
  const db = running.app.get(DataSource);
  const n = 5000;
  const ids: string[] = (
    await db.query(
      `INSERT INTO candidates (full_name, municipality_code, goals, interests, consent_matching, owner_organisation_id)
       SELECT 'Backfill ' || i, '4601', t, ARRAY['fjellturer', 'strikking'], true, $2
       FROM unnest($1::text[]) WITH ORDINALITY AS s(t, i)
       RETURNING id`,
      [texts.slice(0, n), await benchKommune(db)],
    )
  ).map((r: { id: string }) => r.id);
  const server = running.app.getHttpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const baseline = await underLoad(baseUrl, adminKey, ids, new Promise((resolve) => setTimeout(resolve, 5000)));
  let backfillMs = 0;
  const backfill = running.app
    .get(EmbeddingBackfill)
    .run(64)
    .then((p) => {
      backfillMs = p.elapsedMs;
      return p;
    });
  const during = await underLoad(baseUrl, adminKey, ids, backfill);
  const result = await backfill;
  console.log(`\nBackfill of ${result.done} records (${result.inferences} texts) while the API answers: ${fmt(backfillMs / 1000)} s, ${fmt((result.done / backfillMs) * 1000, 0)} records/s`);
  console.log('                         requests  latency p50  latency p99  loop delay p50  loop delay p99  loop max');
  for (const [label, f] of [
    ['baseline (no backfill)', baseline],
    ['during the backfill', during],
  ] as const) {
    console.log(
      `${label.padEnd(24)}${String(f.requests).padStart(9)}  ${fmt(f.latencyP50).padStart(8)} ms  ${fmt(f.latencyP99).padStart(8)} ms  ${fmt(f.loopP50).padStart(11)} ms  ${fmt(f.loopP99).padStart(11)} ms  ${fmt(f.loopMax).padStart(5)} ms`,
    );
  }
  console.log(`event-loop delay p99 during / baseline: ${fmt(during.loopP99 / baseline.loopP99, 2)}x`);
}

export async function embeddingsBench(): Promise<void> {
  const adminKey = 'bench-admin-key-0123456789';
  const config = loadConfig({ ...process.env, EMBEDDED_DATA_DIR: 'memory', DEMO_DATA: 'false', ADMIN_API_KEY: adminKey, EMBEDDING_PROVIDER: 'hashing' });
  const texts = profileTexts(jobTitles(config), 6000);
  console.log(`Bench: embeddings (database: ${config.databaseUrl ? 'PostgreSQL at DATABASE_URL' : 'embedded, in memory'})`);
  await providerThroughput(config, texts);
  const running = await createApp(config, { task: true, logger: false });
  try {
    await reembedsAfterUnchangedUpdates(running, texts);
    await backfillUnderLoad(running, texts, adminKey);
  } finally {
    await running.close();
  }
}

