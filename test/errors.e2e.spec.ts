import { randomUUID } from 'node:crypto';
import { aCandidate, anOpening } from './support/builders';
import { ADMIN_KEY, startTestApp, TestApp } from './support/test-app';

/** class-validator's own English, which must never reach a client. */
const LIBRARY_DEFAULTS = /should not exist|must be either object or array|must be longer than|must be shorter than|should not be empty|must be a string|an unknown value was passed/;

/** Errors a person can read: a stable code beside `type`, and the text in Bokmål by default or English on request. */
describe('errors in nb and en, with codes', () => {
  let t: TestApp;
  let employer: string;
  let centre: string;

  beforeAll(async () => {
    t = await startTestApp();
    const employerOrg = await t.organisation('employer', '4601');
    employer = await t.key('employer', employerOrg);
    centre = await t.key('career_centre', await t.organisation('career_centre', '4601'));
  });
  afterAll(() => t.close());

  const fieldErrors = (body: { errors?: { field: string; code: string; message: string }[] }) => body.errors ?? [];

  it('names an unknown field "Ukjent felt: x" by default and "Unknown field: x" in English, with the code unknown_field', async () => {
    const body = aCandidate({ nickname: 'Abu' });
    const nb = await t.api(centre).post('/api/v1/candidates').send(body);
    expect(nb.status).toBe(400);
    expect(nb.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(nb.headers['content-language']).toBe('nb');
    expect(nb.body).toMatchObject({ type: 'urn:kobling:problem:validation', code: 'validation_failed', title: 'Ugyldige felt', status: 400 });
    expect(fieldErrors(nb.body)).toEqual([{ field: 'nickname', code: 'unknown_field', message: 'Ukjent felt: nickname' }]);

    const en = await t.api(centre).post('/api/v1/candidates').set('Accept-Language', 'en-GB,en;q=0.9').send(body);
    expect(en.status).toBe(400);
    expect(en.headers['content-language']).toBe('en');
    expect(en.body).toMatchObject({ code: 'validation_failed', title: 'Validation failed', detail: 'Some fields are not valid; see errors.' });
    expect(fieldErrors(en.body)).toEqual([{ field: 'nickname', code: 'unknown_field', message: 'Unknown field: nickname' }]);
  });

  it('says a missing required field is missing (code required), not that it is too long or not a string', async () => {
    const body = aCandidate();
    delete body.fullName;
    const nb = await t.api(centre).post('/api/v1/candidates').send(body);
    expect(nb.status).toBe(400);
    expect(fieldErrors(nb.body)).toEqual([{ field: 'fullName', code: 'required', message: 'Mangler: fullName' }]);
    const en = await t.api(centre).post('/api/v1/candidates').set('Accept-Language', 'en').send(body);
    expect(fieldErrors(en.body)).toEqual([{ field: 'fullName', code: 'required', message: 'Missing: fullName' }]);
    const nn = await t.api(centre).post('/api/v1/candidates').set('Accept-Language', 'nn-NO').send(body);
    expect(nn.headers['content-language']).toBe('nn');
    expect(nn.body).toMatchObject({ code: 'validation_failed', detail: 'Nokre felt er ikkje gyldige. Sjå «errors».' });
    expect(fieldErrors(nn.body)).toEqual([{ field: 'fullName', code: 'required', message: 'Manglar: fullName' }]);
  });

  it('names the shape of requiredSkills items, {label, mustHave}, when the list or an item is not what it should be', async () => {
    const cases: [unknown, string][] = [
      [['sveising'], 'requiredSkills.0'],
      [[{ label: 'TIG', mustHave: true }, 7], 'requiredSkills.1'],
      ['sveising', 'requiredSkills'],
      [{ label: 'sveising', mustHave: true }, 'requiredSkills'],
    ];
    for (const [requiredSkills, field] of cases) {
      const nb = await t.api(employer).post('/api/v1/openings').send(anOpening({ requiredSkills }));
      expect(nb.status).toBe(400);
      expect(fieldErrors(nb.body)).toEqual([{ field, code: 'expected_list_of', message: 'requiredSkills må være en liste av {label, mustHave}' }]);
      const en = await t.api(employer).post('/api/v1/openings').set('Accept-Language', 'en').send(anOpening({ requiredSkills }));
      expect(fieldErrors(en.body)).toEqual([{ field, code: 'expected_list_of', message: 'requiredSkills must be a list of {label, mustHave}' }]);
    }
  });

  it('gives limits and allowed values in the message, and a missing nested field as missing', async () => {
    const res = await t
      .api(employer)
      .post('/api/v1/openings')
      .send(anOpening({ title: 'x'.repeat(201), kind: 'volunteering', municipalityCode: '46O1', requiredSkills: [{ mustHave: true }] }));
    expect(res.status).toBe(400);
    const byField = Object.fromEntries(fieldErrors(res.body).map((e) => [e.field, e]));
    expect(byField.title).toEqual({ field: 'title', code: 'too_long', message: 'title kan ha høyst 200 tegn' });
    expect(byField.kind).toMatchObject({ code: 'not_one_of', message: expect.stringMatching(/^kind må være en av: .*praksis/) });
    expect(byField.municipalityCode).toEqual({ field: 'municipalityCode', code: 'invalid_kommunenummer', message: 'municipalityCode må være et kommunenummer med fire sifre' });
    expect(byField['requiredSkills.0.label']).toEqual({ field: 'requiredSkills.0.label', code: 'required', message: 'Mangler: requiredSkills.0.label' });
  });

  it('says a closing note is required with reason other, not that it is too long', async () => {
    const res = await t.api(centre).post(`/api/v1/hurtigspor/cases/${randomUUID()}/transitions`).send({ to: 'closed', reason: 'other', expectedVersion: 1 });
    expect(res.status).toBe(400);
    expect(fieldErrors(res.body)).toEqual([{ field: 'note', code: 'required_when', message: 'Mangler: note (kreves når reason er «other»)' }]);
    const en = await t
      .api(centre)
      .post(`/api/v1/hurtigspor/cases/${randomUUID()}/transitions`)
      .set('Accept-Language', 'en')
      .send({ to: 'closed', reason: 'other', expectedVersion: 1 });
    expect(fieldErrors(en.body)).toEqual([{ field: 'note', code: 'required_when', message: 'Missing: note (required when reason is “other”)' }]);
  });

  it('answers a stale case version with case_version_stale: reload, in nb and en', async () => {
    const candidate = await t.api(centre).post('/api/v1/candidates').send(aCandidate());
    const opening = await t.api(employer).post('/api/v1/openings').send(anOpening({ municipalityCode: '4601', occupationCode: '3313' }));
    const created = await t.api(centre).post('/api/v1/hurtigspor/cases').send({ candidateId: candidate.body.id, openingId: opening.body.id });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect((await t.api(centre).post(`/api/v1/hurtigspor/cases/${id}/transitions`).send({ to: 'referred', expectedVersion: 1 })).status).toBe(200);

    const stale = { to: 'closed', reason: 'no_response', expectedVersion: 1 };
    const nb = await t.api(centre).post(`/api/v1/hurtigspor/cases/${id}/transitions`).send(stale);
    expect(nb.status).toBe(409);
    expect(nb.body).toMatchObject({
      type: 'urn:kobling:problem:conflict',
      code: 'case_version_stale',
      title: 'Konflikt',
      detail: 'Saken er endret siden versjon 1; den er nå på versjon 2. Last den inn på nytt.',
    });
    const en = await t.api(centre).post(`/api/v1/hurtigspor/cases/${id}/transitions`).set('Accept-Language', 'en').send(stale);
    expect(en.body).toMatchObject({ code: 'case_version_stale', title: 'Conflict', detail: 'The case has changed since version 1; it is now at version 2. Reload it.' });
  });

  it('names the missing record in the language asked for (not_found), also for a malformed id', async () => {
    const id = randomUUID();
    const nb = await t.api(centre).get(`/api/v1/candidates/${id}`);
    expect(nb.status).toBe(404);
    expect(nb.body).toMatchObject({ code: 'not_found', title: 'Finnes ikke', detail: `Fant ingen kandidat med id «${id}».` });
    const en = await t.api(centre).get('/api/v1/candidates/not-an-id').set('Accept-Language', 'fr, en;q=0.5');
    expect(en.body).toMatchObject({ code: 'not_found', detail: 'No candidate with id “not-an-id” was found.' });
  });

  it('gives codes to auth, body-parser and routing errors, in Norwegian', async () => {
    const noKey = await t.api().get('/api/v1/candidates');
    expect(noKey.body).toMatchObject({ status: 401, code: 'api_key_missing', detail: 'Send en API-nøkkel som «Authorization: Bearer <nøkkel>».' });
    const badKey = await t.api('not-a-key').get('/api/v1/candidates');
    expect(badKey.body).toMatchObject({ status: 401, code: 'api_key_unknown' });
    const wrongRole = await t.api(employer).get('/api/v1/candidates');
    expect(wrongRole.body).toMatchObject({ status: 403, code: 'role_not_allowed', detail: expect.stringContaining('nøkkelen din har rollen employer') });
    const json = await t.api(ADMIN_KEY).post('/api/v1/organisations').set('Content-Type', 'application/json').send('{"kind": ');
    expect(json.body).toMatchObject({ status: 400, code: 'invalid_json', detail: 'Innholdet i forespørselen er ikke gyldig JSON.' });
    const route = await t.api(ADMIN_KEY).get('/api/v1/nothing-here');
    expect(route.body).toMatchObject({ status: 404, code: 'route_not_found', detail: 'Denne adressen finnes ikke i API-et.' });
    const array = await t.api(ADMIN_KEY).post('/api/v1/organisations').send([{ kind: 'employer' }]);
    expect(array.body).toMatchObject({ status: 400, code: 'body_not_object' });
  });

  it('lets no library default text reach a client, whatever is wrong with a body', async () => {
    const bodies: [string, string, Record<string, unknown>][] = [
      [centre, '/api/v1/candidates', aCandidate({ extra: 1, fullName: 42, languages: 'ar', skills: [{ label: '' }], experience: [7], preferences: 'near' })],
      [centre, '/api/v1/candidates', aCandidate({ fullName: 'x'.repeat(500), birthYear: 'nineteen', desiredOccupations: ['12'], consent: null })],
      [employer, '/api/v1/openings', anOpening({ requiredSkills: [{ label: 'x', mustHave: 'yes', level: 3 }], hoursPerWeek: -1, positions: 1.5 })],
      [employer, '/api/v1/openings', {}],
    ];
    for (const [key, url, body] of bodies) {
      for (const language of ['nb', 'en']) {
        const res = await t.api(key).post(url).set('Accept-Language', language).send(body);
        expect(res.status).toBe(400);
        const errors = fieldErrors(res.body);
        expect(errors.length).toBeGreaterThan(0);
        for (const e of errors) expect(e).toEqual({ field: expect.any(String), code: expect.stringMatching(/^[a-z_]+$/), message: expect.any(String) });
        expect(JSON.stringify(res.body)).not.toMatch(LIBRARY_DEFAULTS);
      }
    }
  });
});
