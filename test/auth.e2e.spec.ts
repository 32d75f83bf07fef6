import { ADMIN_KEY, startTestApp, TestApp, unique } from './support/test-app';

describe('API keys, roles and organisations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('rejects a request without a key, with a malformed header or an unknown key: 401 problem+json', async () => {
    for (const header of [undefined, 'Basic abc', 'Bearer kob_not-a-real-key']) {
      const req = t.api().get('/api/v1/candidates');
      if (header) req.set('Authorization', header);
      const res = await req;
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ type: 'urn:kobling:problem:unauthenticated', status: 401, title: 'Ikke innlogget', code: expect.stringMatching(/^api_key_(missing|unknown)$/) });
    }
  });

  it('lets /health and the docs through without a key', async () => {
    const health = await t.api().get('/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'ok', migrations: { pending: 0 } });
    expect(health.body.database).toBe(process.env.KOBLING_TEST_DATABASE === 'embedded' ? 'embedded' : 'postgres');
    const docs = await t.api().get('/docs-json');
    expect(docs.status).toBe(200);
    expect(Object.keys(docs.body.paths)).toEqual(expect.arrayContaining(['/api/v1/candidates', '/api/v1/openings/{id}']));
    expect((await t.api().get('/docs')).status).toBe(200);
  });

  it('creates a key that is shown once, stored only as a hash, works, and stops working when revoked', async () => {
    const res = await t.api(ADMIN_KEY).post('/api/v1/api-keys').send({ role: 'coordinator', organisationId: await t.organisation('municipality'), label: 'Flyktningtjenesten' });
    expect(res.status).toBe(201);
    const { key, id } = res.body;
    expect(key).toMatch(/^kob_/);
    const [row] = await t.db.query('SELECT key_hash, key_prefix FROM api_keys WHERE id = $1', [id]);
    expect(row.key_hash).not.toContain(key);
    expect(row.key_hash).toMatch(/^[0-9a-f]{64}$/);

    const listed = await t.api(ADMIN_KEY).get('/api/v1/api-keys');
    const shown = listed.body.find((k: { id: string }) => k.id === id);
    expect(shown).toMatchObject({ role: 'coordinator', label: 'Flyktningtjenesten', revokedAt: null });
    expect(shown.key).toBeUndefined();

    expect((await t.api(key).get('/api/v1/candidates')).status).toBe(200);
    const revoked = await t.api(ADMIN_KEY).delete(`/api/v1/api-keys/${id}`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    expect((await t.api(key).get('/api/v1/candidates')).status).toBe(401);
  });

  it('accepts ADMIN_API_KEY as an admin key', async () => {
    expect((await t.api(ADMIN_KEY).get('/api/v1/audit')).status).toBe(200);
  });

  it('ties employer and career_centre keys to an organisation of the matching kind', async () => {
    const employer = await t.organisation('employer');
    const centre = await t.organisation('career_centre');
    const cases: [Record<string, unknown>, string][] = [
      [{ role: 'employer', label: 'x' }, 'organisationId'],
      [{ role: 'career_centre', organisationId: employer, label: 'x' }, 'organisationId'],
      [{ role: 'employer', organisationId: '00000000-0000-4000-8000-000000000000', label: 'x' }, 'organisationId'],
      [{ role: 'admin', organisationId: employer, label: 'x' }, 'organisationId'],
      [{ role: 'superuser', label: 'x' }, 'role'],
      [{ role: 'employer', organisationId: 'not-a-uuid', label: 'x' }, 'organisationId'],
      [{ role: 'coordinator' }, 'label'],
      [{ role: 'coordinator', label: 'x', scopes: ['all'] }, 'scopes'],
    ];
    for (const [body, field] of cases) {
      const res = await t.api(ADMIN_KEY).post('/api/v1/api-keys').send(body);
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const ok = await t.api(ADMIN_KEY).post('/api/v1/api-keys').send({ role: 'career_centre', organisationId: centre, label: 'Veileder' });
    expect(ok.status).toBe(201);
    expect(ok.body.organisationId).toBe(centre);
  });

  it('keeps key and organisation management to admins: 403 for every other role', async () => {
    const employerOrg = await t.organisation('employer');
    const keys = {
      coordinator: await t.key('coordinator'),
      employer: await t.key('employer', employerOrg),
      career_centre: await t.key('career_centre', await t.organisation('career_centre')),
    };
    for (const key of Object.values(keys)) {
      expect((await t.api(key).post('/api/v1/api-keys').send({ role: 'admin', label: 'escalate' })).status).toBe(403);
      expect((await t.api(key).get('/api/v1/api-keys')).status).toBe(403);
      expect((await t.api(key).post('/api/v1/organisations').send({ kind: 'employer', name: 'X', municipalityCode: '0301' })).status).toBe(403);
      expect((await t.api(key).get('/api/v1/audit')).status).toBe(403);
    }
    // An organisation's own key may read its organisation, and no other.
    expect((await t.api(keys.employer).get(`/api/v1/organisations/${employerOrg}`)).status).toBe(200);
    const other = await t.organisation('employer');
    expect((await t.api(keys.employer).get(`/api/v1/organisations/${other}`)).status).toBe(404);
  });

  it('validates organisations: kind, name, a kommunenummer that exists', async () => {
    const bad = [
      [{ kind: 'ngo', name: 'X', municipalityCode: '0301' }, 'kind'],
      [{ kind: 'employer', name: '', municipalityCode: '0301' }, 'name'],
      [{ kind: 'employer', name: 'X', municipalityCode: '301' }, 'municipalityCode'],
      [{ kind: 'employer', name: 'X', municipalityCode: '0101' }, 'municipalityCode'], // Halden's number before 2020
      [{ kind: 'employer', name: 'X', municipalityCode: '0301', extra: true }, 'extra'],
    ] as const;
    const before = await t.db.query('SELECT count(*)::int AS n FROM organisations');
    for (const [body, field] of bad) {
      const res = await t.api(ADMIN_KEY).post('/api/v1/organisations').send(body);
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const after = await t.db.query('SELECT count(*)::int AS n FROM organisations');
    expect(after[0].n).toBe(before[0].n);

    const name = `Ulstein Verft ${unique()}`;
    const created = await t.api(ADMIN_KEY).post('/api/v1/organisations').send({ kind: 'employer', name, municipalityCode: '1516' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ kind: 'employer', name, municipalityCode: '1516' });
    const audit = await t.api(ADMIN_KEY).get(`/api/v1/audit?resourceId=${created.body.id}`);
    expect(audit.body.items).toEqual([expect.objectContaining({ action: 'organisation.create', actor: expect.objectContaining({ role: 'admin' }) })]);
  });
});

// A separate app, started after the one above is closed: the embedded database serves one connection.
describe('without ADMIN_API_KEY', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ADMIN_API_KEY: '' });
  });
  afterAll(() => t.close());

  it('has no bootstrap admin key', async () => {
    expect((await t.api(ADMIN_KEY).get('/api/v1/audit')).status).toBe(401);
  });
});
