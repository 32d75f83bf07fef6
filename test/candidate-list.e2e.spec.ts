import { aCandidate, aMentor } from './support/builders';
import { startTestApp, TestApp, unique } from './support/test-app';

/**
 * The coordinator's list: filters by Norwegian level, mentor and consent, sorting with a stable
 * tie-break, on real records; and still only the organisation's own candidates.
 */
describe('candidate list: filters and sort', () => {
  let t: TestApp;
  let coordinator: string;
  let other: string;
  const tag = unique();
  const ids: Record<string, string> = {};

  const register = async (key: string, name: string, overrides: Record<string, unknown>) => {
    const res = await t.api(key).post('/api/v1/candidates').send(aCandidate({ fullName: `${name} ${tag}`, ...overrides }));
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const names = async (query: string, key = coordinator): Promise<string[]> => {
    const res = await t.api(key).get(`/api/v1/candidates?q=${tag}&limit=100&${query}`);
    expect(res.status).toBe(200);
    return (res.body.items as { fullName: string }[]).map((c) => c.fullName.replace(` ${tag}`, ''));
  };

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.key('coordinator');
    other = await t.key('coordinator');
    const nb = (level: string) => [{ code: 'so', level: 'native' }, { code: 'nb', level }];
    ids.berit = await register(coordinator, 'Berit', { languages: nb('B1'), consent: { matching: true, shareWithEmployers: false } });
    ids.ali = await register(coordinator, 'Ali', { languages: nb('A2'), consent: { matching: false, shareWithEmployers: false } });
    ids.celine = await register(coordinator, 'Céline', { languages: [{ code: 'nn', level: 'C1' }], consent: { matching: true, shareWithEmployers: true } });
    ids.dawit = await register(coordinator, 'Dawit', { languages: [{ code: 'ti', level: 'native' }], consent: { matching: true, shareWithEmployers: true } });
    // Another kommune's candidate, at every level and consent: it never shows.
    await register(other, 'Eskil', { languages: nb('C2'), consent: { matching: true, shareWithEmployers: true } });
    const mentor = (await t.api(coordinator).post('/api/v1/mentors').send(aMentor())).body.id as string;
    const proposed = await t.api(coordinator).post('/api/v1/mentorships').send({ candidateId: ids.berit, mentorId: mentor });
    expect(proposed.status).toBe(201);
    // Ali is edited last, so it is the newest by updatedAt.
    expect((await t.edit(coordinator, `/api/v1/candidates/${ids.ali}`, { goals: 'Lære norsk' })).status).toBe(200);
  });
  afterAll(() => t.close());

  it('filters by Norwegian level: at least the level asked for, Bokmål or Nynorsk, never the candidates without Norwegian', async () => {
    expect((await names('norwegianLevel=B1')).sort()).toEqual(['Berit', 'Céline']);
    expect((await names('norwegianLevel=A1')).sort()).toEqual(['Ali', 'Berit', 'Céline']);
    expect(await names('norwegianLevel=C2')).toEqual([]);
  });

  it('filters by whether the candidate has a proposed or active mentorship', async () => {
    expect(await names('hasMentor=true')).toEqual(['Berit']);
    expect((await names('hasMentor=false')).sort()).toEqual(['Ali', 'Céline', 'Dawit']);
  });

  it('filters by current consent', async () => {
    expect((await names('consent=matching')).sort()).toEqual(['Berit', 'Céline', 'Dawit']);
    expect(await names('consent=no_matching')).toEqual(['Ali']);
    expect((await names('consent=share')).sort()).toEqual(['Céline', 'Dawit']);
    expect((await names('consent=no_share')).sort()).toEqual(['Ali', 'Berit']);
    // Withdrawn in an edit: the filter follows at once.
    expect((await t.edit(coordinator, `/api/v1/candidates/${ids.dawit}`, { consent: { matching: false, shareWithEmployers: true } })).status).toBe(200);
    expect((await names('consent=no_matching')).sort()).toEqual(['Ali', 'Dawit']);
    expect((await t.edit(coordinator, `/api/v1/candidates/${ids.dawit}`, { consent: { matching: true, shareWithEmployers: true } })).status).toBe(200);
  });

  it('combines filters with the search and the count', async () => {
    const res = await t.api(coordinator).get(`/api/v1/candidates?q=${tag}&norwegianLevel=B1&consent=share`);
    expect(res.body).toMatchObject({ total: 1, items: [expect.objectContaining({ fullName: `Céline ${tag}` })] });
  });

  it('sorts by name, createdAt, updatedAt and Norwegian level, both ways', async () => {
    expect(await names('sort=name')).toEqual(['Ali', 'Berit', 'Céline', 'Dawit']);
    expect(await names('sort=-name')).toEqual(['Dawit', 'Céline', 'Berit', 'Ali']);
    expect(await names('sort=createdAt')).toEqual(['Berit', 'Ali', 'Céline', 'Dawit']);
    expect(await names('sort=-createdAt')).toEqual(['Dawit', 'Céline', 'Ali', 'Berit']);
    expect((await names('sort=-updatedAt'))[0]).toBe('Dawit'); // its consent was changed last
    expect(await names('sort=norwegianLevel')).toEqual(['Ali', 'Berit', 'Céline', 'Dawit']);
    // Descending: the best Norwegian first, no Norwegian still last.
    expect(await names('sort=-norwegianLevel')).toEqual(['Céline', 'Berit', 'Ali', 'Dawit']);
  });

  it('pages a sort with ties without repeating or losing anyone (id as tie-break)', async () => {
    const tie = unique();
    for (let i = 0; i < 5; i++) {
      await t.api(coordinator).post('/api/v1/candidates').send(aCandidate({ fullName: `Samme Navn ${tie}` }));
    }
    const pageOf = async (page: number) =>
      ((await t.api(coordinator).get(`/api/v1/candidates?q=${tie}&sort=name&limit=2&page=${page}`)).body.items as { id: string }[]).map((c) => c.id);
    const seen = [...(await pageOf(1)), ...(await pageOf(2)), ...(await pageOf(3))];
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    expect(seen).toEqual([...seen].sort());
  });

  it('never lists another kommune’s candidates, whatever the filter or sort', async () => {
    for (const query of ['norwegianLevel=C2', 'hasMentor=false', 'consent=share', 'sort=-norwegianLevel', 'sort=name']) {
      expect(await names(query)).not.toContain('Eskil');
    }
    expect(await names('norwegianLevel=C2', other)).toEqual(['Eskil']);
  });

  it('keeps what the form sends: a skill picked from the taxonomy by its label resolves to it, a free-text skill stays free text', async () => {
    const picked = (await t.api(coordinator).get('/api/v1/taxonomy/skills?q=regnskap')).body[0] as { id: string; label: string };
    const res = await t.api(coordinator).post('/api/v1/candidates').send(
      aCandidate({ skills: [{ label: picked.label, evidence: 'self_reported' }, { label: 'kjører truck i kulda', evidence: 'self_reported' }] }),
    );
    expect(res.status).toBe(201);
    const skills = res.body.skills as { label: string; skillId?: string }[];
    expect(skills.find((s) => s.label === picked.label)).toMatchObject({ skillId: picked.id });
    expect(skills.find((s) => s.label === 'kjører truck i kulda')).toEqual(expect.objectContaining({ label: 'kjører truck i kulda' }));
  });

  it.each([
    ['norwegianLevel=B3', 'norwegianLevel'],
    ['hasMentor=ja', 'hasMentor'],
    ['consent=yes', 'consent'],
    ['sort=age', 'sort'],
    ['sort=--name', 'sort'],
  ])('refuses %s with a problem naming the field', async (query, field) => {
    const res = await t.api(coordinator).get(`/api/v1/candidates?${query}`).set('Accept-Language', 'nb');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({ code: 'validation_failed', errors: [expect.objectContaining({ field, code: 'not_one_of' })] });
    expect(res.body.errors[0].message).toMatch(/må være en av/);
  });
});
