import { aCandidate } from './support/builders';
import { ADMIN_KEY, startTestApp, TestApp } from './support/test-app';

describe('competence mappings, inferred occupations and hurtigspor prospects', () => {
  let t: TestApp;
  let coordinator: string;
  let centreA: string;
  let centreAOrg: string;
  let centreB: string;
  let centreBOrg: string;
  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.key('coordinator');
    centreAOrg = await t.organisation('career_centre');
    centreA = await t.key('career_centre', centreAOrg);
    centreBOrg = await t.organisation('career_centre');
    centreB = await t.key('career_centre', centreBOrg);
  });
  afterAll(() => t.close());

  /** The kommune's candidate, shared with both career centres so they may map it. */
  const candidate = async (overrides: Record<string, unknown> = {}) => {
    const id = (await t.api(coordinator).post('/api/v1/candidates').send(aCandidate(overrides))).body.id as string;
    for (const organisationId of [centreAOrg, centreBOrg]) {
      expect((await t.api(coordinator).post(`/api/v1/candidates/${id}/shares`).send({ organisationId })).status).toBe(201);
    }
    return id;
  };
  const get = async (id: string) => (await t.api(coordinator).get(`/api/v1/candidates/${id}`)).body;
  const mappings = async () => (await t.db.query(`SELECT count(*)::int AS n FROM competence_mappings`))[0].n as number;

  const mapping = {
    mappedAt: '2026-11-02T10:00:00.000Z',
    skills: [
      { label: 'TIG-sveising', evidence: 'verified', years: 6 },
      { label: 'regnskap', evidence: 'certified', years: 2 },
    ],
    languages: [
      { code: 'nb', oral: 'B1', written: 'A2' },
      { code: 'ar', oral: 'native', written: 'native' },
    ],
    education: [{ level: 'vocational', field: 'Sveiser', country: 'SY', recognition: 'approved', approvedLevel: 'vocational' }],
    realkompetanse: 'Har sveiset rør i ti år uten formelle papirer.',
  };

  it('records a mapping and shows the merged state on the candidate, with provenance per item', async () => {
    const id = await candidate();
    const res = await t.api(centreA).post(`/api/v1/candidates/${id}/competence-mappings`).send(mapping);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ candidateId: id, organisationId: centreAOrg, version: 1, realkompetanse: mapping.realkompetanse });

    const c = await get(id);
    const source = { type: 'mapping', mappingId: res.body.id, organisationId: centreAOrg, mappedAt: mapping.mappedAt };
    // "regnskap" was on the record already; the mapping's statement (certified, 2 years) replaces it.
    expect(c.skills).toEqual([
      { label: 'TIG-sveising', evidence: 'verified', years: 6, skillId: expect.any(String), skill: 'perform tungsten inert gas welding', confidence: expect.any(Number), source },
      { label: 'regnskap', evidence: 'certified', years: 2, skillId: expect.any(String), skill: 'accounting techniques', confidence: expect.any(Number), source },
    ]);
    expect(c.languages).toEqual([
      { code: 'so', level: 'native', source: { type: 'profile' } },
      { code: 'nb', level: 'A2', oral: 'B1', written: 'A2', source },
      { code: 'ar', level: 'native', oral: 'native', written: 'native', source },
    ]);
    expect(c.education).toEqual([
      { level: 'bachelor', field: 'Økonomi', country: 'SO', recognition: 'pending', source: { type: 'profile' } },
      { ...mapping.education[0], source },
    ]);
    expect(c.inferredOccupations[0]).toMatchObject({ code: expect.stringMatching(/^\d{4}$/), confidence: expect.any(Number) });
  });

  it('keeps the history, lets only the mapping centre change it (403 for another), and refuses a stale version', async () => {
    const id = await candidate();
    const first = (await t.api(centreA).post(`/api/v1/candidates/${id}/competence-mappings`).send(mapping)).body;
    const second = await t.api(centreB).post(`/api/v1/candidates/${id}/competence-mappings`).send({
      mappedAt: '2026-11-10T10:00:00.000Z',
      languages: [{ code: 'nb', oral: 'B2', written: 'B1' }],
    });
    expect(second.status).toBe(201);
    expect((await get(id)).languages.find((l: { code: string }) => l.code === 'nb')).toMatchObject({ level: 'B1', oral: 'B2', written: 'B1' });

    const before = await t.db.query(`SELECT * FROM competence_mappings WHERE id = $1`, [first.id]);
    const stolen = await t.api(centreB).patch(`/api/v1/candidates/${id}/competence-mappings/${first.id}`).send({ realkompetanse: 'endret', version: 1 });
    expect(stolen.status).toBe(403);
    expect(stolen.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(await t.db.query(`SELECT * FROM competence_mappings WHERE id = $1`, [first.id])).toEqual(before);
    expect((await t.api(centreA).patch(`/api/v1/candidates/${id}/competence-mappings/${first.id}`).send({ version: 9, realkompetanse: 'x' })).status).toBe(409);
    expect((await t.api(centreA).patch(`/api/v1/candidates/${id}/competence-mappings/${first.id}`).send({ realkompetanse: 'x' })).body.code).toBe('version_required');

    const own = await t.api(centreA).patch(`/api/v1/candidates/${id}/competence-mappings/${first.id}`).send({ version: 1, skills: [{ label: 'sveising', evidence: 'certified' }] });
    expect(own.status).toBe(200);
    expect(own.body.version).toBe(2);
    const c = await get(id);
    expect(c.skills.map((s: { label: string }) => s.label)).toEqual(['regnskap', 'sveising']);

    const history = await t.api(coordinator).get(`/api/v1/candidates/${id}/competence-mappings`);
    expect(history.body.map((m: { id: string }) => m.id)).toEqual([second.body.id, first.id]);
  });

  it('rejects bad mappings with problem+json and writes nothing', async () => {
    const id = await candidate();
    const n = await mappings();
    const tries: [string, Record<string, unknown>, number][] = [
      [centreA, { languages: [{ code: 'nb', oral: 'B3', written: 'A2' }] }, 400],
      [centreA, { education: [{ level: 'master', field: 'Medisin', recognition: 'approved' }] }, 400], // approvedLevel missing
      [centreA, { education: [{ level: 'bachelor', field: 'Sykepleie', recognition: 'authorisation_required' }] }, 400], // profession missing
      [centreA, { skills: [{ label: 'sveising', evidence: 'guessed' }] }, 400],
      [centreA, { mappedAt: '2999-01-01T00:00:00Z', skills: [{ label: 'sveising', evidence: 'mapped' }] }, 400],
      [centreA, {}, 400],
      [coordinator, { skills: [{ label: 'sveising', evidence: 'mapped' }] }, 403],
      [ADMIN_KEY, { skills: [{ label: 'sveising', evidence: 'mapped' }] }, 403],
    ];
    for (const [key, body, status] of tries) {
      const res = await t.api(key).post(`/api/v1/candidates/${id}/competence-mappings`).send(body);
      expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), status]);
    }
    expect((await t.api(centreA).post(`/api/v1/candidates/00000000-0000-4000-8000-000000000000/competence-mappings`).send(mapping)).status).toBe(404);
    expect(await mappings()).toBe(n);
  });

  it('marks a nurse in Rogaland a hurtigspor prospect with the reason, and lists prospects for career centres', async () => {
    const welder = await candidate({
      municipalityCode: '1103', // Stavanger
      experience: [{ title: 'Sykepleier', occupationCode: '2223', years: 8 }],
      skills: [{ label: 'sårstell', evidence: 'mapped' }],
      desiredOccupations: [],
    });
    const c = await get(welder);
    expect(c.hurtigsporProspect).toBe(true);
    // NAV's survey: an estimated shortage of 350 nurses in Rogaland (2017).
    expect(c.prospectReasons[0]).toEqual({ occupationCode: '2223', via: 'mapped', countyCode: '11', countyName: 'Rogaland', shortage: 350, year: 2017 });

    // A welder (7212) in Rogaland is not: the survey finds no shortage there; in Trøndelag it finds 50.
    const rogaland = await candidate({ municipalityCode: '1103', experience: [{ title: 'Sveiser', occupationCode: '7212', years: 8 }], skills: [], desiredOccupations: [] });
    const trondheim = await candidate({ municipalityCode: '5001', experience: [{ title: 'Sveiser', occupationCode: '7212', years: 8 }], skills: [], desiredOccupations: [] });
    expect((await get(rogaland)).hurtigsporProspect).toBe(false);
    expect((await get(trondheim)).prospectReasons).toEqual([expect.objectContaining({ occupationCode: '7212', countyName: 'Trøndelag', shortage: 50 })]);

    const other = await candidate({ experience: [], skills: [{ label: 'xqzv blorp', evidence: 'mapped' }], desiredOccupations: [] });
    expect((await get(other)).hurtigsporProspect).toBe(false);

    const list = await t.api(centreA).get('/api/v1/candidates?hurtigsporProspect=true&limit=100');
    expect(list.status).toBe(200);
    const ids = list.body.items.map((i: { id: string }) => i.id);
    expect(ids).toContain(welder);
    expect(ids).not.toContain(other);
    expect(list.body.items.every((i: { hurtigsporProspect: boolean }) => i.hurtigsporProspect)).toBe(true);
    expect((await t.api(centreA).get('/api/v1/candidates?hurtigsporProspect=maybe')).status).toBe(400);
  });

  it('infers occupations from Norwegian skills and from an experience title without a code', async () => {
    const id = await candidate({
      experience: [{ title: 'Bussjåfør', years: 3 }],
      skills: ['sårstell', 'legemiddelhåndtering', 'blodtrykksmåling', 'akuttmedisin'].map((label) => ({ label, evidence: 'mapped' })),
      desiredOccupations: [],
    });
    const c = await get(id);
    expect(c.inferredOccupations.find((i: { code: string }) => i.code === '2221')).toMatchObject({ via: 'skills' });
    expect(c.inferredOccupations.find((i: { code: string }) => i.code === '8331')).toMatchObject({ via: 'experience_title' });
  });
});
