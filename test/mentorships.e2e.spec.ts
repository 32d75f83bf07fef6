import { aCandidate, aMentor } from './support/builders';
import { ADMIN_KEY, startTestApp, TestApp } from './support/test-app';

describe('mentorships', () => {
  let t: TestApp;
  let coordinator: string;
  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.key('coordinator');
  });
  afterAll(() => t.close());

  const candidate = async (overrides: Record<string, unknown> = {}) =>
    (await t.api(coordinator).post('/api/v1/candidates').send(aCandidate(overrides))).body.id as string;
  const mentor = async (overrides: Record<string, unknown> = {}) =>
    (await t.api(coordinator).post('/api/v1/mentors').send(aMentor(overrides))).body.id as string;
  const propose = (candidateId: string, mentorId: string) => t.api(coordinator).post('/api/v1/mentorships').send({ candidateId, mentorId });
  const openCount = async (mentorId: string) =>
    (await t.db.query(`SELECT count(*)::int AS n FROM mentorships WHERE mentor_id = $1 AND status IN ('proposed', 'active')`, [mentorId]))[0].n;

  it('lets exactly 2 of 20 concurrent proposals take a mentor with capacity 2; the others get 409', async () => {
    const mentorId = await mentor({ capacity: 2 });
    const candidates = await Promise.all(Array.from({ length: 20 }, () => candidate()));
    const results = await Promise.all(candidates.map((c) => propose(c, mentorId)));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(2);
    expect(statuses.filter((s) => s === 409)).toHaveLength(18);
    expect(results.find((r) => r.status === 409)!.body).toMatchObject({ code: 'capacity_full', detail: 'Mentoren har ingen ledige plasser.' });
    expect(await openCount(mentorId)).toBe(2);
  });

  it('walks proposed → active → completed, records the outcome, and frees the place', async () => {
    const mentorId = await mentor({ capacity: 1 });
    const candidateId = await candidate();
    const created = await propose(candidateId, mentorId);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ candidateId, mentorId, status: 'proposed', version: 1 });
    const id = created.body.id;
    expect((await propose(await candidate(), mentorId)).status).toBe(409);

    const active = await t.api(coordinator).patch(`/api/v1/mentorships/${id}`).send({ status: 'active', version: 1 });
    expect(active.body).toMatchObject({ status: 'active', version: 2 });
    const done = await t.api(coordinator).patch(`/api/v1/mentorships/${id}`).send({ status: 'completed', version: 2 });
    expect(done.body).toMatchObject({ status: 'completed', version: 3 });
    expect(await openCount(mentorId)).toBe(0);
    expect((await propose(await candidate(), mentorId)).status).toBe(201);

    const [outcome] = await t.db.query(`SELECT type FROM outcomes WHERE candidate_id = $1 AND mentor_id = $2`, [candidateId, mentorId]);
    expect(outcome.type).toBe('mentorship_completed');
    const audit = await t.api(ADMIN_KEY).get(`/api/v1/audit?resourceId=${id}`);
    expect(audit.body.items.map((e: { action: string }) => e.action).reverse()).toEqual(['mentorship.create', 'mentorship.update', 'mentorship.update']);
  });

  it('refuses a forbidden transition, a stale version and an ending without a reason, leaving the state unchanged', async () => {
    const id = (await propose(await candidate(), await mentor())).body.id;
    const tries: [Record<string, unknown>, number][] = [
      [{ status: 'completed', version: 1 }, 409], // proposed cannot complete
      [{ status: 'active', version: 7 }, 409], // stale
      [{ status: 'active' }, 409], // names no version
      [{ status: 'ended' }, 400], // needs a reason
      [{ status: 'proposed' }, 400],
      [{ status: 'active', extra: 1 }, 400],
    ];
    for (const [body, status] of tries) expect((await t.api(coordinator).patch(`/api/v1/mentorships/${id}`).send(body)).status).toBe(status);
    expect((await t.api(coordinator).get(`/api/v1/mentorships/${id}`)).body).toMatchObject({ status: 'proposed', version: 1 });

    const ended = await t.api(coordinator).patch(`/api/v1/mentorships/${id}`).set('If-Match', '"1"').send({ status: 'ended', endReason: 'Kandidaten flyttet til Bergen' });
    expect(ended.body).toMatchObject({ status: 'ended', endReason: 'Kandidaten flyttet til Bergen' });
    expect((await t.api(coordinator).patch(`/api/v1/mentorships/${id}`).send({ status: 'active', version: 2 })).status).toBe(409);
  });

  it('lets one of two concurrent transitions win', async () => {
    const id = (await propose(await candidate(), await mentor())).body.id;
    await t.api(coordinator).patch(`/api/v1/mentorships/${id}`).send({ status: 'active', version: 1 });
    const [a, b] = await Promise.all([
      t.api(coordinator).patch(`/api/v1/mentorships/${id}`).send({ status: 'completed', version: 2 }),
      t.api(coordinator).patch(`/api/v1/mentorships/${id}`).send({ status: 'ended', endReason: 'Flyttet', version: 2 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const final = (await t.api(coordinator).get(`/api/v1/mentorships/${id}`)).body;
    expect(final.version).toBe(3);
    expect(final.status).toBe(a.status === 200 ? 'completed' : 'ended');
  });

  it('applies the hard rules to a proposal', async () => {
    expect((await propose(await candidate({ consent: { matching: false, shareWithEmployers: false } }), await mentor())).status).toBe(409);
    expect((await propose(await candidate(), await mentor({ active: false }))).status).toBe(409);
    expect((await propose(await candidate({ gender: 'male', preferences: {} }), await mentor({ menteeGender: 'female' }))).status).toBe(409);
    const pair = [await candidate(), await mentor({ capacity: 3 })] as const;
    expect((await propose(...pair)).status).toBe(201);
    expect((await propose(...pair)).status).toBe(409);
  });

  it('validates input, answers 404 for unknown records, and is for coordinators and admins', async () => {
    expect((await t.api(coordinator).post('/api/v1/mentorships').send({ candidateId: 'x', mentorId: 'y' })).status).toBe(400);
    expect((await propose('00000000-0000-4000-8000-000000000000', await mentor())).status).toBe(404);
    expect((await propose(await candidate(), '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await t.api(coordinator).get('/api/v1/mentorships/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const employer = await t.key('employer', await t.organisation('employer'));
    expect((await t.api(employer).get('/api/v1/mentorships')).status).toBe(403);
    const mentorId = await mentor();
    await propose(await candidate(), mentorId);
    const list = await t.api(coordinator).get(`/api/v1/mentorships?mentorId=${mentorId}&status=proposed`);
    expect(list.body.total).toBe(1);
  });

  it('lists only the mentorships of candidates the organisation may see, with names, state and dates; others get 404', async () => {
    const other = await t.key('coordinator');
    const candidateName = `Nadia Haddad ${Math.random().toString(36).slice(2, 8)}`;
    const candidateId = await candidate({ fullName: candidateName });
    const mentorId = await mentor({ fullName: 'Per Hansen Testmentor' });
    const id = (await propose(candidateId, mentorId)).body.id;
    await t.api(coordinator).patch(`/api/v1/mentorships/${id}`).send({ status: 'active', version: 1 });

    const mine = await t.api(coordinator).get(`/api/v1/mentorships?candidateId=${candidateId}`);
    expect(mine.body.total).toBe(1);
    const [item] = mine.body.items;
    expect(item).toMatchObject({ id, candidateName, mentorName: 'Per Hansen Testmentor', status: 'active', endedAt: null, mentorAnswer: null });
    expect(new Date(item.startedAt).getTime()).toBeGreaterThanOrEqual(new Date(item.createdAt).getTime());
    expect((await t.api(coordinator).get(`/api/v1/mentorships?candidateId=${candidateId}&status=proposed`)).body.total).toBe(0);

    // Another kommune's coordinator: not in its list, 404 on the id, and cannot change it.
    const theirs = await t.api(other).get('/api/v1/mentorships?limit=100');
    expect(theirs.body.items.map((m: { id: string }) => m.id)).not.toContain(id);
    expect((await t.api(other).get(`/api/v1/mentorships?candidateId=${candidateId}`)).body.total).toBe(0);
    const get = await t.api(other).get(`/api/v1/mentorships/${id}`);
    expect([get.status, get.body.code]).toEqual([404, 'not_found']);
    expect((await t.api(other).patch(`/api/v1/mentorships/${id}`).send({ status: 'completed', version: 2 })).status).toBe(404);
    expect((await t.api(coordinator).get(`/api/v1/mentorships/${id}`)).body).toMatchObject({ status: 'active', version: 2 });
    expect((await t.api(ADMIN_KEY).get(`/api/v1/mentorships/${id}`)).status).toBe(200);

    const ended = await t.api(coordinator).patch(`/api/v1/mentorships/${id}`).send({ status: 'ended', endReason: 'Mentoren flyttet', version: 2 });
    expect(ended.body).toMatchObject({ status: 'ended', endReason: 'Mentoren flyttet', candidateName });
    expect(ended.body.endedAt).not.toBeNull();
  });

  it('shows a mentor’s e-mail and phone to its own organisation and admins only, and validates them', async () => {
    const pool = await t.api(ADMIN_KEY).post('/api/v1/organisations').send({ kind: 'municipality', name: 'Åpent mentorprogram', municipalityCode: '1515', openPool: true });
    const poolCoordinator = await t.key('coordinator', pool.body.id);
    const created = await t.api(poolCoordinator).post('/api/v1/mentors').send(aMentor({ email: 'kari@demo.kobling.no', phone: '+47 412 34 567' }));
    expect(created.body).toMatchObject({ email: 'kari@demo.kobling.no', phone: '+47 412 34 567' });
    const id = created.body.id;
    expect((await t.api(poolCoordinator).get(`/api/v1/mentors/${id}`)).body).toMatchObject({ email: 'kari@demo.kobling.no', phone: '+47 412 34 567' });
    expect((await t.api(ADMIN_KEY).get(`/api/v1/mentors/${id}`)).body.email).toBe('kari@demo.kobling.no');

    // A coordinator using the open pool sees the mentor, not how to reach them.
    const seen = await t.api(coordinator).get(`/api/v1/mentors/${id}`);
    expect(seen.status).toBe(200);
    expect(seen.body).not.toHaveProperty('email');
    expect(seen.body).not.toHaveProperty('phone');
    const listed = (await t.api(coordinator).get('/api/v1/mentors?limit=100')).body.items.find((m: { id: string }) => m.id === id);
    expect(listed).toBeDefined();
    expect(listed).not.toHaveProperty('email');

    for (const [body, code] of [
      [{ email: 'ikke-en-adresse', version: 1 }, 'invalid_email'],
      [{ phone: '12', version: 1 }, 'invalid_phone'],
      [{ phone: 'ring meg', version: 1 }, 'invalid_phone'],
    ] as const) {
      const res = await t.api(poolCoordinator).patch(`/api/v1/mentors/${id}`).send(body);
      expect([res.status, res.body.errors?.[0]?.code]).toEqual([400, code]);
    }
    const patched = await t.api(poolCoordinator).patch(`/api/v1/mentors/${id}`).send({ phone: null, email: 'kari.nordmann@demo.kobling.no', version: 1 });
    expect(patched.body).toMatchObject({ phone: null, email: 'kari.nordmann@demo.kobling.no', version: 2 });
  });
});
