import { randomUUID } from 'node:crypto';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Outbox } from '../src/outbox/outbox';
import { WebhooksRepository } from '../src/webhooks/webhooks.repository';
import { ADMIN_KEY, startTestApp, TestApp, unique } from './support/test-app';

/** Without WEBHOOK_ALLOW_PRIVATE: an admin cannot aim webhooks at the service's own network. */
describe('webhook targets', () => {
  let t: TestApp;
  let receiver: Server;
  let requests = 0;
  let receiverUrl: string;

  beforeAll(async () => {
    receiver = createServer((_, res) => {
      requests++;
      res.writeHead(200).end('ok');
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
    t = await startTestApp({ WEBHOOK_DISPATCHER: 'true', WEBHOOK_POLL_INTERVAL_MS: '25', WEBHOOK_BACKOFF_BASE_MS: '30', WEBHOOK_BACKOFF_CAP_MS: '60', WEBHOOK_MAX_ATTEMPTS: '2' });
  });
  afterAll(async () => {
    await t.close();
    receiver.closeAllConnections();
    await new Promise((resolve) => receiver.close(resolve));
  });

  it('refuses internal targets at registration with a 400 naming url, in any spelling', async () => {
    const before = (await t.db.query(`SELECT count(*)::int AS n FROM webhooks`))[0].n;
    for (const url of [
      receiverUrl,
      'http://127.0.0.1:5432/',
      'http://localhost:3000/hooks',
      'http://169.254.169.254/latest/meta-data/',
      'http://[::1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://0x7f000001/',
      'http://2130706433/',
      'http://0177.0.0.1/',
      'http://10.0.0.5/',
      'http://172.16.3.4/',
      'http://192.168.1.1/',
      'http://100.64.0.1/',
      'http://[fe80::1]/',
      'http://[fd00::1]/',
      'http://0.0.0.0:8080/',
    ]) {
      const res = await t.api(ADMIN_KEY).post('/api/v1/webhooks').send({ url });
      expect({ url, status: res.status }).toEqual({ url, status: 400 });
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'url' })]);
      // Whatever the validator or the target check said, nothing about the port or service behind it.
      expect(JSON.stringify(res.body)).not.toMatch(/ECONNREFUSED|postgres/i);
    }
    const metadata = await t.api(ADMIN_KEY).post('/api/v1/webhooks').send({ url: 'http://169.254.169.254/latest/meta-data/' });
    expect(metadata.body).toMatchObject({ code: 'validation_failed', errors: [{ field: 'url', code: 'webhook_target_private', message: expect.stringMatching(/peker på en intern adresse/) }] });
    expect((await t.db.query(`SELECT count(*)::int AS n FROM webhooks`))[0].n).toBe(before);
  });

  it('refuses again at delivery a webhook that points inside (registered while allowed, or its DNS changed): a category, nothing sent', async () => {
    const type = `test_${unique()}.case.created`;
    const webhook = await t.db.transaction((manager) =>
      t.running.app.get(WebhooksRepository).insert(manager, { url: receiverUrl, eventTypes: [type], description: null, secret: 'whsec_test', createdByKeyId: null }),
    );
    try {
      await t.db.transaction((manager) => t.running.app.get(Outbox).publish(manager, { type, aggregateType: 'test_case', aggregateId: randomUUID(), payload: {} }));
      let delivery: { status: string; lastError: string | null; lastStatusCode: number | null } | undefined;
      const deadline = Date.now() + 20_000;
      while (delivery?.status !== 'failed' && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        delivery = (await t.api(ADMIN_KEY).get(`/api/v1/webhooks/${webhook.id}/deliveries`)).body.items[0];
      }
      expect(delivery).toMatchObject({ status: 'failed', lastError: 'target_refused', lastStatusCode: null });
      expect(requests).toBe(0);
    } finally {
      await t.api(ADMIN_KEY).delete(`/api/v1/webhooks/${webhook.id}`);
    }
  });
});
