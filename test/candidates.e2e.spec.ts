import { aCandidate } from './support/builders';
import { ADMIN_KEY, startTestApp, TestApp, unique } from './support/test-app';

describe('candidates', () => {
  let t: TestApp;
  let coordinator: string;
  let careerCentre: string;
  let careerCentreOrg: string;
  let employer: string;

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.key('coordinator');
    careerCentreOrg = await t.organisation('career_centre');
    careerCentre = await t.key('career_centre', careerCentreOrg);
    employer = await t.key('employer', await t.organisation('employer'));
  });
  afterAll(() => t.close());

  const count = async () => (await t.db.query('SELECT count(*)::int AS n FROM candidates'))[0].n as number;
  const fields = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field);

  it('registers a candidate with the full profile and returns it', async () => {
    const payload = aCandidate();
    const res = await t.api(careerCentre).post('/api/v1/candidates').send(payload);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ ...payload, registeredByOrganisationId: careerCentreOrg, ownerOrganisationId: careerCentreOrg, sharedWith: [] });
    expect(res.body.id).toMatch(/^[0-9a-f-]{36}$/);

    const got = await t.api(careerCentre).get(`/api/v1/candidates/${res.body.id}`);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(res.body);
  });

  it('fills optional lists with empty values when left out', async () => {
    const res = await t.api(coordinator).post('/api/v1/candidates').send({
      fullName: 'Yonas Tesfay',
      municipalityCode: '5001',
      consent: { matching: true, shareWithEmployers: false },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ languages: [], education: [], experience: [], skills: [], interests: [], desiredOccupations: [], goals: '', preferences: {} });
    expect(res.body.birthYear).toBeNull();
  });

  it.each([
    ['a missing required field', { fullName: undefined }, 'fullName'],
    ['an unknown field', { shoeSize: 42 }, 'shoeSize'],
    ['an unknown nested field', { consent: { matching: true, shareWithEmployers: true, marketing: true } }, 'consent.marketing'],
    ['a CEFR level that does not exist', { languages: [{ code: 'nb', level: 'B3' }] }, 'languages.0.level'],
    ['a language code that is not ISO 639-1', { languages: [{ code: 'arabic', level: 'native' }] }, 'languages.0.code'],
    ['an unknown education level', { education: [{ level: 'diploma', field: 'Økonomi', recognition: 'pending' }] }, 'education.0.level'],
    ['an unknown recognition state', { education: [{ level: 'master', field: 'Økonomi', recognition: 'nokut' }] }, 'education.0.recognition'],
    ['a country that is not ISO 3166 alpha-2', { countryOfOrigin: 'Syria' }, 'countryOfOrigin'],
    ['negative years of experience', { experience: [{ title: 'Sveiser', years: -1 }] }, 'experience.0.years'],
    ['an occupation code that is not STYRK-08', { experience: [{ title: 'Sveiser', occupationCode: '72120', years: 3 }] }, 'experience.0.occupationCode'],
    ['an unknown STYRK-08 code in experience', { experience: [{ title: 'Sveiser', occupationCode: '9998', years: 3 }] }, 'experience.0.occupationCode'],
    ['an unknown desired occupation', { desiredOccupations: ['2411', '9997'] }, 'desiredOccupations.1'],
    ['an unknown kommunenummer', { municipalityCode: '9999' }, 'municipalityCode'],
    ['a skill with unknown evidence', { skills: [{ label: 'sveising', evidence: 'rumour' }] }, 'skills.0.evidence'],
    ['a skill that is not an object', { skills: ['sveising'] }, 'skills.0'],
    ['a mentor gender preference outside the list', { preferences: { mentorGender: 'woman' } }, 'preferences.mentorGender'],
    ['consent that is not boolean', { consent: { matching: 'yes', shareWithEmployers: false } }, 'consent.matching'],
    ['missing consent', { consent: undefined }, 'consent'],
    ['a birth year in the future', { birthYear: 2999 }, 'birthYear'],
    ['interests that are not strings', { interests: [42] }, 'interests'],
  ])('rejects %s with 400 naming the field, and writes nothing', async (_, override, field) => {
    const before = await count();
    const res = await t.api(coordinator).post('/api/v1/candidates').send(aCandidate(override));
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.type).toBe('urn:kobling:problem:validation');
    expect(fields(res.body)).toContain(field);
    expect(await count()).toBe(before);
  });

  it('rejects a body that is not a JSON object, and malformed JSON, with 400', async () => {
    for (const body of ['[1,2]', '"text"', '{"fullName": ']) {
      const res = await t.api(coordinator).post('/api/v1/candidates').set('Content-Type', 'application/json').send(body);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(JSON.stringify(res.body)).not.toMatch(/at .*\.(js|ts):\d+/);
    }
  });

  it('updates only the fields sent, validates them, and rejects null for required fields', async () => {
    const created = (await t.api(coordinator).post('/api/v1/candidates').send(aCandidate())).body;
    const res = await t.api(coordinator).patch(`/api/v1/candidates/${created.id}`).send({
      languages: [{ code: 'nb', level: 'B1' }],
      countryOfOrigin: null,
      version: 1,
    });
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(2);
    expect(res.body.languages).toEqual([{ code: 'nb', level: 'B1', source: { type: 'profile' } }]);
    expect(res.body.countryOfOrigin).toBeNull();
    expect(res.body.skills).toEqual(created.skills);
    expect(res.body.fullName).toBe(created.fullName);

    for (const [body, field] of [
      [{ fullName: null }, 'fullName'],
      [{ municipalityCode: '9999' }, 'municipalityCode'],
      [{ experience: [{ title: 'x', years: 'many' }] }, 'experience.0.years'],
      [{ id: '00000000-0000-4000-8000-000000000000' }, 'id'],
      [{ goals: 'x', version: 0 }, 'version'],
    ] as const) {
      const bad = await t.api(coordinator).patch(`/api/v1/candidates/${created.id}`).send({ version: 2, ...body });
      expect(bad.status).toBe(400);
      expect(fields(bad.body)).toContain(field);
    }
    const after = (await t.api(coordinator).get(`/api/v1/candidates/${created.id}`)).body;
    expect(after.fullName).toBe(created.fullName);
    expect(after.municipalityCode).toBe(created.municipalityCode);
  });

  it('answers 404 for unknown ids, malformed ids included, on every route', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'nope', '1']) {
      expect((await t.api(coordinator).get(`/api/v1/candidates/${id}`)).status).toBe(404);
      expect((await t.api(coordinator).patch(`/api/v1/candidates/${id}`).send({ goals: 'x', version: 1 })).status).toBe(404);
      expect((await t.api(coordinator).patch(`/api/v1/candidates/${id}`).send({ goals: 'x' })).status).toBe(404);
      expect((await t.api(coordinator).delete(`/api/v1/candidates/${id}`)).status).toBe(404);
    }
  });

  it('deletes a candidate', async () => {
    const created = (await t.api(coordinator).post('/api/v1/candidates').send(aCandidate())).body;
    expect((await t.api(coordinator).delete(`/api/v1/candidates/${created.id}`)).status).toBe(204);
    expect((await t.api(coordinator).get(`/api/v1/candidates/${created.id}`)).status).toBe(404);
  });

  it('lists with filters and pagination, newest first', async () => {
    const tag = `tag${unique()}`;
    const ids: string[] = [];
    for (const municipalityCode of ['1515', '1515', '1515', '5014']) {
      const res = await t.api(coordinator).post('/api/v1/candidates').send(aCandidate({ municipalityCode, goals: `Mål ${tag}` }));
      ids.push(res.body.id);
    }
    const page1 = await t.api(coordinator).get(`/api/v1/candidates?q=${tag}&municipalityCode=1515&limit=2&page=1`);
    expect(page1.status).toBe(200);
    expect(page1.body).toMatchObject({ total: 3, page: 1, limit: 2 });
    expect(page1.body.items.map((c: { id: string }) => c.id)).toEqual([ids[2], ids[1]]);
    const page2 = await t.api(coordinator).get(`/api/v1/candidates?q=${tag}&municipalityCode=1515&limit=2&page=2`);
    expect(page2.body.items.map((c: { id: string }) => c.id)).toEqual([ids[0]]);

    const bySkill = await t.api(coordinator).get(`/api/v1/candidates?q=${tag}`);
    expect(bySkill.body.total).toBe(4);
    // A name search; `%` is matched literally, not as a wildcard.
    expect((await t.api(coordinator).get(`/api/v1/candidates?q=%25${tag}`)).body.total).toBe(0);

    for (const query of ['limit=101', 'limit=0', 'page=0', 'limit=abc', 'municipalityCode=oslo', 'sort=fullName']) {
      const bad = await t.api(coordinator).get(`/api/v1/candidates?${query}`);
      expect(bad.status).toBe(400);
      expect(bad.body.type).toBe('urn:kobling:problem:validation');
    }
  });

  it('never shows candidates to employers', async () => {
    const created = (await t.api(coordinator).post('/api/v1/candidates').send(aCandidate())).body;
    expect((await t.api(employer).get('/api/v1/candidates')).status).toBe(403);
    expect((await t.api(employer).get(`/api/v1/candidates/${created.id}`)).status).toBe(403);
    expect((await t.api(employer).post('/api/v1/candidates').send(aCandidate())).status).toBe(403);
    expect((await t.api(employer).patch(`/api/v1/candidates/${created.id}`).send({ goals: 'x', version: 1 })).status).toBe(403);
    expect((await t.api(employer).delete(`/api/v1/candidates/${created.id}`)).status).toBe(403);
  });

  it('writes an audit row for each create, read, list, update and delete, with no personal data in it', async () => {
    const created = (await t.api(careerCentre).post('/api/v1/candidates').send(aCandidate())).body;
    await t.api(careerCentre).get(`/api/v1/candidates/${created.id}`);
    await t.api(careerCentre).get(`/api/v1/candidates?q=${encodeURIComponent(created.fullName)}`);
    await t.api(careerCentre).patch(`/api/v1/candidates/${created.id}`).send({ goals: 'Bli autorisert regnskapsfører', version: created.version });
    await t.api(careerCentre).delete(`/api/v1/candidates/${created.id}`);

    const res = await t.api(ADMIN_KEY).get(`/api/v1/audit?resourceId=${created.id}`);
    expect(res.status).toBe(200);
    const actions = res.body.items.map((e: { action: string }) => e.action).reverse();
    expect(actions).toEqual(['candidate.create', 'candidate.read', 'candidate.list', 'candidate.update', 'candidate.delete']);
    const [create] = res.body.items.slice(-1);
    expect(create.actor).toMatchObject({ role: 'career_centre', organisationId: careerCentreOrg, keyId: expect.any(String) });
    const update = res.body.items.find((e: { action: string }) => e.action === 'candidate.update');
    expect(update.details).toEqual({ fields: ['goals'] });
    expect(JSON.stringify(res.body)).not.toContain(created.fullName);
  });

  it('lets one of 20 concurrent edits from the same version win; the others get 409 and overwrite nothing', async () => {
    const created = (await t.api(coordinator).post('/api/v1/candidates').send(aCandidate())).body;
    expect(created.version).toBe(1);
    const goals = Array.from({ length: 20 }, (_, i) => `Mål nummer ${i}`);
    const results = await Promise.all(goals.map((g) => t.api(coordinator).patch(`/api/v1/candidates/${created.id}`).send({ goals: g, version: 1 })));
    const won = results.filter((r) => r.status === 200);
    expect(won).toHaveLength(1);
    const lost = results.filter((r) => r.status !== 200);
    expect(lost.map((r) => [r.status, r.body.code])).toEqual(lost.map(() => [409, 'version_stale']));
    expect(lost[0].body.detail).toMatch(/versjon 1; den er nå på versjon 2/);
    const final = (await t.api(coordinator).get(`/api/v1/candidates/${created.id}`)).body;
    expect(final).toMatchObject({ goals: won[0].body.goals, version: 2 });
  });

  it('takes the version as If-Match or in the body, and refuses an edit that names none', async () => {
    const created = (await t.api(coordinator).post('/api/v1/candidates').send(aCandidate())).body;
    const missing = await t.api(coordinator).patch(`/api/v1/candidates/${created.id}`).send({ goals: 'Uten versjon' });
    expect([missing.status, missing.body.code]).toEqual([409, 'version_required']);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((await t.api(coordinator).get(`/api/v1/candidates/${created.id}`)).body.goals).toBe(created.goals);

    const byHeader = await t.api(coordinator).patch(`/api/v1/candidates/${created.id}`).set('If-Match', '"1"').send({ goals: 'Med If-Match' });
    expect([byHeader.status, byHeader.body.version]).toEqual([200, 2]);
    const weak = await t.api(coordinator).patch(`/api/v1/candidates/${created.id}`).set('If-Match', 'W/"2"').send({ goals: 'Svak If-Match', version: 2 });
    expect([weak.status, weak.body.version]).toEqual([200, 3]);
    const stale = await t.api(coordinator).patch(`/api/v1/candidates/${created.id}`).set('If-Match', '"2"').send({ goals: 'Foreldet' });
    expect([stale.status, stale.body.code]).toEqual([409, 'version_stale']);
    for (const [ifMatch, body, field] of [['*', {}, 'If-Match'], ['"tre"', {}, 'If-Match'], ['"3"', { version: 4 }, 'version']] as const) {
      const bad = await t.api(coordinator).patch(`/api/v1/candidates/${created.id}`).set('If-Match', ifMatch).send({ goals: 'x', ...body });
      expect([ifMatch, bad.status, fields(bad.body)]).toEqual([ifMatch, 400, [field]]);
    }
    expect((await t.api(coordinator).get(`/api/v1/candidates/${created.id}`)).body).toMatchObject({ goals: 'Svak If-Match', version: 3 });
  });
});
