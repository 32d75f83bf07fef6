/**
 * npm run bench -- embeddings
 * Prints the figures the issues ask for. Runs on an in-memory embedded database unless
 * DATABASE_URL is set. Timings are of this machine at this moment: compare within one run.
 */
import 'reflect-metadata';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { execFileSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';
import { createApp, RunningApp } from '../src/app.factory';
import type { Principal } from '../src/auth/roles';
import { CandidatesService } from '../src/candidates/candidates.service';
import { AppConfig, loadConfig } from '../src/config/app-config';
import { EmbeddingBackfill } from '../src/embeddings/embedding-backfill';
import { EmbeddingProvider } from '../src/embeddings/embedding-provider';
import { EmbeddingQueue } from '../src/embeddings/embedding-queue';

const SYSTEM: Principal = { keyId: null, role: 'admin', organisationId: null };
const TEST_MODEL = 'kobling/tiny-test-model';

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const fmt = (n: number, digits = 1) => n.toFixed(digits);

/** Realistic texts: NAV's Norwegian job titles grouped by occupation. */
function jobTitles(config: AppConfig): string[][] {
  const rows: Record<string, string>[] = parse(readFileSync(join(config.referenceDataDir, 'nav-yrker/styrk08_yrkesbetegnelser.csv'), 'utf8'), {
    columns: true,
    bom: true,
  });
  return rows.map((r) => r.yrkesbetegnelser.split(' | ').filter(Boolean)).filter((titles) => titles.length > 0);
}

function profileTexts(groups: string[][], n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const g = groups[i % groups.length];
    return `${g[i % g.length]}. ${g.slice(0, 4).join(', ')}. Erfaring fra ${g[(i * 7) % g.length].toLowerCase()} i ${3 + (i % 9)} år.`;
  });
}

async function providerThroughput(config: AppConfig, texts: string[]): Promise<void> {
  const modelDir = mkdtempSync(join(tmpdir(), 'kobling-bench-model-'));
  execFileSync(process.execPath, [join(__dirname, '../../scripts/make-test-model.js'), modelDir, TEST_MODEL]);
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

async function reembedsAfterUnchangedUpdates(running: RunningApp, texts: string[]): Promise<void> {
  const candidates = running.app.get(CandidatesService);
  const queue = running.app.get(EmbeddingQueue);
  const provider = running.app.get(EmbeddingProvider);
  const ids: string[] = [];
  for (let i = 0; i < 1000; i++) {
    const created = await candidates.create(SYSTEM, {
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
  for (const [i, id] of ids.entries()) await candidates.update(SYSTEM, id, { birthYear: 1970 + (i % 30), interests: ['fotball', 'matlaging'] });
  await queue.whenIdle();
  const unchanged = provider.inferences - before;
  for (const id of ids) await candidates.update(SYSTEM, id, { interests: ['sjakk'] });
  await queue.whenIdle();
  const changed = provider.inferences - before - unchanged;
  console.log(`\nRe-embeds after updating 1,000 records without changing their text: ${unchanged} (must be 0)`);
  console.log(`Control, 1,000 records with changed interests: ${changed} re-embeds (1 text each)`);
}

interface LoadFigures {
  requests: number;
  latencyP50: number;
  latencyP99: number;
  loopP50: number;
  loopP99: number;
  loopMax: number;
}

/** A closed loop of 4 clients reading candidates over HTTP until `until` resolves; the event-loop delay meanwhile. */
async function underLoad(baseUrl: string, key: string, ids: string[], until: Promise<unknown>): Promise<LoadFigures> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  const latencies: number[] = [];
  let done = false;
  void until.finally(() => (done = true));
  const client = async (n: number) => {
    for (let i = n; !done; i += 4) {
      const start = performance.now();
      const url = i % 5 === 0 ? `${baseUrl}/health` : `${baseUrl}/api/v1/candidates/${ids[i % ids.length]}`;
      const res = await fetch(url, { headers: { Authorization: `Bearer ${key}` } });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${url}: ${res.status}`);
      latencies.push(performance.now() - start);
    }
  };
  await Promise.all([0, 1, 2, 3].map(client));
  await until;
  histogram.disable();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    latencyP50: percentile(latencies, 50),
    latencyP99: percentile(latencies, 99),
    loopP50: histogram.percentile(50) / 1e6,
    loopP99: histogram.percentile(99) / 1e6,
    loopMax: histogram.max / 1e6,
  };
}

async function backfillUnderLoad(running: RunningApp, texts: string[], adminKey: string): Promise<void> {
  const db = running.app.get(DataSource);
  const n = 5000;
  const ids: string[] = (
    await db.query(
      `INSERT INTO candidates (full_name, municipality_code, goals, interests, consent_matching)
       SELECT 'Backfill ' || i, '4601', t, ARRAY['fjellturer', 'strikking'], true FROM unnest($1::text[]) WITH ORDINALITY AS s(t, i)
       RETURNING id`,
      [texts.slice(0, n)],
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

async function embeddingsBench(): Promise<void> {
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

const BENCHES: Record<string, () => Promise<void>> = { embeddings: embeddingsBench };

async function main(): Promise<void> {
  const names = process.argv.slice(2);
  const unknown = names.filter((n) => !BENCHES[n]);
  if (unknown.length > 0) throw new Error(`Unknown bench ${unknown.join(', ')}; choose from: ${Object.keys(BENCHES).join(', ')}`);
  for (const name of names.length > 0 ? names : Object.keys(BENCHES)) await BENCHES[name]();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
