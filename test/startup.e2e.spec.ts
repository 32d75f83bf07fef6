import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createApp, RunningApp } from '../src/app.factory';
import { loadConfig } from '../src/config/app-config';

/** What `npm start` does on a fresh machine: no DATABASE_URL, so an embedded Postgres kept on disk, plus demo data. */
describe('npm start on a fresh machine', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kobling-start-'));
  const env = { ...process.env, DATABASE_URL: undefined, DATABASE_POOL_SIZE: undefined, ADMIN_API_KEY: undefined, EMBEDDED_DATA_DIR: dataDir };
  let running: RunningApp | undefined;

  afterEach(async () => {
    await running?.close();
    running = undefined;
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const keyOf = (app: RunningApp, role: string) => app.demoKeys.find((k) => k.role === role)!.key;

  it('starts on the embedded database with migrations, reference data, demo data and one demo key per role', async () => {
    running = await createApp(loadConfig(env), { logger: false });
    await running.app.init();
    const http = running.app.getHttpServer();
    expect(running.database).toBe('embedded');
    expect(running.demoKeys.map((k) => k.role).sort()).toEqual(['admin', 'career_centre', 'coordinator', 'employer']);

    const health = await request(http).get('/health');
    expect(health.body).toMatchObject({ status: 'ok', database: 'embedded', migrations: { pending: 0 } });

    const get = (url: string, role: string) => request(http).get(url).set('Authorization', `Bearer ${keyOf(running!, role)}`);
    expect((await get('/api/v1/candidates?limit=1', 'coordinator')).body.total).toBeGreaterThanOrEqual(40);
    expect((await get('/api/v1/mentors?limit=1', 'coordinator')).body.total).toBeGreaterThanOrEqual(25);
    const openings = await get('/api/v1/openings?limit=100', 'admin');
    expect(openings.body.total).toBeGreaterThanOrEqual(30);
    expect(new Set(openings.body.items.map((o: { organisationId: string }) => o.organisationId)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(openings.body.items.map((o: { municipalityCode: string }) => o.municipalityCode)).size).toBeGreaterThanOrEqual(5);
    const employers = await get('/api/v1/organisations?limit=100', 'admin');
    expect(employers.body.items.filter((o: { kind: string }) => o.kind === 'employer').length).toBeGreaterThanOrEqual(10);
    // The employer demo key sees its own organisation's openings only.
    const own = await get('/api/v1/openings?limit=100', 'employer');
    expect(own.body.total).toBeGreaterThan(0);
    expect(own.body.total).toBeLessThan(openings.body.total);
    // The career centre demo key (Vestland) sees its county's hurtigspor needs, each with ranked prospects.
    const needs = await get('/api/v1/hurtigspor/needs', 'career_centre');
    expect(needs.status).toBe(200);
    expect(needs.body.items.map((n: { occupationCode: string }) => n.occupationCode).sort()).toEqual(['7212', '8331']);
    expect(needs.body.items.every((n: { prospects?: unknown[] }) => Array.isArray(n.prospects))).toBe(true);
  });

  it('keeps its data between runs, does not seed twice, and replaces the demo keys', async () => {
    running = await createApp(loadConfig(env), { logger: false });
    await running.app.init();
    const first = { admin: keyOf(running, 'admin') };
    const countFirst = (await request(running.app.getHttpServer()).get('/api/v1/candidates?limit=1').set('Authorization', `Bearer ${first.admin}`)).body.total;
    await running.close();

    running = await createApp(loadConfig(env), { logger: false });
    await running.app.init();
    const http = running.app.getHttpServer();
    const again = await request(http).get('/api/v1/candidates?limit=1').set('Authorization', `Bearer ${keyOf(running, 'admin')}`);
    expect(countFirst).toBeGreaterThanOrEqual(40);
    expect(again.body.total).toBe(countFirst);
    expect((await request(http).get('/api/v1/candidates?limit=1').set('Authorization', `Bearer ${first.admin}`)).status).toBe(401);
  });

  it('skips the demo data with DEMO_DATA=false but still loads the reference data', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'kobling-nodemo-'));
    try {
      running = await createApp(loadConfig({ ...env, EMBEDDED_DATA_DIR: empty, DEMO_DATA: 'false' }), { logger: false });
      expect(running.demoKeys).toEqual([]);
      const { DataSource } = await import('typeorm');
      const db = running.app.get(DataSource);
      const [row] = await db.query(
        'SELECT (SELECT count(*) FROM candidates)::int AS candidates, (SELECT count(*) FROM municipalities)::int AS municipalities, (SELECT count(*) FROM occupations)::int AS occupations',
      );
      expect(row).toEqual({ candidates: 0, municipalities: 357, occupations: expect.any(Number) });
      expect(row.occupations).toBeGreaterThan(400);
    } finally {
      await running?.close();
      running = undefined;
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
