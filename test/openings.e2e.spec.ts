import { anOpening } from './support/builders';
import { ADMIN_KEY, startTestApp, TestApp } from './support/test-app';

describe('openings', () => {
  let t: TestApp;
  let ownOrg: string;
  let otherOrg: string;
  let employer: string;
  let otherEmployer: string;
  let coordinator: string;
  let careerCentre: string;

  beforeAll(async () => {
    t = await startTestApp();
    ownOrg = await t.organisation('employer', '1516');
    otherOrg = await t.organisation('employer', '4614');
    employer = await t.key('employer', ownOrg);
    otherEmployer = await t.key('employer', otherOrg);
    coordinator = await t.key('coordinator');
    careerCentre = await t.key('career_centre', await t.organisation('career_centre'));
  });
  afterAll(() => t.close());

  const count = async () => (await t.db.query('SELECT count(*)::int AS n FROM openings'))[0].n as number;

  it('lets an employer post an opening for its own organisation, with defaults', async () => {
    const payload = anOpening();
    const res = await t.api(employer).post('/api/v1/openings').send(payload);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ ...payload, organisationId: ownOrg, status: 'open' });
  });

  it('forbids an employer to post for another organisation, and an admin must name an employer organisation', async () => {
    const before = await count();
    expect((await t.api(employer).post('/api/v1/openings').send(anOpening({ organisationId: otherOrg }))).status).toBe(403);
    const missing = await t.api(ADMIN_KEY).post('/api/v1/openings').send(anOpening());
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].field).toBe('organisationId');
    const centreOrg = await t.organisation('career_centre');
    expect((await t.api(ADMIN_KEY).post('/api/v1/openings').send(anOpening({ organisationId: centreOrg }))).status).toBe(400);
    expect(await count()).toBe(before);
    expect((await t.api(ADMIN_KEY).post('/api/v1/openings').send(anOpening({ organisationId: otherOrg }))).status).toBe(201);
  });

  it('shows employers their own openings only; coordinators and career centres see all', async () => {
    const own = (await t.api(employer).post('/api/v1/openings').send(anOpening())).body;
    const other = (await t.api(otherEmployer).post('/api/v1/openings').send(anOpening())).body;

    const ownList = await t.api(employer).get('/api/v1/openings?limit=100');
    expect(ownList.body.items.every((o: { organisationId: string }) => o.organisationId === ownOrg)).toBe(true);
    expect(ownList.body.items.map((o: { id: string }) => o.id)).toContain(own.id);
    expect((await t.api(employer).get(`/api/v1/openings?organisationId=${otherOrg}`)).status).toBe(403);

    expect((await t.api(employer).get(`/api/v1/openings/${other.id}`)).status).toBe(403);
    expect((await t.api(employer).patch(`/api/v1/openings/${other.id}`).send({ status: 'closed', version: 1 })).status).toBe(403);
    expect((await t.api(employer).delete(`/api/v1/openings/${other.id}`)).status).toBe(403);
    expect((await t.api(otherEmployer).get(`/api/v1/openings/${other.id}`)).body.status).toBe('open');

    for (const key of [coordinator, careerCentre, ADMIN_KEY]) {
      expect((await t.api(key).get(`/api/v1/openings/${other.id}`)).status).toBe(200);
      const list = await t.api(key).get(`/api/v1/openings?organisationId=${otherOrg}&limit=100`);
      expect(list.body.items.map((o: { id: string }) => o.id)).toContain(other.id);
    }
    // Reading is not writing: coordinators and career centres cannot change an employer's opening.
    for (const key of [coordinator, careerCentre]) {
      expect((await t.api(key).patch(`/api/v1/openings/${other.id}`).send({ status: 'closed', version: 1 })).status).toBe(403);
      expect((await t.api(key).post('/api/v1/openings').send(anOpening({ organisationId: otherOrg }))).status).toBe(403);
    }
  });

  it('lets the employer change and remove its opening, audited', async () => {
    const own = (await t.api(employer).post('/api/v1/openings').send(anOpening())).body;
    const res = await t.api(employer).patch(`/api/v1/openings/${own.id}`).send({ status: 'filled', positions: 1, minNorwegianLevel: null, version: 1 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'filled', positions: 1, minNorwegianLevel: null, title: own.title });
    expect((await t.api(employer).patch(`/api/v1/openings/${own.id}`).send({ organisationId: otherOrg })).status).toBe(400);
    expect((await t.api(employer).delete(`/api/v1/openings/${own.id}`)).status).toBe(204);
    const audit = await t.api(ADMIN_KEY).get(`/api/v1/audit?resourceId=${own.id}`);
    expect(audit.body.items.map((e: { action: string }) => e.action).reverse()).toEqual(['opening.create', 'opening.update', 'opening.delete']);
    expect(audit.body.items[0].actor).toMatchObject({ role: 'employer', organisationId: ownOrg });
  });

  it.each([
    ['an unknown kind', { kind: 'internship' }, 'kind'],
    ['zero positions', { positions: 0 }, 'positions'],
    ['a Norwegian level outside CEFR', { minNorwegianLevel: 'native' }, 'minNorwegianLevel'],
    ['an unknown status', { status: 'paused' }, 'status'],
    ['a required skill without mustHave', { requiredSkills: [{ label: 'sveising' }] }, 'requiredSkills.0.mustHave'],
    ['a required skill with an empty label', { requiredSkills: [{ label: '', mustHave: true }] }, 'requiredSkills.0.label'],
    ['permanent left out', { permanent: undefined }, 'permanent'],
    ['hours per week above 60', { hoursPerWeek: 80 }, 'hoursPerWeek'],
    ['an unknown STYRK-08 code', { occupationCode: '9998' }, 'occupationCode'],
    ['an unknown kommunenummer', { municipalityCode: '9999' }, 'municipalityCode'],
    ['an unknown field', { salary: 500000 }, 'salary'],
  ])('rejects %s with 400 naming the field, and writes nothing', async (_, override, field) => {
    const before = await count();
    const res = await t.api(employer).post('/api/v1/openings').send(anOpening(override));
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await count()).toBe(before);
  });

  it('answers 404 for an unknown opening', async () => {
    expect((await t.api(employer).get('/api/v1/openings/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await t.api(employer).patch('/api/v1/openings/x').send({ positions: 2 })).status).toBe(404);
  });
});
