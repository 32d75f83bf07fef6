import { aCandidate, anOpening } from './support/builders';
import { ADMIN_KEY, startTestApp, TestApp } from './support/test-app';

describe('HTTP conventions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers an unknown route with a 404 problem', async () => {
    const res = await t.api(ADMIN_KEY).get('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ type: 'urn:kobling:problem:not-found', status: 404 });
  });

  it('answers an oversized body with 413, not a 500', async () => {
    const res = await t
      .api(ADMIN_KEY)
      .post('/api/v1/organisations')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ kind: 'employer', name: 'x'.repeat(2_000_000), municipalityCode: '0301' }));
    expect(res.status).toBe(413);
    expect(res.body.type).toBe('urn:kobling:problem:payload-too-large');
  });

  it('answers a body in another media type with a 4xx problem', async () => {
    const res = await t.api(ADMIN_KEY).post('/api/v1/organisations').set('Content-Type', 'text/plain').send('kind=employer');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('answers JSON nested thousands of levels deep with a 400 on any route, not a stack overflow', async () => {
    const nest = (levels: number, wrap: (inner: unknown) => unknown): unknown => {
      let value: unknown = 'x';
      for (let i = 0; i < levels; i++) value = wrap(value);
      return value;
    };
    const arrays = nest(1500, (inner) => [inner]);
    const objects = nest(3000, (inner) => ({ a: inner }));
    for (const url of ['/api/v1/organisations', '/api/v1/candidates', '/api/v1/webhooks']) {
      for (const body of [{ name: arrays }, { preferences: objects }, { unknownField: objects }]) {
        const res = await t.api(ADMIN_KEY).post(url).set('Content-Type', 'application/json').send(JSON.stringify(body));
        expect({ url, status: res.status }).toEqual({ url, status: 400 });
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
    }
  });

  it('refuses a lone UTF-16 surrogate in any text with a 400 naming the field, writing nothing', async () => {
    const organisationId = await t.organisation('employer');
    const coordinator = await t.key('coordinator');
    const employer = await t.key('employer', organisationId);
    const marker = `Surrogat ${Math.random().toString(36).slice(2)}`;
    const bodies: [string, string, Record<string, unknown>, string][] = [
      [coordinator, '/api/v1/candidates', { ...aCandidate({ fullName: marker }), skills: [{ label: 'sveis\ud800', evidence: 'mapped' }] }, 'skills.0.label'],
      [coordinator, '/api/v1/candidates', { ...aCandidate({ fullName: marker }), experience: [{ title: '\udc00Sveiser', years: 2 }] }, 'experience.0.title'],
      [employer, '/api/v1/openings', { ...anOpening({ organisationId, title: marker }), requiredSkills: [{ label: '\ud83d', mustHave: true }] }, 'requiredSkills.0.label'],
    ];
    for (const [key, url, body, field] of bodies) {
      const res = await t.api(key).post(url).set('Content-Type', 'application/json').send(JSON.stringify(body));
      expect({ url, field, status: res.status }).toEqual({ url, field, status: 400 });
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    }
    const [{ written }] = await t.db.query(
      `SELECT (SELECT count(*) FROM candidates WHERE full_name = $1) + (SELECT count(*) FROM openings WHERE title = $1) AS written`,
      [marker],
    );
    expect(Number(written)).toBe(0);
  });
});

