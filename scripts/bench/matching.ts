import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import type { Principal } from '../../src/common/principal';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { EmbeddingBackfill } from '../../src/embeddings/embedding-backfill';
import { EmbeddingProvider } from '../../src/embeddings/embedding-provider';
import { efSearchFor, EmbeddingsRepository } from '../../src/embeddings/embeddings.repository';
import { MatchResult, RankingView } from '../../src/matching/dto/match.dto';
import { RetrievalRepository } from '../../src/embeddings/retrieval.repository';
import { MatchingService } from '../../src/matching/matching.service';
import { MentorAssignmentsService } from '../../src/mentor-assignments/mentor-assignments.service';
import { processesBench } from './processes';
import { closedLoop, fmt, percentile, seededRandom } from './support';
import { loadSynthetic } from './synthetic';

const ADMIN_KEY = 'bench-admin-key-0123456789';
/** full: the sizes the issue measures at; xl: a million openings, for the vector index and one client's opening matches. */
const SIZES: Record<string, { candidates: number; mentors: number; openings: number }> = {
  small: { candidates: 10_000, mentors: 5_000, openings: 20_000 },
  full: { candidates: 100_000, mentors: 50_000, openings: 200_000 },
  xl: { candidates: 100_000, mentors: 50_000, openings: 1_000_000 },
};
const SYSTEM: Principal = { keyId: null, userId: null, role: 'admin', organisationId: null };
/** What a result is, whatever was ranked: a shortlist names candidates by their ref. */
const resultKey = (r: MatchResult) => r.mentor?.id ?? r.opening?.id ?? r.candidate?.ref;

/**
 * The matching bench: on the real PostgreSQL (DATABASE_URL) with 100,000 candidates, 50,000
 * mentors and 200,000 openings; without it, on the embedded database at a tenth of that
 * (BENCH_SIZE=small gives the small sizes on a real server too). Needs an empty database.
 */
