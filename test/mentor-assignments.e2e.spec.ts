import { EmbeddingQueue } from '../src/embeddings/embedding-queue';
import { aCandidate, aMentor } from './support/builders';
import { startTestApp, TestApp, unique } from './support/test-app';

describe('cohort assignment', () => {
  let t: TestApp;
  let coordinator: string;
  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.key('coordinator');
  });
  afterAll(() => t.close());

  const tag = () => `hobby${unique()}`;
  const candidate = async (overrides: Record<string, unknown>) =>
    (await t.api(coordinator).post('/api/v1/candidates').send(aCandidate({ municipalityCode: '1515', preferences: { mentorGender: 'any' }, ...overrides }))).body.id as string;
  const mentor = async (overrides: Record<string, unknown>) =>
    (await t.api(coordinator).post('/api/v1/mentors').send(aMentor({ municipalityCode: '1515', menteeGender: undefined, ...overrides }))).body.id as string;
  const mentorshipCount = async () => (await t.db.query('SELECT count(*)::int AS n FROM mentorships'))[0].n as number;

  it('plans the assignment with the highest total within capacities, explains who is left out, and creates nothing', async () => {
    const [a, b] = [tag(), tag()];
    const mentorA = await mentor({ capacity: 1, interests: [a, 'sjakk'] });
    const mentorB = await mentor({ capacity: 2, interests: [b, 'sykling'] });
    const wantsA1 = await candidate({ interests: [a, 'sjakk'] });
    const wantsA2 = await candidate({ interests: [a] });
    const wantsB = await candidate({ interests: [b, 'sykling'] });
    const noConsent = await candidate({ consent: { matching: false, shareWithEmployers: false } });
    const man = await candidate({ gender: 'male', interests: [a] });
    const womenOnly = await mentor({ capacity: 1, menteeGender: 'female', interests: ['strikking'] });
    await t.running.app.get(EmbeddingQueue).whenIdle();

    const before = await mentorshipCount();
    const res = await t.api(coordinator).post('/api/v1/mentor-assignments').send({
      candidateIds: [wantsA1, wantsA2, wantsB, noConsent, man],
      mentorIds: [mentorA, mentorB, womenOnly],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ id: expect.any(String), status: 'proposed', weightProfile: { version: expect.any(Number) } });
    const pairs = Object.fromEntries(res.body.assignments.map((p: { candidateId: string; mentorId: string }) => [p.candidateId, p.mentorId]));
    expect(pairs[wantsA1]).toBe(mentorA); // the stronger match gets the one place
    expect(pairs[wantsB]).toBe(mentorB);
    const taken = (m: string) => Object.values(pairs).filter((x) => x === m).length;
    expect(taken(mentorA)).toBeLessThanOrEqual(1);
    expect(taken(mentorB)).toBeLessThanOrEqual(2);
    expect(res.body.total).toBeCloseTo(res.body.assignments.reduce((s: number, p: { score: number }) => s + p.score, 0), 9);
    const reasonOf = (id: string) => res.body.unassigned.find((u: { candidateId: string }) => u.candidateId === id)?.reason;
    expect(reasonOf(noConsent)).toBe('no_consent_matching');
    expect(Object.keys(pairs).length + res.body.unassigned.length).toBe(5);
    expect(await mentorshipCount()).toBe(before);

    const got = await t.api(coordinator).get(`/api/v1/mentor-assignments/${res.body.id}`);
    expect(got.body.assignments).toEqual(res.body.assignments);
  });

  it('creates the mentorships on confirm, once', async () => {
    const m = await mentor({ capacity: 2 });
    const cs = [await candidate({}), await candidate({})];
    const plan = (await t.api(coordinator).post('/api/v1/mentor-assignments').send({ candidateIds: cs, mentorIds: [m] })).body;
    expect(plan.assignments).toHaveLength(2);
    const confirmed = await t.api(coordinator).post(`/api/v1/mentor-assignments/${plan.id}/confirm`);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.status).toBe('confirmed');
    expect(confirmed.body.mentorships.map((x: { status: string }) => x.status)).toEqual(['proposed', 'proposed']);
    expect((await t.api(coordinator).post(`/api/v1/mentor-assignments/${plan.id}/confirm`)).status).toBe(409);
  });

  it('fails cleanly when a planned mentor lost the place meanwhile: nothing is created', async () => {
    const m = await mentor({ capacity: 1 });
    const other = await mentor({ capacity: 1 });
    const [c1, c2] = [await candidate({}), await candidate({})];
    const plan = (await t.api(coordinator).post('/api/v1/mentor-assignments').send({ candidateIds: [c1, c2], mentorIds: [m, other] })).body;
    expect(plan.assignments).toHaveLength(2);
    expect((await t.api(coordinator).post('/api/v1/mentorships').send({ candidateId: await candidate({}), mentorId: m })).status).toBe(201);
    const before = await mentorshipCount();
    const res = await t.api(coordinator).post(`/api/v1/mentor-assignments/${plan.id}/confirm`);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'assignment_outdated', detail: expect.stringMatching(/^Ingenting ble opprettet/) });
    expect(await mentorshipCount()).toBe(before);
    expect((await t.api(coordinator).get(`/api/v1/mentor-assignments/${plan.id}`)).body.status).toBe('proposed');
  });

  it('validates the cohort', async () => {
    const c = await candidate({});
    for (const body of [{ candidateIds: [] }, { candidateIds: [c, c] }, { candidateIds: ['x'] }, { candidateIds: [c], mentorIds: [] }, {}]) {
      expect((await t.api(coordinator).post('/api/v1/mentor-assignments').send(body)).status).toBe(400);
    }
    const missing = await t.api(coordinator).post('/api/v1/mentor-assignments').send({ candidateIds: [c, '00000000-0000-4000-8000-000000000000'] });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].field).toBe('candidateIds.1');
    expect((await t.api(coordinator).post('/api/v1/mentor-assignments/00000000-0000-4000-8000-000000000000/confirm')).status).toBe(404);
  });
});
