import { createHmac, randomUUID } from 'node:crypto';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EntityManager } from 'typeorm';
import { Outbox, PublishedEvent } from '../src/outbox/outbox';
import { WebhookDispatcher } from '../src/webhooks/webhook-dispatcher';
import { WebhooksRepository } from '../src/webhooks/webhooks.repository';
import { ADMIN_KEY, startTestApp, TestApp, unique } from './support/test-app';

/** Fast retries, so a whole schedule runs in a second or two. */
const WEBHOOK_ENV = {
  WEBHOOK_DISPATCHER: 'true',
  WEBHOOK_POLL_INTERVAL_MS: '25',
  WEBHOOK_TIMEOUT_MS: '400',
  WEBHOOK_BACKOFF_BASE_MS: '30',
  WEBHOOK_BACKOFF_CAP_MS: '120',
  WEBHOOK_MAX_ATTEMPTS: '4',
  // The receivers are on loopback; webhook-targets.e2e.spec.ts tests the refusal.
  WEBHOOK_ALLOW_PRIVATE: 'true',
};
const MAX_ATTEMPTS = 4;

interface Request {
  eventId: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** What the receiver answered; null: it never answered. */
  status: number | null;
}

/** What the receiver answers to the nth request (from 1) for an event: a status, or 'hang' to never answer. */
type Answer = (eventId: string, nth: number) => number | 'hang';

