import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createApp, RunningApp } from '../src/app.factory';
import { loadConfig } from '../src/config/app-config';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';

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

  it('starts on the embedded database with migrations, reference data, demo data one demo key and one demo user per role', async () => {
    running = await createApp(loadConfig(env), { logger: false });
    await running.app.init();
    const http = running.app.getHttpServer();
    expect(running.database).toBe('embedded');
    expect(running.demoKeys.map((k) => k.role).sort()).toEqual(['admin', 'career_centre', 'coordinator', 'employer']);

    const health = await request(http).get('/health');
    expect(health.body).toMatchObject({ status: 'ok', database: 'embedded', migrations: { pending: 0 } });

    const get = (url: string, role: string) => request(http).get(url).set('Authorization', `Bearer ${keyOf(running!, role)}`);
    // The admin sees every demo candidate; the demo coordinator, Herøy's refugee service, its own.
    const all = (await get('/api/v1/candidates?limit=1', 'admin')).body.total;
    expect(all).toBeGreaterThanOrEqual(40);
    const ownTotal = (await get('/api/v1/candidates?limit=1', 'coordinator')).body.total;
    expect(ownTotal).toBeGreaterThanOrEqual(10);
    expect(ownTotal).toBeLessThan(all);
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

    // One demo user per role; the coordinator works for a demo kommune and sees its candidates.
    expect(running.demoUsers.map((u) => u.email).sort()).toEqual([
      'admin@demo.kobling.no',
      'arbeidsgiver@demo.kobling.no',
      'karrieresenter@demo.kobling.no',
      'koordinator@demo.kobling.no',
    ]);
    const coordinator = running.demoUsers.find((u) => u.role === 'coordinator')!;
    const login = await request(http).post('/api/v1/auth/login').send({ email: coordinator.email, password: coordinator.password });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ role: 'coordinator', status: 'active', organisation: { kind: 'municipality' } });
    const cookie = ([] as string[]).concat(login.headers['set-cookie'])[0].split(';')[0];
    expect((await request(http).get('/api/v1/candidates?limit=1').set('Cookie', cookie)).body.total).toBeGreaterThanOrEqual(10);
  });

  it('keeps its data between runs, does not seed twice, replaces the demo keys and keeps the demo passwords', async () => {
    running = await createApp(loadConfig(env), { logger: false });
    await running.app.init();
    const first = { admin: keyOf(running, 'admin'), users: running.demoUsers };
    const countFirst = (await request(running.app.getHttpServer()).get('/api/v1/candidates?limit=1').set('Authorization', `Bearer ${first.admin}`)).body.total;
    await running.close();

    running = await createApp(loadConfig(env), { logger: false });
    await running.app.init();
    const http = running.app.getHttpServer();
    const again = await request(http).get('/api/v1/candidates?limit=1').set('Authorization', `Bearer ${keyOf(running, 'admin')}`);
    expect(countFirst).toBeGreaterThanOrEqual(40);
    expect(again.body.total).toBe(countFirst);
    expect((await request(http).get('/api/v1/candidates?limit=1').set('Authorization', `Bearer ${first.admin}`)).status).toBe(401);
    // The demo passwords stay: they are kept beside the database.
    expect(running.demoUsers).toEqual(first.users);
    const admin = first.users.find((u) => u.role === 'admin')!;
    expect((await request(http).post('/api/v1/auth/login').send({ email: admin.email, password: admin.password })).status).toBe(200);
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

  it('refuses demo data on a database that holds real records, and changes nothing there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kobling-real-'));
    const adminKey = 'real-admin-key-0123456789abcdef';
    try {
      running = await createApp(loadConfig({ ...env, EMBEDDED_DATA_DIR: dir, DEMO_DATA: 'false', ADMIN_API_KEY: adminKey }), { logger: false });
      await running.app.init();
      const created = await request(running.app.getHttpServer())
        .post('/api/v1/organisations')
        .set('Authorization', `Bearer ${adminKey}`)
        .send({ kind: 'municipality', name: 'Herøy kommune', municipalityCode: '1515' });
      expect(created.status).toBe(201);
      await running.close();
      running = undefined;

      await expect(createApp(loadConfig({ ...env, EMBEDDED_DATA_DIR: dir, DEMO_DATA: 'true' }), { logger: false })).rejects.toThrow(
        /not demo data \(such as "Herøy kommune"\).*DEMO_DATA=false/,
      );

      running = await createApp(loadConfig({ ...env, EMBEDDED_DATA_DIR: dir, DEMO_DATA: 'false', ADMIN_API_KEY: adminKey }), { logger: false });
      await running.app.init();
      const organisations = await request(running.app.getHttpServer()).get('/api/v1/organisations?limit=100').set('Authorization', `Bearer ${adminKey}`);
      expect(organisations.body.items.map((o: { name: string }) => o.name)).toEqual(['Herøy kommune']);
    } finally {
      await running?.close();
      running = undefined;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('issues no demo keys and makes no demo users on a server named by DATABASE_URL, even with DEMO_DATA=true', async () => {
    const server = await startEmbeddedPostgres(undefined);
    try {
      running = await createApp(loadConfig({ ...env, DATABASE_URL: server.url, DATABASE_POOL_SIZE: '1', DEMO_DATA: 'true' }), { logger: false });
      expect(running.database).toBe('postgres');
      expect(running.demoKeys).toEqual([]);
      expect(running.demoUsers).toEqual([]);
      const [{ users }] = await running.app.get((await import('typeorm')).DataSource).query('SELECT count(*)::int AS users FROM users');
      expect(users).toBe(0);
    } finally {
      await running?.close();
      running = undefined;
      await server.stop();
    }
  });
});
