/** The taxonomy bench: p50/p95 of occupation and skill search over HTTP with realistic queries. */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp } from '../../src/app.factory';
import { loadConfig } from '../../src/config/app-config';
import { SEED_SYNONYMS_NB } from '../../src/taxonomy/seed-synonyms';
import { TaxonomyVectors } from '../../src/taxonomy/taxonomy-vectors';
import { closedLoop, fmt, jobTitles, percentile, seededRandom } from './support';

const CLIENTS = 4;
const REQUESTS = 4000;

export async function taxonomyBench(): Promise<void> {
  const adminKey = 'bench-admin-key-0123456789abcdef';
  const config = loadConfig({ ...process.env, EMBEDDED_DATA_DIR: 'memory', DEMO_DATA: 'false', ADMIN_API_KEY: adminKey, EMBEDDING_PROVIDER: 'hashing' });
  console.log(`\nBench: taxonomy search (database: ${config.databaseUrl ? 'PostgreSQL at DATABASE_URL' : 'embedded, in memory'})`);
  const running = await createApp(config, { task: true, logger: false });
  try {
    const server = running.app.getHttpServer() as Server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const started = Date.now();
    await running.app.get(TaxonomyVectors).warm();
    console.log(`Label vectors for embedding similarity built in ${((Date.now() - started) / 1000).toFixed(1)} s (hashing embedder)`);
    // What people type: the first 3–8 letters of NAV's job titles and of Norwegian skill words, some whole.
    const random = seededRandom(7);
    const prefix = (word: string) => (random() < 0.3 ? word : word.slice(0, 3 + Math.floor(random() * 6)));
    const titles = jobTitles(config).flat().filter((title) => title.length <= 60);
    const occupationQueries = Array.from({ length: 500 }, () => prefix(titles[Math.floor(random() * titles.length)]));
    const skillQueries = Array.from({ length: 500 }, () => prefix(SEED_SYNONYMS_NB[Math.floor(random() * SEED_SYNONYMS_NB.length)][0]));
    console.log(`${CLIENTS} concurrent clients, ${REQUESTS} requests per endpoint (after a warm-up)`);
    console.log('endpoint                          p50 ms   p95 ms   p99 ms');
    for (const [name, path, queries] of [
      ['GET /api/v1/taxonomy/occupations', '/api/v1/taxonomy/occupations', occupationQueries],
      ['GET /api/v1/taxonomy/skills', '/api/v1/taxonomy/skills', skillQueries],
    ] as const) {
      const url = (i: number) => `${baseUrl}${path}?q=${encodeURIComponent(queries[i % queries.length])}&limit=10`;
      await closedLoop(url, adminKey, CLIENTS, 200); // warm-up: the index is built on first use
      const latencies = await closedLoop(url, adminKey, CLIENTS, REQUESTS);
      console.log(`${name.padEnd(32)}${fmt(percentile(latencies, 50)).padStart(8)}${fmt(percentile(latencies, 95)).padStart(9)}${fmt(percentile(latencies, 99)).padStart(9)}`);
    }
  } finally {
    await running.close();
  }
}
