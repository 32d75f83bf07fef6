import { TaxonomyVectors } from '../src/taxonomy/taxonomy-vectors';
import { aCandidate } from './support/builders';
import { ADMIN_KEY, startTestApp, TestApp, unique } from './support/test-app';

describe('taxonomy', () => {
  let t: TestApp;
  let coordinator: string;
  let employer: string;
  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.key('coordinator');
    employer = await t.key('employer', await t.organisation('employer'));
  });
  afterAll(() => t.close());

  it('loads skills, Norwegian seed synonyms, occupation titles and labour demand', async () => {
    const [counts] = await t.db.query(`
      SELECT (SELECT count(*)::int FROM skills) AS skills, (SELECT count(*)::int FROM skill_synonyms WHERE lang = 'nb') AS synonyms,
             (SELECT count(*)::int FROM occupation_titles WHERE source = 'nav') AS nav,
             (SELECT count(*)::int FROM labour_demand WHERE shortage > 0) AS demand`);
    expect(counts.skills).toBeGreaterThan(13_000);
    expect(counts.synonyms).toBeGreaterThan(100);
    expect(counts.nav).toBeGreaterThan(4_000);
    expect(counts.demand).toBeGreaterThan(400);
  });

  it('finds occupations by prefix for any role, with their codes, best first', async () => {
    const res = await t.api(employer).get('/api/v1/taxonomy/occupations?q=sveis&limit=5');
    expect(res.status).toBe(200);
    expect(res.body[0]).toMatchObject({ code: '7212', title: expect.stringMatching(/[Ss]veis/) });
    expect(res.body.length).toBeLessThanOrEqual(5);
    const scores = res.body.map((r: { score: number }) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('ranks by embedding similarity too: words in another order or form than any title still find the occupation', async () => {
    await t.running.app.get(TaxonomyVectors).warm();
    const cook = await t.api(employer).get('/api/v1/taxonomy/occupations?q=kokk%20restaurant&limit=5');
    expect(cook.status).toBe(200);
    expect(cook.body[0]).toMatchObject({ code: '5120', kind: 'embedding' });
    const welding = await t.api(coordinator).get('/api/v1/taxonomy/skills?q=pipes%20welding&limit=5');
    expect(welding.body.map((r: { label: string }) => r.label)).toContain('welding techniques');
    // Typed prefixes still come first: a suggestion by similarity never pushes them down.
    const sveis = await t.api(employer).get('/api/v1/taxonomy/occupations?q=sveis&limit=5');
    expect(sveis.body[0]).toMatchObject({ code: '7212', kind: expect.not.stringMatching('embedding') });
  });

  it('finds skills through a Norwegian synonym and rejects a missing or oversized query', async () => {
    const res = await t.api(coordinator).get('/api/v1/taxonomy/skills?q=regnskap');
    expect(res.status).toBe(200);
    expect(res.body[0]).toMatchObject({ label: 'accounting techniques', matched: 'regnskap', via: 'synonym' });
    expect((await t.api(coordinator).get('/api/v1/taxonomy/skills')).status).toBe(400);
    expect((await t.api(coordinator).get(`/api/v1/taxonomy/skills?q=${'x'.repeat(101)}`)).status).toBe(400);
    expect((await t.api(coordinator).get('/api/v1/taxonomy/skills?q=a&limit=500')).status).toBe(400);
  });

  it('lets an admin add a synonym, after which free text with it resolves; others get 403, a repeat 409', async () => {
    const word = `kobbersveis${unique()}`;
    const [skill] = (await t.api(ADMIN_KEY).get('/api/v1/taxonomy/skills?q=operate welding equipment')).body;
    expect(skill.label).toBe('operate welding equipment');

    const candidateId = (await t.api(coordinator).post('/api/v1/candidates').send(aCandidate({ skills: [{ label: word, evidence: 'mapped' }] }))).body.id;
    const before = await t.api(coordinator).get(`/api/v1/candidates/${candidateId}`);
    expect(before.body.skills[0].skillId).toBeUndefined();

    const forbidden = await t.api(coordinator).post(`/api/v1/taxonomy/skills/${skill.id}/synonyms`).send({ label: word });
    expect(forbidden.status).toBe(403);
    const added = await t.api(ADMIN_KEY).post(`/api/v1/taxonomy/skills/${skill.id}/synonyms`).send({ label: word, lang: 'nb' });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ skillId: skill.id, label: word, lang: 'nb', source: 'admin' });
    expect((await t.api(ADMIN_KEY).post(`/api/v1/taxonomy/skills/${skill.id}/synonyms`).send({ label: word.toUpperCase() })).status).toBe(409);
    expect((await t.api(ADMIN_KEY).post(`/api/v1/taxonomy/skills/${skill.id}/synonyms`).send({ label: '' })).status).toBe(400);
    // Only spaces would match every candidate's text on re-reading: refused like an empty label.
    for (const label of ['   ', '\t \n']) {
      expect((await t.api(ADMIN_KEY).post(`/api/v1/taxonomy/skills/${skill.id}/synonyms`).send({ label })).status).toBe(400);
    }
    expect((await t.api(ADMIN_KEY).post(`/api/v1/taxonomy/skills/00000000-0000-4000-8000-000000000000/synonyms`).send({ label: word })).status).toBe(404);

    const search = await t.api(coordinator).get(`/api/v1/taxonomy/skills?q=${word}`);
    expect(search.body[0]).toMatchObject({ id: skill.id, matched: word, via: 'synonym' });
    // The candidate who already had the word is read again in the background.
    let after = before;
    for (let i = 0; i < 50 && !after.body.skills[0].skillId; i++) {
      await new Promise((r) => setTimeout(r, 100));
      after = await t.api(coordinator).get(`/api/v1/candidates/${candidateId}`);
    }
    expect(after.body.skills[0]).toMatchObject({ label: word, skillId: skill.id, skill: 'operate welding equipment' });
    const audit = await t.api(ADMIN_KEY).get(`/api/v1/audit?resourceId=${skill.id}`);
    // Other tests on the same database may add synonyms to this skill too: this one's row, once.
    const rows = audit.body.items.filter((e: { details: { synonymId?: string } }) => e.details?.synonymId === added.body.id);
    expect(rows.map((e: { action: string }) => e.action)).toEqual(['skill.synonym.add']);
  });
});
