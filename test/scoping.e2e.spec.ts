import { aCandidate, aMentor, anOpening } from './support/builders';
import { ADMIN_KEY, ApiClient, startTestApp, TestApp } from './support/test-app';

/** Every organisation sees only its own: candidates by owner and share, mentors by pool. */
describe('organisation scoping', () => {
  let t: TestApp;
  let kommuneA: string;
  let kommuneB: string;
  let coordinatorA: string;
  let coordinatorB: string;
  let centreOrg: string;
  let centre: string;
  let openingId: string;

  beforeAll(async () => {
    t = await startTestApp();
    kommuneA = await t.organisation('municipality', '1515');
    kommuneB = await t.organisation('municipality', '1818');
    coordinatorA = await t.key('coordinator', kommuneA);
    coordinatorB = await t.key('coordinator', kommuneB);
    centreOrg = await t.organisation('career_centre', '4601');
    centre = await t.key('career_centre', centreOrg);
    const employer = await t.key('employer', await t.organisation('employer'));
    openingId = (await t.api(employer).post('/api/v1/openings').send(anOpening({ kind: 'praksis' }))).body.id;
  });
  afterAll(() => t.close());

  const candidateOf = async (key: string) => {
    const res = await t.api(key).post('/api/v1/candidates').send(aCandidate());
    expect(res.status).toBe(201);
    return res.body as { id: string; fullName: string; version: number };
  };

  /** Every route about one candidate, as `key` calls it, with the status it answers. */
  const everyRoute = async (key: string, id: string, mentorId: string): Promise<Record<string, number>> => {
    const api: ApiClient = t.api(key);
    return {
      read: (await api.get(`/api/v1/candidates/${id}`)).status,
      edit: (await api.patch(`/api/v1/candidates/${id}`).send({ goals: 'Endret', version: 1 })).status,
      mentorMatches: (await api.get(`/api/v1/candidates/${id}/mentor-matches`)).status,
      praksisMatches: (await api.get(`/api/v1/candidates/${id}/opening-matches?kind=praksis`)).status,
      mappings: (await api.get(`/api/v1/candidates/${id}/competence-mappings`)).status,
      mentorship: (await api.post('/api/v1/mentorships').send({ candidateId: id, mentorId })).status,
      outcome: (await api.post('/api/v1/outcomes').send({ type: 'interviewed', candidateId: id, openingId, at: new Date().toISOString() })).status,
      share: (await api.post(`/api/v1/candidates/${id}/shares`).send({ organisationId: centreOrg })).status,
      remove: (await api.delete(`/api/v1/candidates/${id}`)).status,
    };
  };

  it('answers 404 on every candidate route to a coordinator of another kommune, and writes nothing', async () => {
    const candidate = await candidateOf(coordinatorB);
    const mentorId = (await t.api(coordinatorA).post('/api/v1/mentors').send(aMentor())).body.id;
    const before = await t.db.query(`SELECT (SELECT count(*) FROM mentorships)::int AS m, (SELECT count(*) FROM outcomes)::int AS o, (SELECT count(*) FROM candidate_shares)::int AS s`);
    const answers = await everyRoute(coordinatorA, candidate.id, mentorId);
    expect(answers).toEqual(Object.fromEntries(Object.keys(answers).map((route) => [route, 404])));
    // The same body as for an id that does not exist: nothing tells that the candidate is there.
    const real = await t.api(coordinatorA).get(`/api/v1/candidates/${candidate.id}`);
    const none = await t.api(coordinatorA).get('/api/v1/candidates/00000000-0000-4000-8000-000000000000');
    expect(real.body.code).toBe(none.body.code);
    // A career centre it was not shared with cannot map it or refer it either.
    expect((await t.api(centre).post(`/api/v1/candidates/${candidate.id}/competence-mappings`).send({ skills: [{ label: 'sveising', evidence: 'mapped' }] })).status).toBe(404);
    expect((await t.api(centre).post('/api/v1/hurtigspor/cases').send({ candidateId: candidate.id, openingId })).status).toBe(404);
    expect(await t.db.query(`SELECT (SELECT count(*) FROM mentorships)::int AS m, (SELECT count(*) FROM outcomes)::int AS o, (SELECT count(*) FROM candidate_shares)::int AS s`)).toEqual(before);
    expect((await t.api(coordinatorB).get(`/api/v1/candidates/${candidate.id}`)).status).toBe(200);
    // Not in A's list either, whatever it searches for.
    const listed = await t.api(coordinatorA).get(`/api/v1/candidates?q=${encodeURIComponent(candidate.fullName)}`);
    expect(listed.body.total).toBe(0);
    expect((await t.api(coordinatorB).get(`/api/v1/candidates?q=${encodeURIComponent(candidate.fullName)}`)).body.total).toBe(1);
  });

  it('opens the candidate to an organisation the owner shares it with, audited and listed, until the share ends', async () => {
    const candidate = await candidateOf(coordinatorB);
    const shared = await t.api(coordinatorB).post(`/api/v1/candidates/${candidate.id}/shares`).send({ organisationId: kommuneA });
    expect(shared.status).toBe(201);
    expect(shared.body).toEqual([{ organisationId: kommuneA, sharedAt: expect.any(String) }]);
    // Sharing twice changes nothing.
    expect((await t.api(coordinatorB).post(`/api/v1/candidates/${candidate.id}/shares`).send({ organisationId: kommuneA })).body).toHaveLength(1);

    const read = await t.api(coordinatorA).get(`/api/v1/candidates/${candidate.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ ownerOrganisationId: kommuneB, sharedWith: [{ organisationId: kommuneA }] });
    expect((await t.api(coordinatorA).get(`/api/v1/candidates/${candidate.id}/mentor-matches`)).status).toBe(200);
    expect((await t.edit(coordinatorA, `/api/v1/candidates/${candidate.id}`, { goals: 'Endret av kommune A' })).status).toBe(200);

    // A may work with it but not pass it on, nor end B's share.
    const passOn = await t.api(coordinatorA).post(`/api/v1/candidates/${candidate.id}/shares`).send({ organisationId: centreOrg });
    expect([passOn.status, passOn.body.code]).toEqual([403, 'share_owner_only']);

    const audit = await t.api(ADMIN_KEY).get(`/api/v1/audit?resourceId=${candidate.id}&action=candidate.share`);
    expect(audit.body.items).toEqual([expect.objectContaining({ action: 'candidate.share', details: { organisationId: kommuneA } })]);

    expect((await t.api(coordinatorB).delete(`/api/v1/candidates/${candidate.id}/shares`).send({ organisationId: kommuneA })).status).toBe(204);
    expect((await t.api(coordinatorA).get(`/api/v1/candidates/${candidate.id}`)).status).toBe(404);
    expect((await t.api(coordinatorB).delete(`/api/v1/candidates/${candidate.id}/shares`).send({ organisationId: kommuneA })).status).toBe(404);
  });

  it('refuses shares that make no sense: with the owner, with an employer, with an unknown organisation', async () => {
    const candidate = await candidateOf(coordinatorB);
    const employerOrg = await t.organisation('employer');
    for (const [organisationId, code] of [
      [kommuneB, 'share_with_owner'],
      [employerOrg, 'candidate_organisation_employer'],
      ['00000000-0000-4000-8000-000000000000', 'unknown_record'],
    ]) {
      const res = await t.api(coordinatorB).post(`/api/v1/candidates/${candidate.id}/shares`).send({ organisationId });
      expect([res.status, res.body.errors?.[0]?.code]).toEqual([400, code]);
    }
  });

  it('lets an admin register a candidate only for a named owner, and nobody else name one', async () => {
    const missing = await t.api(ADMIN_KEY).post('/api/v1/candidates').send(aCandidate());
    expect([missing.status, missing.body.errors?.[0]?.field]).toEqual([400, 'ownerOrganisationId']);
    const named = await t.api(ADMIN_KEY).post('/api/v1/candidates').send(aCandidate({ ownerOrganisationId: kommuneA }));
    expect([named.status, named.body.ownerOrganisationId]).toEqual([201, kommuneA]);
    expect((await t.api(coordinatorA).get(`/api/v1/candidates/${named.body.id}`)).status).toBe(200);
    const other = await t.api(coordinatorB).post('/api/v1/candidates').send(aCandidate({ ownerOrganisationId: kommuneA }));
    expect([other.status, other.body.errors?.[0]?.code]).toEqual([400, 'owner_admin_only']);
  });

  it('shows a coordinator its own mentors and the open pools’, matches and proposes only those, and lets only the owner change one', async () => {
    const red = await t.api(ADMIN_KEY).post('/api/v1/organisations').send({ kind: 'municipality', name: 'Røde Kors mentorprogram', municipalityCode: '1515', openPool: true });
    expect([red.status, red.body.openPool]).toEqual([201, true]);
    const mentorOf = async (key: string, body: Record<string, unknown> = {}) => (await t.api(key).post('/api/v1/mentors').send(aMentor(body))).body;
    const ownA = await mentorOf(coordinatorA);
    const ownB = await mentorOf(coordinatorB);
    const open = await mentorOf(ADMIN_KEY, { organisationId: red.body.id });
    expect(ownA.organisationId).toBe(kommuneA);

    const seen = async (id: string) => (await t.api(coordinatorA).get(`/api/v1/mentors/${id}`)).status;
    expect([await seen(ownA.id), await seen(open.id), await seen(ownB.id)]).toEqual([200, 200, 404]);
    const listed = (await t.api(coordinatorA).get('/api/v1/mentors?limit=100')).body.items.map((m: { id: string }) => m.id);
    expect(listed).toEqual(expect.arrayContaining([ownA.id, open.id]));
    expect(listed).not.toContain(ownB.id);

    const changeOpen = await t.api(coordinatorA).patch(`/api/v1/mentors/${open.id}`).send({ capacity: 1, version: 1 });
    expect([changeOpen.status, changeOpen.body.code]).toEqual([403, 'mentor_other_organisation']);
    expect((await t.api(coordinatorA).patch(`/api/v1/mentors/${ownB.id}`).send({ capacity: 1, version: 1 })).status).toBe(404);

    const candidate = await candidateOf(coordinatorA);
    const matches = await t.api(coordinatorA).get(`/api/v1/candidates/${candidate.id}/mentor-matches?limit=50`);
    expect(matches.status).toBe(200);
    const matched = matches.body.results.map((r: { id: string }) => r.id);
    expect(matched).not.toContain(ownB.id);
    expect((await t.api(coordinatorA).post('/api/v1/mentorships').send({ candidateId: candidate.id, mentorId: ownB.id })).status).toBe(404);
    expect((await t.api(coordinatorA).post('/api/v1/mentorships').send({ candidateId: candidate.id, mentorId: open.id })).status).toBe(201);
  });
});
