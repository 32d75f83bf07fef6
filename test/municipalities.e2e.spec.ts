import { aCandidate, aMentor } from './support/builders';
import { ADMIN_KEY, startTestApp, TestApp } from './support/test-app';

type Hit = { code: string; name: string; countyCode: string; countyName: string; lat: number; lon: number; adminCentre: string | null; population: number | null };

describe('municipalities', () => {
  let t: TestApp;
  let coordinator: string;
  let employer: string;
  let centre: string;

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.key('coordinator');
    employer = await t.key('employer', await t.organisation('employer'));
    centre = await t.key('career_centre', await t.organisation('career_centre'));
  });
  afterAll(() => t.close());

  const search = (query: string, key = coordinator) => t.api(key).get(`/api/v1/municipalities${query}`);
  const codes = (body: Hit[]) => body.map((m) => m.code);

  describe('GET /api/v1/municipalities', () => {
    it('finds both Herøy by a name typed without ø, the larger first, each with county and centroid', async () => {
      const res = await search('?q=heroy');
      expect(res.status).toBe(200);
      expect(codes(res.body)).toEqual(['1515', '1818']);
      expect(res.body[0]).toEqual({
        code: '1515',
        name: 'Herøy',
        countyCode: '15',
        countyName: 'Møre og Romsdal',
        lat: expect.any(Number),
        lon: expect.any(Number),
        adminCentre: 'Fosnavåg',
        population: expect.any(Number),
      });
      expect(res.body[1]).toMatchObject({ countyCode: '18', countyName: 'Nordland' });
      expect(res.body[0].lat).toBeGreaterThan(62);
      expect(res.body[0].lat).toBeLessThan(63);
    });

    it('finds by name in any case, by number and by number prefix, for every role', async () => {
      expect(codes((await search('?q=OSLO', employer)).body)).toEqual(['0301']);
      expect(codes((await search('?q=03', centre)).body)).toEqual(['0301']);
      expect(codes((await search('?q=1508', ADMIN_KEY)).body)).toEqual(['1508']);
      const prefix = (await search('?q=46&limit=100')).body as Hit[];
      expect(prefix.length).toBeGreaterThan(10);
      expect(prefix.every((m) => m.code.startsWith('46') && m.countyName === 'Vestland')).toBe(true);
      expect(prefix[0].code).toBe('4601'); // Bergen: the most people in the county
    });

    it('puts the exact name before names that start with it', async () => {
      const res = await search('?q=nes');
      expect(res.body[0]).toMatchObject({ code: '3228', name: 'Nes' });
      expect(res.body.map((m: Hit) => m.name)).toEqual(expect.arrayContaining(['Nesodden', 'Nesna']));
    });

    it('matches any part of a Sami–Norwegian name, and leads an old number to the kommune it became', async () => {
      expect(codes((await search('?q=karasjok')).body)).toEqual(['5610']);
      expect(codes((await search('?q=tana')).body)).toContain('5628');
      expect(codes((await search('?q=5401')).body)).toEqual(['5501']);
    });

    it('lists all 357 kommuner of 2024 without q, up to the limit', async () => {
      expect((await search('?limit=400')).body).toHaveLength(357);
      expect((await search('')).body).toHaveLength(20);
      expect((await search('?q=zzzz')).body).toEqual([]);
    });

    it('answers 400 problem+json for a limit it cannot use, and 401 without a key', async () => {
      for (const query of ['?limit=0', '?limit=401', '?limit=many', `?q=${'x'.repeat(101)}`]) {
        const res = await search(query);
        expect(res.status).toBe(400);
        expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      }
      expect((await t.api().get('/api/v1/municipalities?q=oslo')).status).toBe(401);
    });
  });

  describe('old and mistyped kommunenummer', () => {
    const errorsOf = (body: { errors?: { field: string; message: string; code?: string }[] }) => body.errors ?? [];

    it('answers 400 naming the 2024 number for a number in use 2020–2023', async () => {
      const res = await t.api(coordinator).post('/api/v1/candidates').send(aCandidate({ municipalityCode: '1507' }));
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(errorsOf(res.body)).toEqual([{ field: 'municipalityCode', code: 'municipality_renumbered', message: '1507 Ålesund heter 1508 Ålesund fra 2024' }]);
    });

    it.each([
      ['3024', '3024 Bærum heter 3201 Bærum fra 2024'],
      ['3811', '3811 Færder heter 3911 Færder fra 2024'],
      ['5401', '5401 Tromsø heter 5501 Tromsø fra 2024'],
      ['3018', '3018 Våler heter 3114 Våler fra 2024'],
    ])('names the new number of %s on every route', async (code, message) => {
      const mentor = await t.api(coordinator).post('/api/v1/mentors').send(aMentor({ municipalityCode: code }));
      expect(mentor.status).toBe(400);
      expect(errorsOf(mentor.body)).toEqual([expect.objectContaining({ field: 'municipalityCode', message })]);
      const organisation = await t.api(ADMIN_KEY).post('/api/v1/organisations').send({ kind: 'employer', name: 'Bedrift AS', municipalityCode: code });
      expect(organisation.status).toBe(400);
      expect(errorsOf(organisation.body)[0].message).toBe(message);
    });

    it('says it in English on request', async () => {
      const res = await t.api(coordinator).post('/api/v1/candidates').set('Accept-Language', 'en').send(aCandidate({ municipalityCode: '1507' }));
      expect(errorsOf(res.body)).toEqual([{ field: 'municipalityCode', code: 'municipality_renumbered', message: '1507 Ålesund is 1508 Ålesund from 2024' }]);
    });

    it('says a three-digit number probably lost its leading zero', async () => {
      const res = await t.api(coordinator).post('/api/v1/candidates').send(aCandidate({ municipalityCode: '301' }));
      expect(res.status).toBe(400);
      expect(errorsOf(res.body)).toEqual([
        { field: 'municipalityCode', code: 'municipality_leading_zero', message: '«301» mangler trolig en null foran: kommunenummer har fire sifre (0301 Oslo)' },
      ]);
    });

    it('still calls an unknown number unknown, and still accepts the 2024 numbers', async () => {
      const unknown = await t.api(coordinator).post('/api/v1/candidates').send(aCandidate({ municipalityCode: '999' }));
      expect(unknown.status).toBe(400);
      expect(errorsOf(unknown.body)[0]).toMatchObject({ code: 'unknown_kommunenummer', message: expect.stringMatching(/999 er ikke et kjent kommunenummer/) });
      for (const code of ['0301', '1508', '1580', '3201', '5501']) {
        expect((await t.api(coordinator).post('/api/v1/candidates').send(aCandidate({ municipalityCode: code }))).status).toBe(201);
      }
    });

    it('gives the same messages for cells of a CSV import, as Excel writes them', async () => {
      const header = 'externalRef,fullName,municipalityCode,norwegianLevel,occupationCode,skills,interests,consentMatching,consentShareWithEmployers';
      const row = (ref: string, code: string) => `${ref},Amina Yusuf ${ref},${code},A2,3313,regnskap,fjellturer,true,false`;
      const file = [header, row('old-1', '1507'), row('excel-1', '301'), row('ok-1', '0301')].join('\n') + '\n';
      const res = await t.api(centre).post('/api/v1/candidates/import').set('Content-Type', 'text/csv').send(file);
      expect({ status: res.status, body: res.status === 422 ? 'report' : res.body }).toEqual({ status: 422, body: 'report' });
      const rows = res.body.report.rows as { externalRef: string; errors: { field: string; message: string }[] }[];
      const messages = (ref: string) => rows.find((r) => r.externalRef === ref)!.errors.map((e) => e.message);
      expect(messages('old-1')).toEqual(['1507 Ålesund heter 1508 Ålesund fra 2024']);
      expect(messages('excel-1')).toEqual(['«301» mangler trolig en null foran: kommunenummer har fire sifre (0301 Oslo)']);
      expect(messages('ok-1')).toEqual([]);
    });
  });
});