export async function matchingBench(): Promise<void> {
  const real = Boolean(process.env.DATABASE_URL);
  const size = real ? (process.env.BENCH_SIZE ?? 'full') : 'small';
  if (!(size in SIZES)) throw new Error(`BENCH_SIZE is one of ${Object.keys(SIZES).join(', ')}`);
  const sizes = SIZES[size];
  const config = loadConfig({ ...process.env, EMBEDDED_DATA_DIR: 'memory', DEMO_DATA: 'false', EMBEDDING_PROVIDER: 'hashing', ADMIN_API_KEY: ADMIN_KEY, RATE_LIMIT_RANKINGS_PER_MINUTE: '0' });
  const running = await createApp(config, { task: true, logger: false });
  try {
    const db = running.app.get(DataSource);
    const [{ n }] = await db.query('SELECT count(*)::int AS n FROM candidates');
    // BENCH_REUSE=true measures again on a database an earlier run of the same size loaded: the setup takes minutes at full size.
    const [{ o }] = await db.query('SELECT count(*)::int AS o FROM openings');
    const reuse = process.env.BENCH_REUSE === 'true' && n === sizes.candidates && o === sizes.openings;
    if (n > 0 && !reuse) throw new Error('The matching bench needs an empty database (it bulk-loads its own data), or BENCH_REUSE=true on one it loaded at this size.');
    console.log(
      `\nBench: matching on ${real ? 'PostgreSQL at DATABASE_URL' : 'the embedded database'}: ` +
        `${sizes.candidates} candidates, ${sizes.mentors} mentors, ${sizes.openings} openings${reuse ? ' (loaded by an earlier run)' : ''}`,
    );
    if (!reuse) await setUp(db, running.app.get(EmbeddingBackfill), config, sizes, size === 'xl' ? '4GB' : '1GB');

    // In id order: without it the rows come in whatever order the table's pages hold them, and a run on a reused database samples others.
    const random = seededRandom(7);
    const sample = async (sql: string, size: number) => {
      const ids: string[] = (await db.query(sql)).map((r: { id: string }) => r.id);
      return Array.from({ length: size }, () => ids[Math.floor(random() * ids.length)]);
    };
    const candidates = await sample('SELECT id FROM candidates WHERE consent_matching ORDER BY id', 2000);
    const openings = await sample(`SELECT id FROM openings WHERE status = 'open' ORDER BY id`, 2000);

    // BENCH_PART=cohort times the cohort assignment alone (with BENCH_REUSE=true, in seconds).
    if (process.env.BENCH_PART === 'cohort') return await cohortBench(running.app.get(MentorAssignmentsService), sample);
    // BENCH_PART=exact compares the rankings with exhaustive ones alone (at full size an exhaustive ranking reads every record: minutes per endpoint).
    if (process.env.BENCH_PART === 'exact') return await exactBench(running.app.get(MatchingService), candidates, openings);

    if (size === 'xl') return await xlBench(running.app, db, candidates);

    const server = running.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = baseUrl(server);
    const endpoints: [string, (i: number) => string][] = [
      ['GET /candidates/:id/mentor-matches', (i) => `${base}/candidates/${candidates[i % candidates.length]}/mentor-matches?limit=10`],
      ['GET /candidates/:id/opening-matches?kind=job', (i) => `${base}/candidates/${candidates[i % candidates.length]}/opening-matches?kind=job&limit=10`],
      ['GET /candidates/:id/opening-matches?kind=praksis', (i) => `${base}/candidates/${candidates[i % candidates.length]}/opening-matches?kind=praksis&limit=10`],
      ['GET /openings/:id/shortlist', (i) => `${base}/openings/${openings[i % openings.length]}/shortlist?limit=10`],
    ];
    const requests = Number(process.env.BENCH_REQUESTS ?? 400);
    console.log(`\nRanking through HTTP, 20 concurrent clients, ${requests} requests each (after 40 warm-up)`);
    console.log('endpoint                                          p50 ms   p95 ms   p99 ms  req/s');
    for (const [name, url] of endpoints) {
      await closedLoop((i) => url(i + 1000), ADMIN_KEY, 20, 40);
      const start = performance.now();
      const latencies = await closedLoop(url, ADMIN_KEY, 20, requests);
      const rate = requests / ((performance.now() - start) / 1000);
      console.log(
        `${name.padEnd(48)}${fmt(percentile(latencies, 50)).padStart(7)}  ${fmt(percentile(latencies, 95)).padStart(7)}  ${fmt(percentile(latencies, 99)).padStart(7)}  ${fmt(rate, 0).padStart(5)}`,
      );
    }

    // Service processes of their own on the same database (a real server only: the embedded one lives in this process).
    if (real) {
      await processesBench(
        [
          (i) => `/candidates/${candidates[i % candidates.length]}/mentor-matches?limit=10`,
          (i) => `/candidates/${candidates[i % candidates.length]}/opening-matches?kind=job&limit=10`,
          (i) => `/candidates/${candidates[i % candidates.length]}/opening-matches?kind=praksis&limit=10`,
          (i) => `/openings/${openings[i % openings.length]}/shortlist?limit=10`,
        ],
        ADMIN_KEY,
        requests,
      );
    }

    await annBench(running.app, candidates);
    await exactBench(running.app.get(MatchingService), candidates, openings);
    await cohortBench(running.app.get(MentorAssignmentsService), sample);
  } finally {
    await running.close();
  }
}

/**
 * BENCH_SIZE=xl: a million openings. The vector index's recall, one client's opening matches
 * (the first ranking of each kind reads the catalogue, timed apart) and the memory it took.
 */
async function xlBench(app: INestApplication, db: DataSource, candidates: string[]): Promise<void> {
  await annBench(app, candidates);
  const server = app.getHttpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = baseUrl(server);
  const requests = Number(process.env.BENCH_REQUESTS ?? 200);
  console.log(`\nOpening matches through HTTP, one client, ${requests} requests per kind`);
  for (const kind of ['job', 'praksis']) {
    const url = (i: number) => `${base}/candidates/${candidates[i % candidates.length]}/opening-matches?kind=${kind}&limit=10`;
    const t = performance.now();
    await closedLoop((i) => url(i + 1000), ADMIN_KEY, 1, 1);
    const first = performance.now() - t;
    await closedLoop((i) => url(i + 1001), ADMIN_KEY, 1, 20);
    const latencies = await closedLoop(url, ADMIN_KEY, 1, requests);
    console.log(`kind=${kind.padEnd(8)} first ranking (reads the catalogue) ${fmt(first / 1000)} s; then p50 ${fmt(percentile(latencies, 50))} ms, p95 ${fmt(percentile(latencies, 95))} ms`);
  }
  const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  const [sizes] = await db.query(
    `SELECT pg_database_size(current_database()) AS database,
            (SELECT coalesce(sum(pg_relation_size(indexname::regclass)), 0) FROM pg_indexes WHERE indexdef ILIKE '%USING hnsw%') AS hnsw,
            current_setting('shared_buffers') AS shared_buffers`,
  );
  console.log(
    `memory: this service process ${fmt(Number(rss?.[1] ?? 0) / 1024, 0)} MB resident; PostgreSQL: database ${fmt(Number(sizes.database) / 2 ** 20, 0)} MB on disk, ` +
      `HNSW indexes ${fmt(Number(sizes.hnsw) / 2 ** 20, 0)} MB, shared_buffers ${sizes.shared_buffers}`,
  );
}

