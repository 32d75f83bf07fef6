import { EmbeddingQueue } from '../src/embeddings/embedding-queue';
import { aCandidate, aMentor, anOpening } from './support/builders';
import { ADMIN_KEY, startTestApp, TestApp, unique } from './support/test-app';

describe('ranking over HTTP', () => {
  let t: TestApp;
  let coordinator: string;
  let careerCentre: string;
  let employer: string;
  let employerOrg: string;
  let careerCentreOrg: string;
  let otherEmployer: string;
  const idle = () => t.running.app.get(EmbeddingQueue).whenIdle();

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.key('coordinator');
    careerCentreOrg = await t.organisation('career_centre');
    careerCentre = await t.key('career_centre', careerCentreOrg);
    employerOrg = await t.organisation('employer', '1516');
    employer = await t.key('employer', employerOrg);
    otherEmployer = await t.key('employer', await t.organisation('employer'));
  });
  afterAll(() => t.close());

  const welder = (overrides: Record<string, unknown> = {}) =>
    aCandidate({
      fullName: `Tesfay Gebremedhin ${unique()}`,
      gender: 'male',
      birthYear: 1987,
      countryOfOrigin: 'ER',
      municipalityCode: '1515',
      languages: [
        { code: 'ti', level: 'native' },
        { code: 'nb', level: 'A2' },
      ],
      education: [{ level: 'vocational', field: 'Sveisefag', country: 'ER', recognition: 'uvd' }],
      experience: [{ title: 'Sveiser', occupationCode: '7212', years: 8, description: 'Sveiset skipsskrog i Massawa for Eritrean Shipping' }],
      skills: [
        { label: 'TIG-sveising', evidence: 'verified' },
        { label: 'MIG/MAG-sveising', evidence: 'mapped' },
      ],
      interests: ['fotball', 'fiske'],
      desiredOccupations: ['7212'],
      goals: 'Fast jobb på verft i Ulstein, bor med familien i Fosnavåg',
      preferences: { mentorGender: 'any', maxTravelKm: 60 },
      ...overrides,
    });

  it('ranks openings for a candidate with components that explain the score and reasons in Norwegian or English', async () => {
    const candidate = (await t.api(coordinator).post('/api/v1/candidates').send(welder())).body;
    await t.share(coordinator, candidate.id, careerCentreOrg);
    const opening = (
      await t.api(employer).post('/api/v1/openings').send(
        anOpening({
          kind: 'job',
          title: `Sveiser til skrogproduksjon ${unique()}`,
          occupationCode: '7212',
          minNorwegianLevel: 'B1',
          permanent: true,
          requiredSkills: [
            { label: 'sveisesertifikat', mustHave: true },
            { label: 'TIG-sveising', mustHave: false },
          ],
        }),
      )
    ).body;
    await idle();

    const nb = await t.api(careerCentre).get(`/api/v1/candidates/${candidate.id}/opening-matches?kind=job&limit=50`);
    expect(nb.status).toBe(200);
    expect(nb.body).toMatchObject({ matchType: 'job', weightProfile: { id: expect.any(String), version: expect.any(Number) } });
    const result = nb.body.results.find((r: { opening: { id: string } }) => r.opening.id === opening.id);
    expect(result).toBeDefined();
    const sum = result.components.reduce((s: number, c: { contribution: number }) => s + c.contribution, 0);
    expect(Math.abs(sum - result.score)).toBeLessThan(1e-9);
    expect(result.reasons).toEqual(
      expect.arrayContaining([
        'Mangler påkrevd ferdighet: sveisesertifikat',
        'Norsknivå A2, stillingen krever B1',
        'Erfaring fra samme yrke: Sveisere',
        expect.stringMatching(/^\d+ km unna$|^I samme kommune$/),
        'Fast stilling',
      ]),
    );

    const en = await t.api(careerCentre).get(`/api/v1/candidates/${candidate.id}/opening-matches?kind=job&limit=50`).set('Accept-Language', 'en-GB,en;q=0.9');
    const english = en.body.results.find((r: { opening: { id: string } }) => r.opening.id === opening.id);
    expect(english.score).toBe(result.score);
    expect(english.reasons).toEqual(
      expect.arrayContaining(['Missing required skill: sveisesertifikat', 'Norwegian level A2, the opening asks for B1', 'Permanent position']),
    );
  });

  it('names each hard rule that left a mentor out, and leaves the rest in', async () => {
    const candidate = (await t.api(coordinator).post('/api/v1/candidates').send(welder({ preferences: { mentorGender: 'male', maxTravelKm: 50 } }))).body;
    const tag = unique();
    const mentor = async (overrides: Record<string, unknown>) =>
      (await t.api(coordinator).post('/api/v1/mentors').send(aMentor({ interests: ['fotball', `tag${tag}`], gender: 'male', menteeGender: undefined, ...overrides }))).body.id;
    const ok = await mentor({ municipalityCode: '1516', mentorType: 'fagmentor', occupation: { title: 'Sveiser', code: '7212' } });
    const inactive = await mentor({ active: false });
    const full = await mentor({ capacity: 1 });
    const woman = await mentor({ gender: 'female' });
    const onlyWomen = await mentor({ menteeGender: 'female' });
    const far = await mentor({ municipalityCode: '0301' });
    const other = await t.api(coordinator).post('/api/v1/candidates').send(aCandidate());
    await t.db.query(`INSERT INTO mentorships (candidate_id, mentor_id, status) VALUES ($1, $2, 'active')`, [other.body.id, full]);
    await idle();

    const res = await t.api(coordinator).get(`/api/v1/candidates/${candidate.id}/mentor-matches?limit=50&explainExcluded=true`);
    expect(res.status).toBe(200);
    const ruleOf = (id: string) => res.body.excluded.find((e: { mentor: { id: string } }) => e.mentor.id === id)?.rule;
    expect(ruleOf(inactive)).toBe('mentor_inactive');
    expect(ruleOf(full)).toBe('mentor_full');
    expect(ruleOf(woman)).toBe('mentor_gender_preference');
    expect(ruleOf(onlyWomen)).toBe('mentee_gender_rule');
    expect(ruleOf(far)).toBe('too_far');
    expect(res.body.excluded.find((e: { mentor: { id: string } }) => e.mentor.id === far).reason).toBe('Lenger unna enn kandidaten kan reise');
    const kept = res.body.results.find((r: { mentor: { id: string } }) => r.mentor.id === ok);
    expect(kept.reasons).toEqual(expect.arrayContaining(['Deler interessen fotball', 'Mentoren arbeider i samme yrke: Sveisere']));
    for (const id of [inactive, full, woman, onlyWomen, far]) {
      expect(res.body.results.some((r: { mentor: { id: string } }) => r.mentor.id === id)).toBe(false);
    }
    const plain = await t.api(coordinator).get(`/api/v1/candidates/${candidate.id}/mentor-matches?limit=5`);
    expect(plain.body.excluded).toBeUndefined();

    const noConsent = (await t.api(coordinator).post('/api/v1/candidates').send(welder({ consent: { matching: false, shareWithEmployers: false } }))).body;
    const none = await t.api(coordinator).get(`/api/v1/candidates/${noConsent.id}/mentor-matches?explainExcluded=true`);
    expect(none.body.results).toEqual([]);
    expect(new Set(none.body.excluded.map((e: { rule: string }) => e.rule))).toEqual(new Set(['no_consent_matching']));
  });

  it('never suggests a mentor the candidate already has, proposed or active, and suggests it again once that ends', async () => {
    const candidate = (await t.api(coordinator).post('/api/v1/candidates').send(welder())).body;
    const tag = unique();
    const mentor = (await t.api(coordinator).post('/api/v1/mentors').send(aMentor({ interests: ['fotball', `tag${tag}`], gender: 'male', menteeGender: undefined, capacity: 3 }))).body.id;
    await idle();
    const matches = async () => (await t.api(coordinator).get(`/api/v1/candidates/${candidate.id}/mentor-matches?limit=50&explainExcluded=true`)).body;
    const suggested = (body: { results: { mentor: { id: string } }[] }) => body.results.some((r) => r.mentor.id === mentor);
    expect(suggested(await matches())).toBe(true);

    const proposed = await t.api(coordinator).post('/api/v1/mentorships').send({ candidateId: candidate.id, mentorId: mentor });
    expect(proposed.status).toBe(201);
    const whileProposed = await matches();
    expect(suggested(whileProposed)).toBe(false);
    const excluded = whileProposed.excluded.find((e: { mentor: { id: string } }) => e.mentor.id === mentor);
    expect(excluded).toMatchObject({ rule: 'already_mentor', reason: 'Mentoren er allerede foreslått for eller mentor for kandidaten' });

    const active = await t.api(coordinator).patch(`/api/v1/mentorships/${proposed.body.id}`).send({ status: 'active', version: proposed.body.version });
    expect(active.status).toBe(200);
    expect(suggested(await matches())).toBe(false);

    const ended = await t.api(coordinator).patch(`/api/v1/mentorships/${proposed.body.id}`).send({ status: 'ended', endReason: 'Flyttet', version: active.body.version });
    expect(ended.status).toBe(200);
    expect(suggested(await matches())).toBe(true);
  });
  it('gives an employer an anonymised shortlist: competence and the explanation, never identity', async () => {
    const opening = (await t.api(employer).post('/api/v1/openings').send(anOpening({ kind: 'praksis', occupationCode: '7212' }))).body;
    const shown = (await t.api(coordinator).post('/api/v1/candidates').send(welder())).body;
    const hidden = (await t.api(coordinator).post('/api/v1/candidates').send(welder({ consent: { matching: true, shareWithEmployers: false } }))).body;
    await idle();

    const res = await t.api(employer).get(`/api/v1/openings/${opening.id}/shortlist?limit=50&explainExcluded=true`);
    expect(res.status).toBe(200);
    expect(res.body.matchType).toBe('shortlist');
    const body = JSON.stringify(res.body);
    for (const value of [shown.fullName, shown.id, shown.goals, shown.experience[0].description, hidden.fullName, hidden.id, 'Eritrea']) {
      expect(body).not.toContain(value);
    }
    // The birth year as a value of its own: its four digits may well occur inside a score or a ref.
    expect(body).not.toMatch(new RegExp(`[:,[]"?${shown.birthYear}"?[,}\\]]`));
    for (const field of ['fullName', 'gender', 'birthYear', 'countryOfOrigin', 'goals', 'description', 'interests', 'languages', 'preferences']) {
      expect(body).not.toContain(`"${field}"`);
    }
    const refs = res.body.results.map((r: { candidate: { ref: string } }) => r.candidate.ref);
    const mine = res.body.results.find((r: { candidate: { skills: { label: string }[] } }) => r.candidate.skills.some((s) => s.label === 'TIG-sveising'));
    expect(mine.candidate).toEqual({
      ref: expect.stringMatching(/^K-[0-9A-F]{10}$/),
      skills: shown.skills.map(({ label, evidence }: { label: string; evidence: string }) => ({ label, evidence })),
      experience: [{ title: 'Sveiser', years: 8, occupationCode: '7212' }],
      education: [{ level: 'vocational', field: 'Sveisefag', recognition: 'uvd' }],
      norwegianLevel: 'A2',
      municipalityCode: '1515',
    });
    expect(res.body.excluded.some((e: { rule: string; candidate: object }) => e.rule === 'no_consent_share' && Object.keys(e.candidate).join() === 'ref')).toBe(true);

    // The reference is stable between requests.
    const again = await t.api(employer).get(`/api/v1/openings/${opening.id}/shortlist?limit=50`);
    expect(again.body.results.map((r: { candidate: { ref: string } }) => r.candidate.ref)).toEqual(refs);

    // Each candidate shown is audited as read by the employer.
    const audit = await t.api(ADMIN_KEY).get(`/api/v1/audit?resourceId=${shown.id}&action=candidate.shortlist`);
    expect(audit.body.items[0]).toMatchObject({ actor: { role: 'employer', organisationId: employerOrg }, details: { openingId: opening.id } });
  });

  it('lowers an employer whose praksis periods never end in a hire, and says so', async () => {
    const candidate = (await t.api(coordinator).post('/api/v1/candidates').send(welder({ preferences: { mentorGender: 'any' } }))).body;
    const praksis = { kind: 'praksis', occupationCode: '7212', municipalityCode: '1515', title: `Praksis sveis ${unique()}`, wageSubsidy: true };
    const neverHires = (await t.api(employer).post('/api/v1/openings').send(anOpening(praksis))).body;
    const hires = (await t.api(otherEmployer).post('/api/v1/openings').send(anOpening(praksis))).body;
    const otherOrg = hires.organisationId;
    for (let i = 0; i < 4; i++) {
      await t.db.query(`INSERT INTO outcomes (type, organisation_id, at) VALUES ('praksis_started', $1, now())`, [employerOrg]);
      await t.db.query(`INSERT INTO outcomes (type, organisation_id, at) VALUES ('praksis_started', $1, now())`, [otherOrg]);
    }
    for (let i = 0; i < 3; i++) await t.db.query(`INSERT INTO outcomes (type, organisation_id, at) VALUES ('hired', $1, now())`, [otherOrg]);
    await idle();

    const res = await t.api(coordinator).get(`/api/v1/candidates/${candidate.id}/opening-matches?kind=praksis&limit=50`);
    const find = (id: string) => res.body.results.find((r: { opening: { id: string } }) => r.opening.id === id);
    expect(find(hires.id).score).toBeGreaterThan(find(neverHires.id).score);
    expect(find(neverHires.id).reasons).toContain('Arbeidsgiveren har hatt 4 praksisperioder uten å ansette noen');
    expect(find(hires.id).reasons).toContain('Arbeidsgiveren har ansatt 3 etter praksis');
  });

  it('ranks a candidate who has no vector yet on the explicit features: no semantic signal, no error', async () => {
    const [row] = await t.db.query(
      `INSERT INTO candidates (full_name, municipality_code, interests, consent_matching, preferences, owner_organisation_id)
       VALUES ('Uten vektor', '1515', '{fotball}', true, '{"mentorGender": "any"}', (SELECT organisation_id FROM api_keys WHERE key_prefix = $1)) RETURNING id`,
      [coordinator.slice(0, 12)],
    );
    await t.api(coordinator).post('/api/v1/mentors').send(aMentor({ municipalityCode: '1515', interests: ['fotball'], menteeGender: undefined }));
    await idle();
    await t.db.query('DELETE FROM candidate_embeddings WHERE owner_id = $1', [row.id]);
    const res = await t.api(coordinator).get(`/api/v1/candidates/${row.id}/mentor-matches?limit=5`);
    expect(res.status).toBe(200);
    expect(res.body.results.length).toBeGreaterThan(0);
    const top = res.body.results[0];
    expect(top.components.find((c: { feature: string }) => c.feature === 'semantic_interests').value).toBe(0);
    expect(top.reasons).toContain('Ingen tekstlikhet å bygge på ennå');
  });

  it("reads a candidate's occupation groups (the first stage's indexed lookup) from experience and wishes", async () => {
    const groups = async (experience: unknown[], desired: string[]) =>
      (await t.db.query(`SELECT candidate_occupation_groups($1::jsonb, $2::text[], '[]'::jsonb) AS g`, [JSON.stringify(experience), desired]))[0].g;
    expect((await groups([{ title: 'Sveiser', occupationCode: '7212' }, { title: 'Kokk' }, { title: 'Sveiser', occupationCode: '7213' }], ['5120'])).sort()).toEqual(['512', '721']);
    expect(await groups([], [])).toEqual([]);
    // Kept one row per group as the candidate changes.
    const groupsOf = async (id: string) =>
      (await t.db.query(`SELECT occupation_group AS g FROM candidate_groups WHERE candidate_id = $1 ORDER BY 1`, [id])).map((r: { g: string }) => r.g);
    const created = await t.api(coordinator).post('/api/v1/candidates').send(aCandidate({ experience: [{ title: 'Kokk', occupationCode: '5120', years: 2 }], desiredOccupations: ['8331'] }));
    const id = created.body.id;
    expect(await groupsOf(id)).toEqual(['512', '833']);
    expect((await t.api(coordinator).patch(`/api/v1/candidates/${id}`).send({ desiredOccupations: ['7212'], version: created.body.version })).status).toBe(200);
    expect(await groupsOf(id)).toEqual(['512', '721']);
  });

  it('checks roles, scope and input', async () => {
    const candidate = (await t.api(coordinator).post('/api/v1/candidates').send(welder())).body;
    const opening = (await t.api(employer).post('/api/v1/openings').send(anOpening())).body;
    expect((await t.api(employer).get(`/api/v1/candidates/${candidate.id}/mentor-matches`)).status).toBe(403);
    expect((await t.api(careerCentre).get(`/api/v1/candidates/${candidate.id}/mentor-matches`)).status).toBe(403);
    expect((await t.api(employer).get(`/api/v1/candidates/${candidate.id}/opening-matches?kind=job`)).status).toBe(403);
    expect((await t.api(otherEmployer).get(`/api/v1/openings/${opening.id}/shortlist`)).status).toBe(403);
    for (const key of [coordinator, careerCentre, ADMIN_KEY]) expect((await t.api(key).get(`/api/v1/openings/${opening.id}/shortlist`)).status).toBe(200);

    const bad = [
      `/api/v1/candidates/${candidate.id}/opening-matches`,
      `/api/v1/candidates/${candidate.id}/opening-matches?kind=internship`,
      `/api/v1/candidates/${candidate.id}/mentor-matches?limit=51`,
      `/api/v1/candidates/${candidate.id}/mentor-matches?limit=0`,
      `/api/v1/candidates/${candidate.id}/mentor-matches?explainExcluded=yes`,
      `/api/v1/openings/${opening.id}/shortlist?sort=score`,
    ];
    for (const url of bad) {
      const res = await t.api(coordinator).get(url);
      expect(res.status).toBe(400);
      expect(res.body.type).toBe('urn:kobling:problem:validation');
    }
    expect((await t.api(coordinator).get('/api/v1/candidates/00000000-0000-4000-8000-000000000000/mentor-matches')).status).toBe(404);
    expect((await t.api(coordinator).get('/api/v1/openings/nope/shortlist')).status).toBe(404);

    await t.api(coordinator).get(`/api/v1/candidates/${candidate.id}/mentor-matches`);
    const audit = await t.api(ADMIN_KEY).get(`/api/v1/audit?resourceId=${candidate.id}&action=candidate.match`);
    expect(audit.body.items[0]).toMatchObject({ details: { matchType: 'mentor' }, actor: { role: 'coordinator' } });
  });
});
