import request from 'supertest';
import { aCandidate } from './support/builders';
import { ADMIN_KEY, startTestApp, TestApp } from './support/test-app';

/** Guessing keys and hammering rankings: 429 with Retry-After, in the reader's language, nothing written. */
describe('rate limits', () => {
  const wrongKey = (i: number) => `kob_${String(i).padStart(8, 'x')}wrongwrongwrongwrongwrong`;

  describe('failed authentication per address', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ RATE_LIMIT_AUTH_FAILURES: '20', RATE_LIMIT_AUTH_FAILURES_PER_KEY: '0', TRUST_PROXY: 'true' });
    });
    afterAll(() => t.close());

    const from = (address: string, key: string) => request(t.http).get('/api/v1/mentors').set('X-Forwarded-For', address).set('Authorization', `Bearer ${key}`);

    it('answers 401 to 20 racing wrong keys from one address, then 429 to everything from there, a right key too', async () => {
      const coordinator = await t.key('coordinator');
      const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => from('203.0.113.7', wrongKey(i))));
      const statuses = answers.map((r) => r.status);
      expect(statuses.filter((s) => s === 401)).toHaveLength(20);
      expect(statuses.filter((s) => s === 429)).toHaveLength(10);

      const blocked = await from('203.0.113.7', coordinator);
      expect(blocked.status).toBe(429);
      expect(blocked.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(blocked.body).toMatchObject({ code: 'auth_failures_blocked', status: 429 });
      const retryAfter = Number(blocked.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(800);
      expect(retryAfter).toBeLessThanOrEqual(900);
      expect(blocked.body.detail).toBe(`For mange mislykkede forsøk på å logge inn fra denne adressen eller med denne nøkkelen. Prøv igjen om ${retryAfter} sekunder.`);
      const english = await from('203.0.113.7', coordinator).set('Accept-Language', 'en');
      expect(english.body.detail).toMatch(/^Too many failed attempts/);

      // Another address is not held back, and the right key works from there.
      expect((await from('198.51.100.2', coordinator)).status).toBe(200);
      expect((await from('198.51.100.2', wrongKey(99))).status).toBe(401);
    });
  });

  describe('failed authentication per key prefix', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ RATE_LIMIT_AUTH_FAILURES: '0', RATE_LIMIT_AUTH_FAILURES_PER_KEY: '3', TRUST_PROXY: 'true' });
    });
    afterAll(() => t.close());

    it('stops guessing one key from many addresses after 3 failures, and leaves other keys alone', async () => {
      const target = await t.key('coordinator');
      const other = await t.key('coordinator');
      const guess = (i: number) =>
        request(t.http).get('/api/v1/mentors').set('X-Forwarded-For', `192.0.2.${i}`).set('Authorization', `Bearer ${target.slice(0, 12)}guess${i}`);
      const statuses: number[] = [];
      for (let i = 1; i <= 5; i++) statuses.push((await guess(i)).status);
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      expect((await t.api(target).get('/api/v1/mentors')).status).toBe(429);
      expect((await t.api(other).get('/api/v1/mentors')).status).toBe(200);
    });
  });

  describe('rankings per user or key', () => {
    let t: TestApp;
    let coordinator: string;
    let kommune: string;
    let candidateId: string;
    beforeAll(async () => {
      t = await startTestApp({ RATE_LIMIT_RANKINGS_PER_MINUTE: '3' });
      kommune = await t.organisation('municipality');
      coordinator = await t.key('coordinator', kommune);
      candidateId = (await t.api(coordinator).post('/api/v1/candidates').send(aCandidate())).body.id;
    });
    afterAll(() => t.close());

    const rankings = async (): Promise<number> => (await t.db.query(`SELECT count(*)::int AS n FROM rankings`))[0].n;

    it('lets a key rank 3 times a minute, then answers 429 with Retry-After and records no ranking; other keys and other routes go on', async () => {
      const rank = (key: string) => t.api(key).get(`/api/v1/candidates/${candidateId}/mentor-matches?limit=5`);
      const answers = await Promise.all([1, 2, 3, 4, 5].map(() => rank(coordinator)));
      expect(answers.map((r) => r.status).sort()).toEqual([200, 200, 200, 429, 429]);
      const before = await rankings();
      const limited = await rank(coordinator);
      expect(limited.status).toBe(429);
      expect(limited.body).toMatchObject({ code: 'rate_limited', status: 429 });
      expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
      expect(await rankings()).toBe(before);

      // Not expensive: reading is not limited. Another key has its own minute.
      expect((await t.api(coordinator).get(`/api/v1/candidates/${candidateId}`)).status).toBe(200);
      expect((await rank(await t.key('coordinator', kommune))).status).toBe(200);
      expect((await rank(ADMIN_KEY)).status).toBe(200);
    });
  });
});