const baseUrl = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;

/**
 * The first stage alone: HNSW against an exact scan, same queries, asked for as many as the first
 * stage asks (its pool sets ef_search: 200 for a top 10) and for fewer and more, the top 10 of each compared.
 */
async function annBench(app: INestApplication, candidates: string[]): Promise<void> {
  const model = app.get(EmbeddingProvider).info.model;
  const retrieval = app.get(RetrievalRepository);
  const embeddings = app.get(EmbeddingsRepository);
  const pools = [10, 200, 400];
  const overlap = pools.map(() => 0);
  const annMs = pools.map(() => 0);
  let queries = 0;
  let exactMs = 0;
  for (const id of candidates.slice(0, 100)) {
    const vector = (await retrieval.vectorsOf('candidate', [id], model)).get(id)?.profile;
    if (!vector) continue;
    let s = performance.now();
    const exact = await embeddings.nearestExact('opening', 'need', vector, model, { limit: 10 });
    exactMs += performance.now() - s;
    const truth = new Set(exact.map((e) => e.ownerId));
    for (const [k, pool] of pools.entries()) {
      s = performance.now();
      const ann = (await embeddings.nearest('opening', 'need', vector, model, { limit: pool })).slice(0, 10);
      annMs[k] += performance.now() - s;
      overlap[k] += ann.filter((a) => truth.has(a.ownerId)).length / Math.max(1, exact.length);
    }
    queries++;
  }
  console.log(`\nANN stage (openings' need vectors, ${queries} candidate profiles): recall@10 against an exact scan (${fmt(exactMs / queries, 1)} ms a query)`);
  for (const [k, pool] of pools.entries()) {
    console.log(
      `  ${String(pool).padStart(3)} nearest asked (ef_search ${efSearchFor(pool)})${pool === 200 ? ', as the first stage asks for a top 10' : ''}: ` +
        `recall@10 ${fmt(overlap[k] / queries, 3)}, HNSW ${fmt(annMs[k] / queries, 2)} ms a query`,
    );
  }
}

/** Each ranking against an exhaustive exact ranking of every record, per endpoint (BENCH_EXACT_QUERIES queries, 100 by default). */
async function exactBench(matchingService: MatchingService, candidates: string[], openings: string[]): Promise<void> {
  // The two stages end to end: each ranking against an exhaustive exact ranking of every record.
  const options = { limit: 10, explainExcluded: false, lang: 'en' as const };
  // BENCH_EXACT_QUERIES: how many queries per endpoint (100 by default; each exhaustive ranking at full size reads every record).
  const exactQueries = Number(process.env.BENCH_EXACT_QUERIES ?? 100);
  const rankings: [string, string[], (id: string, exhaustive: boolean) => Promise<RankingView>][] = [
    ['mentor-matches', candidates.slice(0, exactQueries), (id, exhaustive) => matchingService.mentorMatches(SYSTEM, id, { ...options, exhaustive })],
    ['opening-matches?kind=job', candidates.slice(0, exactQueries), (id, exhaustive) => matchingService.openingMatches(SYSTEM, id, 'job', { ...options, exhaustive })],
    ['opening-matches?kind=praksis', candidates.slice(0, exactQueries), (id, exhaustive) => matchingService.openingMatches(SYSTEM, id, 'praksis', { ...options, exhaustive })],
    ['shortlist', openings.slice(0, exactQueries), (id, exhaustive) => matchingService.shortlist(SYSTEM, id, { ...options, exhaustive })],
  ];
  console.log(
    `\nRankings against an exhaustive exact ranking of every record (${exactQueries} queries each): top-10 overlap, and the top 10's score sum as a share of the exhaustive one`,
  );
  for (const [name, ids, rank] of rankings) {
    const t = performance.now();
    let overlap = 0;
    let worst = 1;
    let found = 0;
    let best = 0;
    for (const id of ids) {
      const [fast, exact] = [await rank(id, false), await rank(id, true)];
      const truth = new Set(exact.results.map(resultKey));
      const shared = fast.results.filter((r) => truth.has(resultKey(r))).length / Math.max(1, exact.results.length);
      overlap += shared;
      worst = Math.min(worst, shared);
      found += fast.results.reduce((sum, r) => sum + r.score, 0);
      best += exact.results.reduce((sum, r) => sum + r.score, 0);
    }
    console.log(
      `${name.padEnd(30)} overlap ${fmt(overlap / ids.length, 3)} (least ${fmt(worst, 1)})  score sum ${fmt(found / best, 3)}  (${fmt((performance.now() - t) / 1000, 0)} s)`,
    );
  }
}

