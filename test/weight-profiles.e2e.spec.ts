import { EmbeddingQueue } from '../src/embeddings/embedding-queue';
import { FEATURES, MATCH_TYPES } from '../src/scoring/scoring';
import { aCandidate, aMentor } from './support/builders';
import { ADMIN_KEY, startTestApp, TestApp } from './support/test-app';

interface Profile {
  id: string;
  matchType: string;
  version: number;
  status: string;
  rawWeights: Record<string, number>;
  weights: Record<string, number>;
}

describe('weight profiles: versions and activation', () => {
  let t: TestApp;
  let admin2: string;
  let coordinator: string;
  const originallyActive = new Map<string, string>();
  const idle = () => t.running.app.get(EmbeddingQueue).whenIdle();

  const create = (body: Record<string, unknown>, key = ADMIN_KEY) => t.api(key).post('/api/v1/weight-profiles').send(body);
  const activate = (id: string, key = ADMIN_KEY) => t.api(key).post(`/api/v1/weight-profiles/${id}/activate`);
  const active = async (matchType: string): Promise<Profile[]> =>
    (await t.api(ADMIN_KEY).get(`/api/v1/weight-profiles?matchType=${matchType}&limit=100`)).body.items.filter((p: Profile) => p.status === 'active');
  const count = async (table: string): Promise<number> => (await t.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  beforeAll(async () => {
    t = await startTestApp();
    admin2 = await t.key('admin');
    coordinator = await t.key('coordinator');
    for (const type of MATCH_TYPES) originallyActive.set(type, (await active(type))[0].id);
  });
  // The suites share one database: leave the versions that were active as they were.
  afterAll(async () => {
    for (const id of originallyActive.values()) await activate(id);
    await t.close();
  });

  it('lists the versions of a match type, each with raw and normalised weights over exactly its features; any role may read them', async () => {
    for (const type of MATCH_TYPES) {
      const res = await t.api(coordinator).get(`/api/v1/weight-profiles?matchType=${type}`);
      expect(res.status).toBe(200);
      expect(res.body.items.every((p: Profile) => p.matchType === type)).toBe(true);
      const v1 = res.body.items.find((p: Profile) => p.version === 1) ?? (await t.db.query(`SELECT id FROM weight_profiles WHERE match_type = $1 AND version = 1`, [type]))[0];
      const one = (await t.api(coordinator).get(`/api/v1/weight-profiles/${v1.id}`)).body;
      expect(Object.keys(one.weights)).toEqual([...FEATURES[type]]);
      expect(Object.values(one.weights as Record<string, number>).reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
    }
    expect((await t.api(coordinator).get('/api/v1/weight-profiles?matchType=cohort')).status).toBe(400);
    expect((await t.api(coordinator).get('/api/v1/weight-profiles/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('creates a draft version numbered after the last, shown as given and normalised over every feature, and audited', async () => {
    const before = (await t.db.query(`SELECT max(version)::int AS v FROM weight_profiles WHERE match_type = 'job'`))[0].v;
    const res = await create({ matchType: 'job', weights: { distance: 3, occupation: 1 }, note: 'Nærhet først' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ matchType: 'job', version: before + 1, status: 'draft', note: 'Nærhet først', rawWeights: { distance: 3, occupation: 1 }, activatedAt: null });
    expect(Object.keys(res.body.weights)).toEqual([...FEATURES.job]);
    expect(res.body.weights).toMatchObject({ distance: 0.75, occupation: 0.25, semantic: 0, skills_must: 0, terms: 0 });
    expect((await active('job'))[0].id).toBe(originallyActive.get('job'));

    const audit = await t.api(ADMIN_KEY).get(`/api/v1/audit?resourceId=${res.body.id}`);
    expect(audit.body.items[0]).toMatchObject({
      action: 'weight_profile.create',
      actor: { role: 'admin' },
      details: { matchType: 'job', version: before + 1, rawWeights: { distance: 3, occupation: 1 } },
    });
  });

  it('rejects unknown features, negative or non-numeric weights, all zeros and a wrong match type with a 400, writing nothing', async () => {
    const profiles = await count('weight_profiles');
    const audits = await count('audit_log');
    const cases: [unknown, string][] = [
      [{ matchType: 'job', weights: { distance: 1, charisma: 2 } }, 'weights.charisma'],
      [{ matchType: 'job', weights: { employer_record: 1 } }, 'weights.employer_record'], // a praksis feature, not a job one
      [{ matchType: 'job', weights: { distance: -0.1 } }, 'weights.distance'],
      [{ matchType: 'job', weights: { distance: '1' } }, 'weights.distance'],
      [{ matchType: 'job', weights: { distance: null } }, 'weights.distance'],
      [{ matchType: 'job', weights: { distance: 2e6 } }, 'weights.distance'],
      [{ matchType: 'job', weights: { distance: 0, occupation: 0 } }, 'weights'],
      [{ matchType: 'job', weights: {} }, 'weights'],
      [{ matchType: 'job', weights: [1, 2] }, 'weights'],
      [{ matchType: 'job' }, 'weights'],
      [{ matchType: 'cohort', weights: { distance: 1 } }, 'matchType'],
      [{ weights: { distance: 1 } }, 'matchType'],
      [{ matchType: 'job', weights: { distance: 1 }, note: 'x'.repeat(1001) }, 'note'],
      [{ matchType: 'job', weights: { distance: 1 }, status: 'active' }, 'status'],
    ];
    for (const [body, field] of cases) {
      const res = await create(body as Record<string, unknown>);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    // JSON has no Infinity, but a number too large for a double parses as one.
    const infinite = await t
      .api(ADMIN_KEY)
      .post('/api/v1/weight-profiles')
      .set('Content-Type', 'application/json')
      .send('{"matchType":"job","weights":{"distance":1e999}}');
    expect(infinite.status).toBe(400);
    expect(infinite.body.errors[0].field).toBe('weights.distance');

    expect((await create({ matchType: 'job', weights: { distance: 1 } }, coordinator)).status).toBe(403);
    expect(await count('weight_profiles')).toBe(profiles);
    expect(await count('audit_log')).toBe(audits);
  });

  it('numbers versions created at the same moment without gaps or collisions', async () => {
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => create({ matchType: 'praksis', weights: { semantic: i + 1, distance: 1 } }, i % 2 ? admin2 : ADMIN_KEY)));
    expect(results.map((r) => r.status)).toEqual(Array(6).fill(201));
    const versions = results.map((r) => r.body.version as number).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: 6 }, (_, i) => versions[0] + i));
  });

  it('activates a version, rolls back by activating the older one, audits each change with its weight diff, and keeps old rankings reproducible', async () => {
    const coordinatorCandidate = (await t.api(coordinator).post('/api/v1/candidates').send(aCandidate({ municipalityCode: '1515', preferences: { mentorGender: 'any' } }))).body;
    await t.api(coordinator).post('/api/v1/mentors').send(aMentor({ municipalityCode: '1515' }));
    await idle();
    const matches = () => t.api(coordinator).get(`/api/v1/candidates/${coordinatorCandidate.id}/mentor-matches?limit=3`);
    const old = (await active('mentor'))[0];
    const beforeChange = await matches();
    expect(beforeChange.body.weightProfile).toEqual({ id: old.id, version: old.version });

    const draft = (await create({ matchType: 'mentor', weights: { shared_interests: 1, distance: 1 }, note: 'Interesser og nærhet' })).body;
    const activated = await activate(draft.id);
    expect(activated.status).toBe(200);
    expect(activated.body).toMatchObject({
      profile: { id: draft.id, status: 'active', activatedAt: expect.any(String) },
      previous: { id: old.id, version: old.version },
      changed: true,
      rollback: false,
    });
    expect(activated.body.diff.distance).toEqual({ from: old.weights.distance, to: 0.5 });
    expect(activated.body.diff.language).toEqual({ from: old.weights.language, to: 0 });
    expect(activated.body.diff.shared_interests).toEqual({ from: old.weights.shared_interests, to: 0.5 });
    expect((await active('mentor')).map((p) => p.id)).toEqual([draft.id]);
    expect((await t.api(ADMIN_KEY).get(`/api/v1/weight-profiles/${old.id}`)).body.status).toBe('retired');

    // Rankings use the new version from now on; one made before still shows and reproduces the old one.
    const afterChange = await matches();
    expect(afterChange.body.weightProfile).toEqual({ id: draft.id, version: draft.version });
    const recorded = await t.api(coordinator).get(`/api/v1/rankings/${beforeChange.body.id}`);
    expect(recorded.body).toMatchObject({ weightProfile: { id: old.id, version: old.version, weights: old.weights }, reproduced: true });

    const audit = (await t.api(ADMIN_KEY).get(`/api/v1/audit?resourceId=${draft.id}&action=weight_profile.activate`)).body.items[0];
    expect(audit).toMatchObject({
      actor: { role: 'admin' },
      at: expect.any(String),
      details: { matchType: 'mentor', from: { id: old.id, version: old.version }, to: { id: draft.id, version: draft.version }, rollback: false },
    });
    expect(audit.details.diff).toEqual(activated.body.diff);

    // Activating the active version again changes nothing and audits nothing.
    const audits = await count('audit_log');
    const again = await activate(draft.id);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ changed: false, diff: {}, previous: { id: draft.id } });
    expect(await count('audit_log')).toBe(audits);

    // Rollback: activate the older version.
    const rollback = await activate(old.id, admin2);
    expect(rollback.body).toMatchObject({ profile: { id: old.id, status: 'active' }, previous: { id: draft.id }, changed: true, rollback: true });
    expect(rollback.body.diff.distance).toEqual({ from: 0.5, to: old.weights.distance });
    expect((await active('mentor')).map((p) => p.id)).toEqual([old.id]);
    expect((await t.api(ADMIN_KEY).get(`/api/v1/weight-profiles/${draft.id}`)).body.status).toBe('retired');
    const rollbackAudit = (await t.api(ADMIN_KEY).get(`/api/v1/audit?resourceId=${old.id}&action=weight_profile.activate`)).body.items[0];
    expect(rollbackAudit).toMatchObject({ details: { rollback: true, from: { id: draft.id }, to: { id: old.id } } });
    expect(rollbackAudit.actor.keyId).toEqual(expect.any(String));
    expect((await matches()).body.weightProfile.id).toBe(old.id);
  });

  it('leaves exactly one active version, the one the audit log names last, when two admins activate different versions at the same moment', async () => {
    for (let round = 0; round < 5; round++) {
      const before = (await active('mentor'))[0];
      const a = (await create({ matchType: 'mentor', weights: { profession: 1, language: round + 1 } })).body;
      const b = (await create({ matchType: 'mentor', weights: { capacity: 1, distance: round + 1 } })).body;
      const [ra, rb] = await Promise.all([activate(a.id, ADMIN_KEY), activate(b.id, admin2)]);
      expect([ra.status, rb.status]).toEqual([200, 200]);

      const [row] = await t.db.query(`SELECT count(*)::int AS n, min(id::text) AS id FROM weight_profiles WHERE match_type = 'mentor' AND status = 'active'`);
      expect(row.n).toBe(1);
      expect([a.id, b.id]).toContain(row.id);
      // The two changes form a chain: the first replaced the old version, the second replaced the first.
      const [first, second] = row.id === b.id ? [ra, rb] : [rb, ra];
      expect(first.body.previous.id).toBe(before.id);
      expect(second.body.previous.id).toBe(first.body.profile.id);
      expect(second.body.profile.id).toBe(row.id);

      const [last] = (await t.api(ADMIN_KEY).get('/api/v1/audit?action=weight_profile.activate&limit=1')).body.items;
      expect(last.details.to.id).toBe(row.id);
      expect(last.details.from.id).toBe(first.body.profile.id);
      const ordered = await t.db.query(`SELECT details->'to'->>'id' AS target FROM audit_log WHERE action = 'weight_profile.activate' ORDER BY id DESC LIMIT 2`);
      expect(ordered.map((r: { target: string }) => r.target)).toEqual([row.id, first.body.profile.id]);
    }
  });

  it('lets only admins activate, and answers 404 for an unknown version', async () => {
    const draft = (await create({ matchType: 'shortlist', weights: { semantic: 1 } })).body;
    expect((await activate(draft.id, coordinator)).status).toBe(403);
    expect((await activate('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await activate('nope')).status).toBe(404);
    expect((await t.api(ADMIN_KEY).get(`/api/v1/weight-profiles/${draft.id}`)).body.status).toBe('draft');
  });

  it('documents the new routes in OpenAPI', async () => {
    const docs = await t.api().get('/docs-json');
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/weight-profiles',
        '/api/v1/weight-profiles/suggestion',
        '/api/v1/weight-profiles/{id}',
        '/api/v1/weight-profiles/{id}/preview',
        '/api/v1/weight-profiles/{id}/activate',
        '/api/v1/weight-profiles/{id}/evaluate',
        '/api/v1/rankings/{id}',
        '/api/v1/outcomes',
      ]),
    );
  });
});