/** A local webhook receiver that records every request and answers as told. */
class Receiver {
  readonly requests: Request[] = [];
  /** Requests for the same event that arrived while another was still being answered. */
  overlaps = 0;
  private readonly inFlight = new Set<string>();

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(answer: Answer, answerDelayMs = 0): Promise<Receiver> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const receiver = new Receiver(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/kobling`);
    server.on('request', (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const eventId = String(req.headers['x-kobling-event-id']);
        if (receiver.inFlight.has(eventId)) receiver.overlaps++;
        receiver.inFlight.add(eventId);
        const request: Request = { eventId, headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), status: null };
        receiver.requests.push(request);
        const status = answer(eventId, receiver.requests.filter((r) => r.eventId === eventId).length);
        if (status === 'hang') return;
        setTimeout(() => {
          receiver.inFlight.delete(eventId);
          request.status = status;
          res.writeHead(status, { 'Content-Type': 'text/plain' }).end(status < 300 ? 'ok' : 'not now');
        }, answerDelayMs);
      });
    });
    return receiver;
  }

  of(eventId: string): Request[] {
    return this.requests.filter((r) => r.eventId === eventId);
  }

  /** 2xx answers given for an event: the number of times it was acknowledged. */
  acknowledged(eventId: string): number {
    return this.of(eventId).filter((r) => r.status !== null && r.status < 300).length;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Polls until `condition` holds, or fails with `what` at the deadline. */
async function until(what: string, condition: () => boolean | Promise<boolean>, deadlineMs = 20_000): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const verify = (secret: string, request: Request): boolean => {
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(request.headers['x-kobling-signature']));
  if (!match) return false;
  const expected = createHmac('sha256', secret).update(`${match[1]}.${request.body}`).digest('hex');
  return match[2] === expected && Math.abs(Date.now() / 1000 - Number(match[1])) < 60;
};

describe('webhooks', () => {
  let t: TestApp;
  let coordinator: string;
  const receivers: Receiver[] = [];

  const receiver = async (answer: Answer, answerDelayMs = 0): Promise<Receiver> => {
    const r = await Receiver.start(answer, answerDelayMs);
    receivers.push(r);
    return r;
  };
  const registered: string[] = [];
  const register = async (body: Record<string, unknown>) => {
    const res = await t.api(ADMIN_KEY).post('/api/v1/webhooks').send(body);
    expect(res.status).toBe(201);
    registered.push(res.body.id);
    return res.body as { id: string; secret: string; url: string; eventTypes: string[] | null };
  };
  /** Publishes in the caller's transaction, as a state change does. */
  const publishIn = (manager: EntityManager, type: string, payload: Record<string, unknown> = {}, app = t): Promise<PublishedEvent> =>
    app.running.app.get(Outbox).publish(manager, { type, aggregateType: 'test_case', aggregateId: randomUUID(), payload });
  const publish = (type: string, payload: Record<string, unknown> = {}): Promise<PublishedEvent> => t.db.transaction((manager) => publishIn(manager, type, payload));
  const deliveries = async (webhookId: string, status?: string) => {
    const res = await t.api(ADMIN_KEY).get(`/api/v1/webhooks/${webhookId}/deliveries?limit=100${status ? `&status=${status}` : ''}`);
    expect(res.status).toBe(200);
    return res.body as { total: number; items: { eventId: string; eventType: string; status: string; attempts: number; lastStatusCode: number | null; lastError: string | null; nextAttemptAt: string | null; deliveredAt: string | null }[] };
  };
  /** Lets the dispatcher poll a few more times, to see what it does not send. */
  const moreCycles = async (n = 5) => {
    const dispatcher = t.running.app.get(WebhookDispatcher);
    const target = dispatcher.completedCycles + n;
    await until(`${n} more dispatcher cycles`, () => dispatcher.completedCycles >= target);
  };
  const countRows = async (table: 'webhooks' | 'webhook_deliveries'): Promise<number> => (await t.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
  const prefix = () => `test_${unique()}`;

  beforeAll(async () => {
    t = await startTestApp(WEBHOOK_ENV);
    coordinator = await t.key('coordinator');
  });
  afterAll(async () => {
    // A real server's database outlives the run: leave no active webhook behind.
    for (const id of registered) await t.api(ADMIN_KEY).delete(`/api/v1/webhooks/${id}`);
    await t.close();
    await Promise.all(receivers.map((r) => r.close()));
  });

  it('registers a webhook with a secret shown once, audited, and lists it without the secret', async () => {
    const r = await receiver(() => 200);
    const created = await t.api(ADMIN_KEY).post('/api/v1/webhooks').send({ url: r.url, eventTypes: ['hurtigspor.*', 'mentorship.completed'], description: 'Karrieresenter Vestland' });
    expect(created.status).toBe(201);
    registered.push(created.body.id);
    expect(created.body).toMatchObject({
      id: expect.any(String),
      url: r.url,
      eventTypes: ['hurtigspor.*', 'mentorship.completed'],
      description: 'Karrieresenter Vestland',
      active: true,
      deactivatedAt: null,
      secret: expect.stringMatching(/^whsec_[0-9a-f]{64}$/),
    });
    const other = await register({ url: 'https://mottak.example.no/kobling' });
    expect(other.eventTypes).toBeNull();
    expect(other.secret).not.toBe(created.body.secret);

    const one = await t.api(ADMIN_KEY).get(`/api/v1/webhooks/${created.body.id}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ id: created.body.id, active: true, deliveries: { pending: 0, delivered: 0, failed: 0, cancelled: 0 } });
    expect(one.body).not.toHaveProperty('secret');
    const list = await t.api(ADMIN_KEY).get('/api/v1/webhooks?limit=100');
    expect(list.status).toBe(200);
    expect(list.body.items.map((w: { id: string }) => w.id)).toEqual(expect.arrayContaining([created.body.id, other.id]));
    expect(JSON.stringify(list.body)).not.toContain(created.body.secret);

    const audit = await t.api(ADMIN_KEY).get(`/api/v1/audit?resourceId=${created.body.id}`);
    expect(audit.body.items).toEqual([expect.objectContaining({ action: 'webhook.create', resourceType: 'webhook', details: { eventTypes: ['hurtigspor.*', 'mentorship.completed'] } })]);
    expect((await t.api(ADMIN_KEY).delete(`/api/v1/webhooks/${other.id}`)).status).toBe(200);

    const docs = await t.api().get('/docs-json');
    expect(Object.keys(docs.body.paths)).toEqual(expect.arrayContaining(['/api/v1/webhooks', '/api/v1/webhooks/{id}', '/api/v1/webhooks/{id}/deliveries']));
  });

  it('retries a receiver that fails at first until it acknowledges, then never sends that event again', async () => {
    const p = prefix();
    const r = await receiver((_, nth) => (nth <= 2 ? 500 : 200));
    const before = await publish(`${p}.case.created`, { note: 'published before the webhook existed' });
    const webhook = await register({ url: r.url, eventTypes: [`${p}.*`] });
    // Encrypted at rest, yet the deliveries below verify with the secret shown at creation.
    const [{ secret: raw }] = await t.db.query(`SELECT secret FROM webhooks WHERE id = $1`, [webhook.id]);
    expect(raw).toMatch(/^v1:/);
    expect(raw).not.toContain(webhook.secret.slice(6, 22));
    const events = [
      await publish(`${p}.case.created`, { step: 1 }),
      await publish(`${p}.case.transitioned`, { step: 2, to: 'referred' }),
      await publish(`${p}.case.transitioned`, { step: 3, to: 'praksis' }),
    ];

    await until('every event is delivered', async () => (await deliveries(webhook.id, 'delivered')).total === 3);
    await moreCycles();

    for (const event of events) {
      expect(r.acknowledged(event.id)).toBe(1);
      const requests = r.of(event.id);
      expect(requests.map((q) => q.status)).toEqual([500, 500, 200]);
      expect(requests.map((q) => q.headers['x-kobling-delivery-attempt'])).toEqual(['1', '2', '3']);
      for (const request of requests) {
        expect(request.headers).toMatchObject({ 'content-type': 'application/json', 'x-kobling-event-id': event.id, 'x-kobling-event-type': event.type });
        expect(verify(webhook.secret, request)).toBe(true);
        expect(verify('whsec_another', request)).toBe(false);
        expect(JSON.parse(request.body)).toEqual({
          id: event.id,
          type: event.type,
          occurredAt: event.occurredAt.toISOString(),
          aggregate: { type: 'test_case', id: event.aggregateId },
          data: event.payload,
        });
      }
      // A body changed on the way no longer verifies.
      expect(verify(webhook.secret, { ...requests[2], body: requests[2].body.replace('"step"', '"steg"') })).toBe(false);
    }
    expect(r.of(before.id)).toHaveLength(0);
    expect(r.requests).toHaveLength(9);

    const list = await deliveries(webhook.id);
    expect(list.total).toBe(3);
    expect(list.items.map((d) => d.eventId)).toEqual(events.map((e) => e.id));
    for (const d of list.items) {
      expect(d).toMatchObject({ status: 'delivered', attempts: 3, lastStatusCode: 200, lastError: null, nextAttemptAt: null, deliveredAt: expect.any(String) });
    }
    const detail = await t.api(ADMIN_KEY).get(`/api/v1/webhooks/${webhook.id}`);
    expect(detail.body.deliveries).toEqual({ pending: 0, delivered: 3, failed: 0, cancelled: 0 });
  });

  it('sends only the event types a webhook asked for, exact or by prefix', async () => {
    const p = prefix();
    const r = await receiver(() => 204);
    const webhook = await register({ url: r.url, eventTypes: [`${p}.case.created`, `${p}.praksis.*`] });
    const wanted = [await publish(`${p}.case.created`), await publish(`${p}.praksis.started`), await publish(`${p}.praksis.lonnstilskudd.granted`)];
    const unwanted = [
      await publish(`${p}.case.created_again`),
      await publish(`${p}.case.transitioned`),
      await publish(`${p}.praksis`),
      await publish(`${p}.praksisx.started`),
      await publish(`other_${p}.case.created`),
    ];
    await until('the wanted events are delivered', () => wanted.every((e) => r.acknowledged(e.id) === 1));
    await moreCycles();
    expect(unwanted.flatMap((e) => r.of(e.id))).toEqual([]);
    expect((await deliveries(webhook.id)).items.map((d) => d.eventId)).toEqual(wanted.map((e) => e.id));
  });

  it('never delivers the event of a rolled-back transaction', async () => {
    const p = prefix();
    const r = await receiver(() => 200);
    const webhook = await register({ url: r.url, eventTypes: [`${p}.*`] });
    let rolledBack: PublishedEvent | undefined;
    await expect(
      t.db.transaction(async (manager) => {
        rolledBack = await publishIn(manager, `${p}.case.created`);
        throw new Error('the transition failed');
      }),
    ).rejects.toThrow('the transition failed');
    const committed = await publish(`${p}.case.created`);
    await until('the committed event is delivered', () => r.acknowledged(committed.id) === 1);
    await moreCycles();
    expect(r.of(rolledBack!.id)).toHaveLength(0);
    expect(r.requests).toHaveLength(1);
    expect((await deliveries(webhook.id)).total).toBe(1);
  });

  it('gives up after the maximum attempts, keeping the failure and why for the operator', async () => {
    const p = prefix();
    const refusing = await receiver(() => 503);
    const silent = await receiver(() => 'hang');
    const closed = await receiver(() => 200);
    await closed.close();
    const hooks = {
      refusing: await register({ url: refusing.url, eventTypes: [`${p}.*`] }),
      silent: await register({ url: silent.url, eventTypes: [`${p}.*`] }),
      closed: await register({ url: closed.url, eventTypes: [`${p}.*`] }),
    };
    const event = await publish(`${p}.case.stalled`);

    await until('all three deliveries have failed', async () => {
      const failed = await Promise.all(Object.values(hooks).map(async (w) => (await deliveries(w.id, 'failed')).total));
      return failed.every((n) => n === 1);
    });
    await moreCycles();

    const [refused] = (await deliveries(hooks.refusing.id)).items;
    expect(refused).toMatchObject({ eventId: event.id, status: 'failed', attempts: MAX_ATTEMPTS, lastStatusCode: 503, lastError: 'http_status', nextAttemptAt: null, deliveredAt: null });
    expect(refusing.of(event.id)).toHaveLength(MAX_ATTEMPTS);
    expect(refusing.of(event.id).map((q) => q.headers['x-kobling-delivery-attempt'])).toEqual(['1', '2', '3', '4']);

    const [timedOut] = (await deliveries(hooks.silent.id)).items;
    expect(timedOut).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, lastStatusCode: null, lastError: 'timeout' });
    expect(silent.of(event.id)).toHaveLength(MAX_ATTEMPTS);

    const [unreachable] = (await deliveries(hooks.closed.id)).items;
    expect(unreachable).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, lastStatusCode: null, lastError: 'connection_refused' });

    const detail = await t.api(ADMIN_KEY).get(`/api/v1/webhooks/${hooks.refusing.id}`);
    expect(detail.body.deliveries).toEqual({ pending: 0, delivered: 0, failed: 1, cancelled: 0 });
  });

  it('sends nothing more to a deactivated webhook', async () => {
    const p = prefix();
    const accepted = new Set<string>();
    const r = await receiver((eventId) => (accepted.has(eventId) ? 200 : 500));
    const webhook = await register({ url: r.url, eventTypes: [`${p}.*`] });
    const first = await t.db.transaction(async (manager) => {
      const event = await publishIn(manager, `${p}.case.created`);
      accepted.add(event.id);
      return event;
    });
    const retried = await publish(`${p}.case.transitioned`);
    await until('the first is delivered and the second tried', () => r.acknowledged(first.id) === 1 && r.of(retried.id).length >= 1);

    const deleted = await t.api(ADMIN_KEY).delete(`/api/v1/webhooks/${webhook.id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body).toMatchObject({ id: webhook.id, active: false, deactivatedAt: expect.any(String) });
    const sent = r.requests.length;
    const after = await publish(`${p}.case.closed`);
    await moreCycles(10);
    expect(r.requests).toHaveLength(sent);
    expect(r.of(after.id)).toHaveLength(0);

    const detail = await t.api(ADMIN_KEY).get(`/api/v1/webhooks/${webhook.id}`);
    expect(detail.body).toMatchObject({ active: false, deliveries: { delivered: 1, pending: 0, cancelled: 1, failed: 0 } });
    expect((await deliveries(webhook.id, 'cancelled')).items).toEqual([expect.objectContaining({ eventId: retried.id, nextAttemptAt: null })]);
    // Deleting again changes nothing and is audited once.
    expect((await t.api(ADMIN_KEY).delete(`/api/v1/webhooks/${webhook.id}`)).status).toBe(200);
    const audit = await t.api(ADMIN_KEY).get(`/api/v1/audit?resourceId=${webhook.id}&action=webhook.deactivate`);
    expect(audit.body.total).toBe(1);
  });

  it('sends again a delivery whose sender stopped mid-attempt once its lease has run out', async () => {
    const p = prefix();
    const r = await receiver(() => 200);
    const webhook = await register({ url: r.url, eventTypes: [`${p}.*`] });
    // A dispatcher claimed it (attempt 1, a 300 ms lease) in the publishing transaction, as if at once, and died.
    const event = await t.db.transaction(async (manager) => {
      const published = await publishIn(manager, `${p}.case.created`);
      await manager.query(
        `UPDATE webhook_deliveries SET attempts = 1, lease_token = $2, last_attempt_at = now(), next_attempt_at = clock_timestamp() + interval '300 milliseconds' WHERE event_id = $1`,
        [published.id, randomUUID()],
      );
      return published;
    });
    const claimedAt = Date.now();
    await until('it is delivered', () => r.acknowledged(event.id) === 1);
    expect(Date.now() - claimedAt).toBeGreaterThanOrEqual(250);
    expect(r.of(event.id).map((q) => q.headers['x-kobling-delivery-attempt'])).toEqual(['2']);
    // The receiver's 200 arrives before the dispatcher records it: wait for the record.
    await until('it is recorded as delivered', async () => (await deliveries(webhook.id, 'delivered')).total === 1);
    expect((await deliveries(webhook.id)).items[0]).toMatchObject({ status: 'delivered', attempts: 2 });

    // Its last attempt abandoned the same way, a delivery is failed, not left pending for ever.
    const abandoned = await t.db.transaction(async (manager) => {
      const published = await publishIn(manager, `${p}.case.closed`);
      await manager.query(
        `UPDATE webhook_deliveries SET attempts = $2, lease_token = $3, next_attempt_at = clock_timestamp() + interval '100 milliseconds' WHERE event_id = $1`,
        [published.id, MAX_ATTEMPTS, randomUUID()],
      );
      return published;
    });
    await until('it is failed', async () => (await deliveries(webhook.id, 'failed')).total === 1);
    expect((await deliveries(webhook.id, 'failed')).items[0]).toMatchObject({ eventId: abandoned.id, attempts: MAX_ATTEMPTS, lastError: expect.stringMatching(/never answered|stopped/) });
    expect(r.of(abandoned.id)).toHaveLength(0);
  });

  // The embedded database serves one connection, the one process that owns it: replicas need a real server.
  const onServer = process.env.KOBLING_TEST_DATABASE !== 'embedded';
  (onServer ? it : it.skip)('lets two dispatchers on one database share the work without sending a delivery twice', async () => {
    const p = prefix();
    const r = await receiver((_, nth) => (nth === 1 ? 500 : 200), 15);
    const webhook = await register({ url: r.url, eventTypes: [`${p}.*`] });
    const second = await startTestApp(WEBHOOK_ENV);
    try {
      const claimedBy = (app: TestApp) => {
        const ids: string[] = [];
        const repository = app.running.app.get(WebhooksRepository);
        const claim = repository.claimDue.bind(repository);
        jest.spyOn(repository, 'claimDue').mockImplementation(async (...args) => {
          const claimed = await claim(...args);
          ids.push(...claimed.map((d) => d.id));
          return claimed;
        });
        return ids;
      };
      const byFirst = claimedBy(t);
      const bySecond = claimedBy(second);
      const events: PublishedEvent[] = [];
      for (let i = 0; i < 30; i++) events.push(await publish(`${p}.case.created`, { i }));
      await until('every event is delivered', async () => (await deliveries(webhook.id, 'delivered')).total === events.length);
      await moreCycles();

      expect(r.overlaps).toBe(0);
      for (const event of events) {
        expect(r.acknowledged(event.id)).toBe(1);
        expect(r.of(event.id)).toHaveLength(2);
      }
      // Each delivery was claimed once per attempt, by one dispatcher or the other.
      expect([...byFirst, ...bySecond]).toHaveLength(2 * events.length);
      expect(byFirst.length).toBeGreaterThan(0);
      expect(bySecond.length).toBeGreaterThan(0);
    } finally {
      jest.restoreAllMocks();
      await second.close();
    }
  });

  it('keeps what was pending across a restart and delivers it after', async () => {
    const p = prefix();
    let up = false;
    const r = await receiver(() => (up ? 200 : 502));
    const webhook = await register({ url: r.url, eventTypes: [`${p}.*`] });
    const events = [await publish(`${p}.case.created`), await publish(`${p}.case.transitioned`)];
    await until('each event was tried', () => events.every((e) => r.of(e.id).length >= 1));
    await t.close();
    up = true;
    const whileDown = await publish_(`${p}.case.closed`);
    t = await startTestApp(WEBHOOK_ENV);
    await until('all are delivered after the restart', () => [...events, whileDown].every((e) => r.acknowledged(e.id) === 1));
    // The receiver's 200 arrives before the dispatcher records it: wait for the record, not only the answer.
    await until('all are recorded as delivered', async () => (await deliveries(webhook.id, 'delivered')).total === 3);

    /** Published while no server ran: straight into the database, as another replica would. */
    async function publish_(type: string): Promise<{ id: string }> {
      const other = await startTestApp();
      try {
        return await other.db.transaction((manager) => publishIn(manager, type, {}, other));
      } finally {
        await other.close();
      }
    }
  });

  it('is for admins only', async () => {
    const r = await receiver(() => 200);
    const webhook = await register({ url: r.url, eventTypes: [`${prefix()}.*`] });
    const before = await countRows('webhooks');
    const routes: ['get' | 'post' | 'delete', string][] = [
      ['post', '/api/v1/webhooks'],
      ['get', '/api/v1/webhooks'],
      ['get', `/api/v1/webhooks/${webhook.id}`],
      ['get', `/api/v1/webhooks/${webhook.id}/deliveries`],
      ['delete', `/api/v1/webhooks/${webhook.id}`],
    ];
    for (const [verb, url] of routes) {
      const anonymous = await t.api()[verb](url).send({ url: r.url });
      expect({ verb, url, status: anonymous.status }).toEqual({ verb, url, status: 401 });
      const forbidden = await t.api(coordinator)[verb](url).send({ url: r.url });
      expect({ verb, url, status: forbidden.status }).toEqual({ verb, url, status: 403 });
      expect(forbidden.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    expect(await countRows('webhooks')).toBe(before);
    expect((await t.api(ADMIN_KEY).get(`/api/v1/webhooks/${webhook.id}`)).body.active).toBe(true);
  });

  it('rejects bad input with a 400 problem, writing nothing, and unknown ids with a 404', async () => {
    const before = { webhooks: await countRows('webhooks'), deliveries: await countRows('webhook_deliveries') };
    const invalid: [unknown, string][] = [
      [{}, 'url'],
      [{ url: 'ftp://mottak.example.no/kobling' }, 'url'],
      [{ url: 'mottak.example.no/kobling' }, 'url'],
      [{ url: 'not a url' }, 'url'],
      [{ url: 'javascript:alert(1)' }, 'url'],
      [{ url: 42 }, 'url'],
      [{ url: `https://example.no/${'x'.repeat(2000)}` }, 'url'],
      [{ url: 'https://example.no', eventTypes: [] }, 'eventTypes'],
      [{ url: 'https://example.no', eventTypes: 'hurtigspor.*' }, 'eventTypes'],
      [{ url: 'https://example.no', eventTypes: ['Hurtigspor Case'] }, 'eventTypes'],
      [{ url: 'https://example.no', eventTypes: ['*'] }, 'eventTypes'],
      [{ url: 'https://example.no', eventTypes: ['hurtigspor.*.created'] }, 'eventTypes'],
      [{ url: 'https://example.no', eventTypes: ['a.b', 'a.b'] }, 'eventTypes'],
      [{ url: 'https://example.no', eventTypes: [7] }, 'eventTypes'],
      [{ url: 'https://example.no', description: '' }, 'description'],
      [{ url: 'https://example.no', description: 'x'.repeat(501) }, 'description'],
      [{ url: 'https://example.no', secret: 'mine' }, 'secret'],
    ];
    for (const [body, field] of invalid) {
      const res = await t.api(ADMIN_KEY).post('/api/v1/webhooks').send(body as object);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.type).toBe('urn:kobling:problem:validation');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const notJson = await t.api(ADMIN_KEY).post('/api/v1/webhooks').set('Content-Type', 'application/json').send('{"url": ');
    expect(notJson.status).toBe(400);
    expect(await countRows('webhooks')).toBe(before.webhooks);
    expect(await countRows('webhook_deliveries')).toBe(before.deliveries);

    const missing = '00000000-0000-4000-8000-000000000000';
    for (const url of [`/api/v1/webhooks/${missing}`, `/api/v1/webhooks/${missing}/deliveries`, '/api/v1/webhooks/not-an-id']) {
      const res = await t.api(ADMIN_KEY).get(url);
      expect({ url, status: res.status }).toEqual({ url, status: 404 });
      expect(res.body.type).toBe('urn:kobling:problem:not-found');
    }
    expect((await t.api(ADMIN_KEY).delete(`/api/v1/webhooks/${missing}`)).status).toBe(404);
    const r = await receiver(() => 200);
    const webhook = await register({ url: r.url, eventTypes: [`${prefix()}.*`] });
    expect((await t.api(ADMIN_KEY).get(`/api/v1/webhooks/${webhook.id}/deliveries?status=lost`)).status).toBe(400);
    expect((await t.api(ADMIN_KEY).get(`/api/v1/webhooks?limit=0`)).status).toBe(400);
  });
});
