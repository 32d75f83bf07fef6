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
});
