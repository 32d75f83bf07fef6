import { aCandidate, aMentor, anOpening } from './support/builders';
import { ADMIN_KEY, startTestApp, TestApp, unique } from './support/test-app';

/**
 * An explicit null is something any client can send. For each field of a valid body, a body with
 * that one field null must be answered (created, defaulted or refused with a 400), never a 500.
 */
describe('explicit null in every field of the create and update bodies', () => {
  let t: TestApp;
  let coordinator: string;
  let employer: string;
  let organisationId: string;
  let skillId: string;

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.key('coordinator');
    organisationId = await t.organisation('employer');
    employer = await t.key('employer', organisationId);
    const [skill] = await t.db.query(`SELECT id FROM skills ORDER BY id LIMIT 1`);
    skillId = skill.id;
  });
  afterAll(() => t.close());

  const routes = (): { name: string; key: string; create: string; body: () => Record<string, unknown> }[] => [
    { name: 'candidate', key: coordinator, create: '/api/v1/candidates', body: () => aCandidate() },
    { name: 'mentor', key: coordinator, create: '/api/v1/mentors', body: () => aMentor({ active: true }) },
    { name: 'opening', key: employer, create: '/api/v1/openings', body: () => anOpening({ organisationId, status: 'open', norwegianLevelRequired: false }) },
    { name: 'organisation', key: ADMIN_KEY, create: '/api/v1/organisations', body: () => ({ kind: 'employer', name: `Null AS ${unique()}`, municipalityCode: '0301' }) },
    { name: 'synonym', key: ADMIN_KEY, create: `/api/v1/taxonomy/skills/${skillId}/synonyms`, body: () => ({ label: `nullsynonym ${unique()}`, lang: 'nb' }) },
  ];

  it('creates, defaults or refuses with 400, never 500', async () => {
    const answers: string[] = [];
    for (const route of routes()) {
      for (const field of Object.keys(route.body())) {
        const res = await t.api(route.key).post(route.create).send({ ...route.body(), [field]: null });
        if (res.status >= 500) answers.push(`${route.name}.${field}: ${res.status}`);
      }
    }
    expect(answers).toEqual([]);
  });

  it('refuses null for a field that cannot be empty in an update, and changes nothing', async () => {
    const answers: string[] = [];
    for (const route of routes().filter((r) => ['candidate', 'mentor', 'opening'].includes(r.name))) {
      const created = await t.api(route.key).post(route.create).send(route.body());
      expect(created.status).toBe(201);
      for (const field of Object.keys(route.body()).filter((f) => f !== 'organisationId')) {
        const res = await t.api(route.key).patch(`${route.create}/${created.body.id}`).send({ [field]: null });
        if (res.status >= 500) answers.push(`${route.name}.${field}: ${res.status}`);
      }
    }
    expect(answers).toEqual([]);
  });
});
