import { EmbeddingQueue } from '../src/embeddings/embedding-queue';
import { aCandidate, aMentor } from './support/builders';
import { ADMIN_KEY, startTestApp, TestApp, unique } from './support/test-app';

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

  it('creates the mentorships on confirm, once, and e-mails each mentor a link to answer', async () => {
    const email = `kohort-${unique()}@demo.kobling.no`;
    const m = await mentor({ capacity: 2, email });
    const cs = [await candidate({}), await candidate({})];
    const plan = (await t.api(coordinator).post('/api/v1/mentor-assignments').send({ candidateIds: cs, mentorIds: [m] })).body;
    expect(plan.assignments).toHaveLength(2);
    const confirmed = await t.api(coordinator).post(`/api/v1/mentor-assignments/${plan.id}/confirm`);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.status).toBe('confirmed');
    expect(confirmed.body.mentorships.map((x: { status: string }) => x.status)).toEqual(['proposed', 'proposed']);
    expect((await t.api(coordinator).post(`/api/v1/mentor-assignments/${plan.id}/confirm`)).status).toBe(409);
    // One mail per proposal, each with its own link that opens that proposal.
    const mails = (await t.api(ADMIN_KEY).get('/api/v1/dev/mail?limit=100')).body.items.filter((x: { to: string }) => x.to === email);
    expect(mails).toHaveLength(2);
    const tokens = mails.map((x: { text: string }) => /mentor-svar\?token=([A-Za-z0-9_-]+)/.exec(x.text)![1]);
    expect(new Set(tokens).size).toBe(2);
    const shown = await t.api().get(`/api/v1/mentorship-answers/${tokens[0]}`);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ open: true });
  });

  it('creates the pairs that still fit and reports the one that lost its place meanwhile, with the reason', async () => {
    const m = await mentor({ capacity: 1 });
    const other = await mentor({ capacity: 1 });
    const [c1, c2] = [await candidate({}), await candidate({})];
    const plan = (await t.api(coordinator).post('/api/v1/mentor-assignments').send({ candidateIds: [c1, c2], mentorIds: [m, other] })).body;
    expect(plan.assignments).toHaveLength(2);
    const onM = plan.assignments.find((p: { mentorId: string }) => p.mentorId === m);
    expect((await t.api(coordinator).post('/api/v1/mentorships').send({ candidateId: await candidate({}), mentorId: m })).status).toBe(201);
    const before = await mentorshipCount();
    const res = await t.api(coordinator).post(`/api/v1/mentor-assignments/${plan.id}/confirm`);
    expect(res.status).toBe(200);
    expect(res.body.mentorships).toHaveLength(1);
    expect(res.body.confirmation.created).toEqual([res.body.mentorships[0].id]);
    expect(res.body.confirmation.lost).toEqual([
      expect.objectContaining({ candidateId: onM.candidateId, mentorId: m, code: 'mentor_full', reason: 'Mentoren har ingen ledige plasser.', candidateName: expect.any(String) }),
    ]);
    expect(await mentorshipCount()).toBe(before + 1);
    const got = (await t.api(coordinator).get(`/api/v1/mentor-assignments/${plan.id}`).set('Accept-Language', 'en')).body;
    expect(got.status).toBe('confirmed');
    expect(got.confirmation.lost[0].reason).toBe('The mentor has no free places.');
  });

  it('reports a candidate that got a mentor meanwhile', async () => {
    const [m, elsewhere] = [await mentor({ capacity: 2 }), await mentor({ capacity: 1 })];
    const c = await candidate({});
    const plan = (await t.api(coordinator).post('/api/v1/mentor-assignments').send({ candidateIds: [c], mentorIds: [m] })).body;
    expect((await t.api(coordinator).post('/api/v1/mentorships').send({ candidateId: c, mentorId: elsewhere })).status).toBe(201);
    const res = await t.api(coordinator).post(`/api/v1/mentor-assignments/${plan.id}/confirm`);
    expect(res.status).toBe(200);
    expect(res.body.mentorships).toEqual([]);
    expect(res.body.confirmation.lost).toEqual([expect.objectContaining({ candidateId: c, code: 'already_in_mentorship', reason: 'Har allerede et foreslått eller aktivt mentorskap' })]);
  });

  it('names both sides of each pair, gives the ranking’s reasons in the request’s language, and says why the rest are left out', async () => {
    const h = tag();
    const m = await mentor({ capacity: 1, menteeGender: 'female', interests: [h], fullName: 'Mentor Mette Kohort' });
    const first = await candidate({ interests: [h], fullName: 'Kandidat Kari Kohort' });
    const second = await candidate({ interests: [h] });
    const man = await candidate({ gender: 'male', interests: [h] });
    await t.running.app.get(EmbeddingQueue).whenIdle();
    const plan = async (lang: string) =>
      (await t.api(coordinator).post('/api/v1/mentor-assignments').set('Accept-Language', lang).send({ candidateIds: [first, second, man], mentorIds: [m] })).body;
    const nb = await plan('nb');
    const pair = nb.assignments.find((p: { mentorId: string }) => p.mentorId === m);
    expect(pair).toMatchObject({ mentorName: 'Mentor Mette Kohort', fixed: false });
    expect(pair.candidateName).toEqual(expect.any(String));
    expect(pair.reasons).toEqual(expect.arrayContaining([`Deler interessen ${h}`, 'Har plass til 1 av 1']));
    // The same reasons the candidate's own mentor ranking gives for this mentor.
    const ranking = (await t.api(coordinator).get(`/api/v1/candidates/${pair.candidateId}/mentor-matches?limit=50`)).body;
    expect(ranking.results.find((r: { mentor: { id: string } }) => r.mentor.id === m)?.reasons).toEqual(pair.reasons);
    const why = Object.fromEntries(nb.unassigned.map((u: { candidateId: string; reason: string; detail: string }) => [u.candidateId, u]));
    expect(why[man]).toMatchObject({ reason: 'no_eligible_mentor', rules: expect.arrayContaining([expect.objectContaining({ rule: 'mentee_gender_rule', mentors: 1 })]) });
    expect(why[man].detail).toMatch(/^Ingen mentor oppfyller kravene for denne kandidaten: .*mentoren tar bare mentees av et annet kjønn/);
    const leftOut = pair.candidateId === first ? second : first;
    expect(why[leftOut]).toMatchObject({ reason: 'mentors_taken', detail: expect.stringMatching(/^Plassene hos mentorene som passer/) });
    const en = await plan('en');
    expect(en.assignments.find((p: { mentorId: string }) => p.mentorId === m).reasons).toEqual(expect.arrayContaining([`Shares the interest ${h}`]));
    expect(en.unassigned.find((u: { candidateId: string }) => u.candidateId === man).detail).toMatch(/^No mentor passes the hard rules for this candidate: /);
  });

  it('plans again keeping fixed pairs and leaving out removed ones', async () => {
    const [m1, m2, m3] = [await mentor({ capacity: 1 }), await mentor({ capacity: 1 }), await mentor({ capacity: 1 })];
    const [c1, c2] = [await candidate({}), await candidate({})];
    const body = { candidateIds: [c1, c2], mentorIds: [m1, m2, m3] };
    const first = (await t.api(coordinator).post('/api/v1/mentor-assignments').send(body)).body;
    const [removed] = first.assignments;
    const swapTo = [m1, m2, m3].find((x) => !first.assignments.some((p: { mentorId: string }) => p.mentorId === x))!;
    const other = first.assignments[1];
    expect(other.alternatives.map((a: { mentorId: string }) => a.mentorId)).toContain(swapTo);
    const again = await t.api(coordinator).post('/api/v1/mentor-assignments').send({
      ...body,
      excludedPairs: [{ candidateId: removed.candidateId, mentorId: removed.mentorId }],
      fixedPairs: [{ candidateId: other.candidateId, mentorId: swapTo }],
    });
    expect(again.status).toBe(201);
    expect(again.body.id).not.toBe(first.id);
    const pairs = Object.fromEntries(again.body.assignments.map((p: { candidateId: string; mentorId: string }) => [p.candidateId, p.mentorId]));
    expect(pairs[other.candidateId]).toBe(swapTo);
    expect(again.body.assignments.find((p: { candidateId: string }) => p.candidateId === other.candidateId).fixed).toBe(true);
    // The removed pair's candidate gets the mentor the swap freed, never the removed one.
    expect(pairs[removed.candidateId]).toBe(other.mentorId);

    // Leaving out every mentor: removed, not "no mentor fits".
    const none = (
      await t.api(coordinator).post('/api/v1/mentor-assignments').send({ candidateIds: [c1], mentorIds: [m1], excludedPairs: [{ candidateId: c1, mentorId: m1 }] })
    ).body;
    expect(none.unassigned).toEqual([expect.objectContaining({ candidateId: c1, reason: 'mentors_removed' })]);

    const bad = async (extra: Record<string, unknown>) => (await t.api(coordinator).post('/api/v1/mentor-assignments').send({ ...body, ...extra })).body;
    expect((await bad({ fixedPairs: [{ candidateId: await candidate({}), mentorId: m1 }] })).errors[0]).toMatchObject({ field: 'fixedPairs.0.candidateId', code: 'pair_outside_cohort' });
    const twice = await bad({ fixedPairs: [{ candidateId: c1, mentorId: m1 }, { candidateId: c2, mentorId: m1 }] });
    expect(twice.errors[0]).toMatchObject({ field: 'fixedPairs.1', code: 'fixed_pair_not_allowed', message: 'fixedPairs.1: paret kan ikke beholdes: Mentoren har ikke ledig kapasitet' });
    expect((await bad({ fixedPairs: [{ candidateId: c1, mentorId: 'x' }] })).status).toBe(400);
  });

  it('confirms only the pairs asked for, and never twice', async () => {
    const m = await mentor({ capacity: 3 });
    const cs = [await candidate({}), await candidate({}), await candidate({})];
    const plan = (await t.api(coordinator).post('/api/v1/mentor-assignments').send({ candidateIds: cs, mentorIds: [m] })).body;
    expect(plan.assignments).toHaveLength(3);
    const keep = plan.assignments.slice(0, 2).map((p: { candidateId: string; mentorId: string }) => ({ candidateId: p.candidateId, mentorId: p.mentorId }));
    const notInPlan = await t.api(coordinator).post(`/api/v1/mentor-assignments/${plan.id}/confirm`).send({ pairs: [{ candidateId: cs[0], mentorId: await mentor({}) }] });
    expect(notInPlan.status).toBe(400);
    expect(notInPlan.body.errors[0]).toMatchObject({ field: 'pairs.0', code: 'pair_not_in_plan' });
    const before = await mentorshipCount();
    const res = await t.api(coordinator).post(`/api/v1/mentor-assignments/${plan.id}/confirm`).send({ pairs: keep });
    expect(res.status).toBe(200);
    expect(res.body.mentorships.map((x: { candidateId: string }) => x.candidateId).sort()).toEqual(keep.map((p: { candidateId: string }) => p.candidateId).sort());
    expect(res.body.confirmation.lost).toEqual([]);
    expect(await mentorshipCount()).toBe(before + 2);
    expect((await t.api(coordinator).post(`/api/v1/mentor-assignments/${plan.id}/confirm`).send({ pairs: keep })).status).toBe(409);
    expect(await mentorshipCount()).toBe(before + 2);
  });

  it('lets two concurrent confirmations of one plan create its pairs once', async () => {
    const m = await mentor({ capacity: 2 });
    const cs = [await candidate({}), await candidate({})];
    const plan = (await t.api(coordinator).post('/api/v1/mentor-assignments').send({ candidateIds: cs, mentorIds: [m] })).body;
    const results = await Promise.all([1, 2].map(() => t.api(coordinator).post(`/api/v1/mentor-assignments/${plan.id}/confirm`)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const open = await t.db.query(`SELECT candidate_id FROM mentorships WHERE mentor_id = $1 AND status IN ('proposed', 'active')`, [m]);
    expect(open.map((r: { candidate_id: string }) => r.candidate_id).sort()).toEqual([...cs].sort());
  });

  it('never takes more of a mentor than its places when two plans sharing it are confirmed at once', async () => {
    const m = await mentor({ capacity: 2 });
    const plans = [];
    for (let i = 0; i < 2; i++) {
      const cs = [await candidate({}), await candidate({})];
      plans.push((await t.api(coordinator).post('/api/v1/mentor-assignments').send({ candidateIds: cs, mentorIds: [m] })).body);
    }
    expect(plans.map((p) => p.assignments.length)).toEqual([2, 2]);
    const results = await Promise.all(plans.map((p) => t.api(coordinator).post(`/api/v1/mentor-assignments/${p.id}/confirm`)));
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    const created = results.reduce((n, r) => n + r.body.mentorships.length, 0);
    const lost = results.flatMap((r) => r.body.confirmation.lost);
    expect(created).toBe(2);
    expect(lost.map((l: { code: string }) => l.code)).toEqual(['mentor_full', 'mentor_full']);
    const open = await t.db.query(`SELECT count(*)::int AS n FROM mentorships WHERE mentor_id = $1 AND status IN ('proposed', 'active')`, [m]);
    expect(open[0].n).toBe(2);
  });

  it('plans only from candidates the coordinator may see, and shows a plan only to those who may see its candidates', async () => {
    const elsewhere = await t.key('coordinator');
    const theirs = (await t.api(elsewhere).post('/api/v1/candidates').send(aCandidate({ municipalityCode: '1515' }))).body.id as string;
    const mine = await candidate({});
    const res = await t.api(coordinator).post('/api/v1/mentor-assignments').send({ candidateIds: [mine, theirs] });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'candidateIds.1', code: 'unknown_record' })]);
    const plan = (await t.api(coordinator).post('/api/v1/mentor-assignments').send({ candidateIds: [mine] })).body;
    expect((await t.api(elsewhere).get(`/api/v1/mentor-assignments/${plan.id}`)).status).toBe(404);
    expect((await t.api(elsewhere).post(`/api/v1/mentor-assignments/${plan.id}/confirm`)).status).toBe(404);
    expect((await t.api(coordinator).get(`/api/v1/mentor-assignments/${plan.id}`)).status).toBe(200);
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
