import { EmbeddingQueue } from '../src/embeddings/embedding-queue';
import { aCandidate, aMentor, anOpening } from './support/builders';
import { ADMIN_KEY, startTestApp, TestApp } from './support/test-app';

interface Component {
  feature: string;
  value: number;
  weight: number;
  contribution: number;
}

describe('recorded rankings', () => {
  let t: TestApp;
  let coordinator: string;
  let employerOrg: string;
  let employer: string;
  const idle = () => t.running.app.get(EmbeddingQueue).whenIdle();

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.key('coordinator');
    employerOrg = await t.organisation('employer', '1516');
    employer = await t.key('employer', employerOrg);
  });
  afterAll(() => t.close());

  it('gives every mentor ranking an id that shows what was ranked, under which version, and reproduces each score', async () => {
    const candidate = (await t.api(coordinator).post('/api/v1/candidates').send(aCandidate({ municipalityCode: '1515', preferences: { mentorGender: 'any' } }))).body;
    for (let i = 0; i < 3; i++) await t.api(coordinator).post('/api/v1/mentors').send(aMentor({ municipalityCode: '1515', interests: ['fjellturer'] }));
    await idle();
    const before = (await t.db.query('SELECT count(*)::int AS n FROM rankings'))[0].n;

    const ranked = await t.api(coordinator).get(`/api/v1/candidates/${candidate.id}/mentor-matches?limit=5`);
    expect(ranked.status).toBe(200);
    expect(ranked.body.id).toEqual(expect.stringMatching(/^[0-9a-f-]{36}$/));
    expect(ranked.body.results.length).toBeGreaterThan(0);
    expect((await t.db.query('SELECT count(*)::int AS n FROM rankings'))[0].n).toBe(before + 1);

    const recorded = await t.api(coordinator).get(`/api/v1/rankings/${ranked.body.id}`);
    expect(recorded.status).toBe(200);
    expect(recorded.body).toMatchObject({
      id: ranked.body.id,
      matchType: 'mentor',
      request: { candidateId: candidate.id, limit: 5 },
      requestedBy: { role: 'coordinator', organisationId: expect.any(String) },
      weightProfile: { id: ranked.body.weightProfile.id, version: ranked.body.weightProfile.version },
      reproduced: true,
    });
    expect(recorded.body.results.map((r: { mentorId: string }) => r.mentorId)).toEqual(ranked.body.results.map((r: { mentor: { id: string } }) => r.mentor.id));
    recorded.body.results.forEach((r: { rank: number; storedScore: number; score: number; components: Component[] }, i: number) => {
      const shown = ranked.body.results[i];
      expect(r.rank).toBe(shown.rank);
      expect(r.storedScore).toBe(shown.score);
      expect(Math.abs(r.score - r.storedScore)).toBeLessThanOrEqual(1e-9);
      expect(r.components).toEqual(shown.components);
    });

    // Someone else's ranking: admins may read it, another coordinator key may not.
    expect((await t.api(ADMIN_KEY).get(`/api/v1/rankings/${ranked.body.id}`)).status).toBe(200);
    const other = await t.api(await t.key('coordinator')).get(`/api/v1/rankings/${ranked.body.id}`);
    expect(other.status).toBe(403);
    expect(other.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('records an opening ranking for the organisation that asked for it', async () => {
    const careerCentreOrg = await t.organisation('career_centre');
    const careerCentre = await t.key('career_centre', careerCentreOrg);
    const candidate = (await t.api(coordinator).post('/api/v1/candidates').send(aCandidate({ municipalityCode: '1516' }))).body;
    await t.share(coordinator, candidate.id, careerCentreOrg);
    await t.api(employer).post('/api/v1/openings').send(anOpening({ kind: 'job', municipalityCode: '1516' }));
    await idle();
    const ranked = await t.api(careerCentre).get(`/api/v1/candidates/${candidate.id}/opening-matches?kind=job&limit=3`);
    expect(ranked.status).toBe(200);

    const colleague = await t.key('career_centre', careerCentreOrg);
    const recorded = await t.api(colleague).get(`/api/v1/rankings/${ranked.body.id}`);
    expect(recorded.status).toBe(200);
    expect(recorded.body).toMatchObject({ matchType: 'job', request: { candidateId: candidate.id, limit: 3 }, requestedBy: { organisationId: careerCentreOrg }, reproduced: true });
    expect(recorded.body.results.map((r: { openingId: string }) => r.openingId)).toEqual(ranked.body.results.map((r: { opening: { id: string } }) => r.opening.id));
    expect((await t.api(employer).get(`/api/v1/rankings/${ranked.body.id}`)).status).toBe(403);
  });

  it('keeps a shortlist pseudonymous: the recorded ranking holds the refs the employer saw, never candidate ids', async () => {
    const opening = (await t.api(employer).post('/api/v1/openings').send(anOpening({ kind: 'praksis', municipalityCode: '1516' }))).body;
    const candidates = [];
    for (let i = 0; i < 2; i++) candidates.push((await t.api(coordinator).post('/api/v1/candidates').send(aCandidate({ municipalityCode: '1516' }))).body);
    await idle();
    const shortlist = await t.api(employer).get(`/api/v1/openings/${opening.id}/shortlist?limit=10`);
    expect(shortlist.status).toBe(200);
    expect(shortlist.body.results.length).toBeGreaterThan(0);

    const recorded = await t.api(employer).get(`/api/v1/rankings/${shortlist.body.id}`);
    expect(recorded.status).toBe(200);
    expect(recorded.body).toMatchObject({ matchType: 'shortlist', request: { openingId: opening.id }, reproduced: true });
    expect(recorded.body.results.map((r: { candidateRef: string }) => r.candidateRef)).toEqual(
      shortlist.body.results.map((r: { candidate: { ref: string } }) => r.candidate.ref),
    );
    const body = JSON.stringify(recorded.body);
    for (const c of candidates) {
      expect(body).not.toContain(c.id);
      expect(body).not.toContain(c.fullName);
    }
    const [row] = await t.db.query('SELECT results::text AS results FROM rankings WHERE id = $1', [shortlist.body.id]);
    for (const c of candidates) expect(row.results).not.toContain(c.id);

    // The same organisation's other key may read it; another employer may not.
    expect((await t.api(await t.key('employer', employerOrg)).get(`/api/v1/rankings/${shortlist.body.id}`)).status).toBe(200);
    const stranger = await t.key('employer', await t.organisation('employer'));
    expect((await t.api(stranger).get(`/api/v1/rankings/${shortlist.body.id}`)).status).toBe(403);
  });

  it('answers 404 for a ranking that does not exist', async () => {
    expect((await t.api(ADMIN_KEY).get('/api/v1/rankings/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await t.api(ADMIN_KEY).get('/api/v1/rankings/nope')).status).toBe(404);
    expect((await t.api().get('/api/v1/rankings/00000000-0000-4000-8000-000000000000')).status).toBe(401);
  });
});
