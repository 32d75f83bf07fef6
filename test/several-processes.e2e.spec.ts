import { TaxonomyCache } from '../src/taxonomy/taxonomy.cache';
import { EmbeddingQueue } from '../src/embeddings/embedding-queue';
import { aCandidate, aMentor } from './support/builders';
import { ADMIN_KEY, startTestApp, TestApp, unique } from './support/test-app';

/**
 * Two service instances on one PostgreSQL server, as WEB_CONCURRENCY=2 runs them: what one
 * changes in a cache the other holds reaches the other through the database (LISTEN/NOTIFY).
 * The embedded database serves one process (and one connection), so there is nothing to share there.
 */
const onServer = process.env.KOBLING_TEST_DATABASE === 'embedded' ? describe.skip : describe;

onServer('several service processes on one database', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await startTestApp();
    b = await startTestApp();
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it('a synonym an admin adds on one process is found by search on the other, without a restart', async () => {
    const word = `rustfrisveis${unique()}`;
    const [skill] = (await b.api(ADMIN_KEY).get('/api/v1/taxonomy/skills?q=operate forklift')).body;
    // Found through this very synonym (not a similar one an earlier run added).
    const viaSynonym = async () =>
      ((await b.api(ADMIN_KEY).get(`/api/v1/taxonomy/skills?q=${word}`)).body as { via: string; matched: string }[]).some((r) => r.via === 'synonym' && r.matched === word);
    // The other process has the taxonomy in memory already.
    expect(await viaSynonym()).toBe(false);
    expect((await b.running.app.get(TaxonomyCache).skillTaxonomy()).resolve(word)?.matched).not.toBe(word);

    expect((await a.api(ADMIN_KEY).post(`/api/v1/taxonomy/skills/${skill.id}/synonyms`).send({ label: word, lang: 'nb' })).status).toBe(201);
    let found = false;
    for (let i = 0; i < 50 && !found; i++) {
      await new Promise((r) => setTimeout(r, 100));
      found = await viaSynonym();
    }
    expect(found).toBe(true);
    expect((await b.running.app.get(TaxonomyCache).skillTaxonomy()).resolve(word)).toMatchObject({ skillId: skill.id, matched: word });
  });

  it('a mentor made inactive on one process is no longer suggested by the other, at its very next ranking', async () => {
    // Hammerfest: far from the other suites' mentors.
    const organisationId = await a.organisation('municipality', '5603');
    const key = await a.key('coordinator', organisationId);
    const mentors: string[] = [];
    for (let i = 0; i < 3; i++) mentors.push((await a.api(key).post('/api/v1/mentors').send(aMentor({ municipalityCode: '5603', menteeGender: undefined }))).body.id);
    const candidate = (await a.api(key).post('/api/v1/candidates').send(aCandidate({ municipalityCode: '5603' }))).body;
    await a.running.app.get(EmbeddingQueue).whenIdle();
    const suggested = async () =>
      ((await b.api(key).get(`/api/v1/candidates/${candidate.id}/mentor-matches?limit=10`)).body as { results: { mentor: { id: string } }[] }).results.map((r) => r.mentor.id);
    // The other process has read every mentor into its catalogue.
    expect((await suggested()).sort()).toEqual([...mentors].sort());
    expect((await a.edit(key, `/api/v1/mentors/${mentors[0]}`, { active: false })).status).toBe(200);
    expect((await suggested()).sort()).toEqual(mentors.slice(1).sort());
  });
});
