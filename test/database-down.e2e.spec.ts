import request from 'supertest';
import { createApp, RunningApp } from '../src/app.factory';
import { loadConfig } from '../src/config/app-config';
import { EmbeddedPostgres, startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { TcpProxy } from './support/tcp-proxy';
import { ADMIN_KEY } from './support/test-app';

/** The database goes away under a running service (a proxy between them is closed), then comes back. */
describe('while the database cannot be reached', () => {
  let embedded: EmbeddedPostgres | undefined;
  let proxy: TcpProxy;
  let running: RunningApp;
  const http = () => running.app.getHttpServer();

  beforeAll(async () => {
    // On the embedded run a server of its own; on PostgreSQL the suite's database.
    if (process.env.KOBLING_TEST_DATABASE === 'embedded') embedded = await startEmbeddedPostgres(undefined);
    const target = new URL(embedded?.url ?? process.env.DATABASE_URL!);
    proxy = new TcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    await proxy.open();
    target.host = `127.0.0.1:${proxy.port}`;
    const config = loadConfig({ ...process.env, DATABASE_URL: target.toString(), DATABASE_POOL_SIZE: '1', DEMO_DATA: 'false', ADMIN_API_KEY: ADMIN_KEY, WEBHOOK_DISPATCHER: 'false' });
    running = await createApp(config, { logger: false });
    await running.app.init();
  });
  afterAll(async () => {
    await proxy.open();
    await running?.close();
    await proxy.close();
    await embedded?.stop();
  });

  it('answers 503 with Retry-After and a service_unavailable problem, and is ready again when it returns', async () => {
    const list = () => request(http()).get('/api/v1/organisations').set('Authorization', `Bearer ${ADMIN_KEY}`);
    expect((await list()).status).toBe(200);
    expect((await request(http()).get('/health/ready')).status).toBe(200);

    await proxy.close();
    const down = await list();
    expect(down.status).toBe(503);
    expect(down.headers['retry-after']).toBe('5');
    expect(down.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(down.body).toMatchObject({ type: 'urn:kobling:problem:service-unavailable', code: 'service_unavailable', status: 503 });
    expect(down.body.detail).toBe('Databasen kan ikke nås akkurat nå. Prøv igjen om litt.');
    const write = await request(http()).post('/api/v1/organisations').set('Authorization', `Bearer ${ADMIN_KEY}`).send({ kind: 'employer', name: 'Nede AS', municipalityCode: '0301' });
    expect(write.status).toBe(503);

    const ready = await request(http()).get('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.headers['retry-after']).toBe('5');
    // Nothing that could not be read is reported.
    expect(ready.body).toMatchObject({ status: 'unavailable', database: 'unreachable', migrations: null, referenceData: null });
    expect((await request(http()).get('/health')).status).toBe(503);
    const live = await request(http()).get('/health/live');
    expect(live.status).toBe(200);
    expect(live.body).toEqual({ status: 'ok' });

    await proxy.open();
    const back = await list();
    expect(back.status).toBe(200);
    expect(back.body.items.map((o: { name: string }) => o.name)).not.toContain('Nede AS');
    const readyAgain = await request(http()).get('/health/ready');
    expect(readyAgain.status).toBe(200);
    expect(readyAgain.body).toMatchObject({ status: 'ok', migrations: { pending: 0 } });
  });
});