/** Cohort assignment: 2,000 candidates × 1,000 mentors, planned five times (the first builds the taxonomy's caches); the median. */
async function cohortBench(assignments: MentorAssignmentsService, sample: (sql: string, size: number) => Promise<string[]>): Promise<void> {
  const cohort = [...new Set(await sample(`SELECT id FROM candidates WHERE consent_matching ORDER BY id`, 4000))].slice(0, 2000);
  const mentors = [...new Set(await sample(`SELECT id FROM mentors WHERE active ORDER BY id`, 3000))].slice(0, 1000);
  const seconds: number[] = [];
  const cpu: number[] = [];
  let plan: Awaited<ReturnType<MentorAssignmentsService['plan']>> | undefined;
  for (let run = 0; run < 5; run++) {
    const t = performance.now();
    const c = process.cpuUsage();
    plan = await assignments.plan(SYSTEM, { candidateIds: cohort, mentorIds: mentors });
    const used = process.cpuUsage(c);
    seconds.push((performance.now() - t) / 1000);
    cpu.push((used.user + used.system) / 1e6);
  }
  // The service's CPU beside the wall time: the figure that does not depend on what else the machine runs.
  console.log(
    `\nCohort assignment ${cohort.length} candidates × ${mentors.length} mentors: ${fmt(percentile([...seconds].sort((a, b) => a - b), 50), 2)} s, ` +
      `${fmt(percentile([...cpu].sort((a, b) => a - b), 50), 2)} s of the service's CPU (runs ${seconds.map((x) => fmt(x, 2)).join(', ')} s; ` +
      `${plan!.assignments.length} assigned, total score ${fmt(plan!.total, 3)}, ${plan!.unassigned.length} unassigned)`,
  );
}

/** Bulk-loads the synthetic records, embeds them without index upkeep, then builds each HNSW index in bulk. */
async function setUp(
  db: DataSource,
  backfill: EmbeddingBackfill,
  config: AppConfig,
  sizes: { candidates: number; mentors: number; openings: number },
  buildMemory: string,
): Promise<void> {
  let t = performance.now();
  await loadSynthetic(db, config, sizes);
  console.log(`bulk load: ${fmt((performance.now() - t) / 1000)} s`);

  // Vectors without index upkeep, then each HNSW index built in bulk.
  const indexes: { indexname: string; indexdef: string }[] = await db.query(`SELECT indexname, indexdef FROM pg_indexes WHERE indexdef ILIKE '%USING hnsw%'`);
  for (const index of indexes) await db.query(`DROP INDEX ${index.indexname}`);
  t = performance.now();
  const embedded = await backfill.run(512);
  console.log(`embeddings: ${embedded.inferences} texts in ${fmt((performance.now() - t) / 1000)} s`);
  t = performance.now();
  // A graph larger than maintenance_work_mem is built on disk, many times slower.
  await db.query(`SET maintenance_work_mem = '${buildMemory}'`).catch(() => undefined);
  for (const index of indexes) await db.query(index.indexdef);
  await db.query('ANALYZE');
  console.log(`HNSW indexes built in ${fmt((performance.now() - t) / 1000)} s`);
}
