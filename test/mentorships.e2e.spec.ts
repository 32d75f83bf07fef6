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
});
