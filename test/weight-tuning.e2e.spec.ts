import { EmbeddingQueue } from '../src/embeddings/embedding-queue';
import { aCandidate, anOpening } from './support/builders';
import { ADMIN_KEY, startTestApp, TestApp, unique } from './support/test-app';

interface Quality {
  ndcg: number | null;
  hitRate: number | null;
}

/**
 * Preview, evaluation and suggestion on constructed cases. Each case lives in its own corner of
 * Nord-Norge, which no other suite uses, and the candidates' travel limits keep every other
 * opening in the shared database out by the distance rule.
 */
describe('weight profiles: preview, evaluation and suggestion', () => {
  let t: TestApp;
  let coordinator: string;
  let employer: string;
  const idle = () => t.running.app.get(EmbeddingQueue).whenIdle();

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.key('coordinator');
    employer = await t.key('employer', await t.organisation('employer', '5607'));
  });
  afterAll(() => t.close());

  /** Rows per table: preview, evaluation and suggestion must leave every one unchanged. */
  const rowCounts = async (): Promise<Record<string, number>> => {
    await idle();
    const tables: { tablename: string }[] = await t.db.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
    const counts: Record<string, number> = {};
    for (const { tablename } of tables) counts[tablename] = (await t.db.query(`SELECT count(*)::int AS n FROM "${tablename}"`))[0].n;
    return counts;
  };

  const welder = (municipalityCode: string, maxTravelKm: number, alsoWants: string[] = []) =>
    aCandidate({
      municipalityCode,
      gender: 'male',
      languages: [
        { code: 'ti', level: 'native' },
        { code: 'nb', level: 'B1' },
      ],
      education: [{ level: 'vocational', field: 'Sveisefag', recognition: 'uvd' }],
      experience: [{ title: 'Sveiser', occupationCode: '7212', years: 6, description: 'Sveiset skipsskrog' }],
      skills: [{ label: 'TIG-sveising', evidence: 'verified' }],
      desiredOccupations: ['7212', ...alsoWants],
      goals: 'Fast jobb som sveiser',
      preferences: { mentorGender: 'any', maxTravelKm },
    });
  const opening = async (municipalityCode: string, what: 'welding' | 'cooking' | 'farming') =>
    (
      await t.api(employer).post('/api/v1/openings').send(
        anOpening({
          kind: 'job',
          municipalityCode,
          permanent: true,
          wageSubsidy: false,
          minNorwegianLevel: 'A2',
          ...(what === 'welding'
            ? { title: `Sveiser ${unique()}`, occupationCode: '7212', requiredSkills: [{ label: 'TIG-sveising', mustHave: true }] }
            : what === 'cooking'
              ? { title: `Kokk ${unique()}`, occupationCode: '5120', description: 'Kjøkken på hotell', requiredSkills: [{ label: 'matlaging', mustHave: true }] }
              : { title: `Gårdsarbeider ${unique()}`, occupationCode: '6111', description: 'Grønnsaksproduksjon', requiredSkills: [{ label: 'traktorkjøring', mustHave: true }] }),
        }),
      )
    ).body.id as string;
  const draft = async (matchType: string, weights: Record<string, number>) =>
    (await t.api(ADMIN_KEY).post('/api/v1/weight-profiles').send({ matchType, weights })).body.id as string;
  const activeId = async (matchType: string) =>
    (await t.db.query(`SELECT id FROM weight_profiles WHERE match_type = $1 AND status = 'active'`, [matchType]))[0].id as string;

  describe('preview', () => {
    let candidateId: string;
    let near: string;
    let fitting: string[];

    beforeAll(async () => {
      // Vadsø: three welding jobs in Nesseby (about 36 km), and a farm job in town. The candidate
      // also wants farm work, so the first stage finds the farm job by its occupation group (few
      // suites' openings are in it) whatever the other suites put beside it in the vector index.
      candidateId = (await t.api(coordinator).post('/api/v1/candidates').send(welder('5607', 60, ['6111']))).body.id;
      fitting = [await opening('5636', 'welding'), await opening('5636', 'welding'), await opening('5636', 'welding')];
      near = await opening('5607', 'farming');
      await idle();
    });

    it('shows a distance-only draft moving the nearby opening into the top-k, and says distance moved it, writing nothing', async () => {
      const draftId = await draft('job', { distance: 1 });
      const before = await rowCounts();
      const res = await t.api(ADMIN_KEY).post(`/api/v1/weight-profiles/${draftId}/preview`).send({ candidateIds: [candidateId], limit: 3 });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ matchType: 'job', limit: 3, profile: { id: draftId, status: 'draft' }, active: { id: await activeId('job') } });
      const [query] = res.body.queries;
      expect(query.candidateId).toBe(candidateId);
      expect(new Set(query.before.map((r: { id: string }) => r.id))).toEqual(new Set(fitting));
      expect(query.after[0].id).toBe(near);
      expect(query.after[0].score).toBe(1);
      expect(query.overlap).toBeCloseTo(2 / 3, 12);
      expect(query.kendallTau).toBeGreaterThanOrEqual(-1);
      expect(query.kendallTau).toBeLessThan(1);
      expect(query.entered).toEqual([{ id: near, rankBefore: 4, rankAfter: 1, movedBy: { feature: 'distance', change: expect.any(Number) } }]);
      expect(query.entered[0].movedBy.change).toBeGreaterThan(0);
      expect(query.left).toHaveLength(1);
      expect(fitting).toContain(query.left[0].id);
      // It lost most where the active profile rewarded it most: the occupation.
      expect(query.left[0].movedBy.feature).toBe('occupation');
      expect(query.left[0].movedBy.change).toBeLessThan(0);
      expect(res.body.summary).toMatchObject({ queries: 1, meanOverlap: query.overlap, meanKendallTau: query.kendallTau });
      expect(await rowCounts()).toEqual(before);
    });

    it('changes nothing when previewing the active version itself', async () => {
      const res = await t.api(ADMIN_KEY).post(`/api/v1/weight-profiles/${await activeId('job')}/preview`).send({ candidateIds: [candidateId], limit: 3 });
      const [query] = res.body.queries;
      expect(query.before).toEqual(query.after);
      expect(query).toMatchObject({ overlap: 1, kendallTau: 1, entered: [], left: [] });
    });

    it('previews a shortlist profile on given openings, and samples the most recent queries by default, writing nothing', async () => {
      const shortlistDraft = await draft('shortlist', { distance: 1, occupation: 1 });
      const mentorDraft = await draft('mentor', { distance: 1 });
      const before = await rowCounts();
      const shortlist = await t.api(ADMIN_KEY).post(`/api/v1/weight-profiles/${shortlistDraft}/preview`).send({ openingIds: [fitting[0]] });
      expect(shortlist.status).toBe(200);
      expect(shortlist.body.queries).toHaveLength(1);
      expect(shortlist.body.queries[0].openingId).toBe(fitting[0]);
      expect(shortlist.body.queries[0].after.map((r: { id: string }) => r.id)).toContain(candidateId);

      const sampled = await t.api(ADMIN_KEY).post(`/api/v1/weight-profiles/${shortlistDraft}/preview`).send({});
      expect(sampled.status).toBe(200);
      expect(sampled.body.limit).toBe(10);
      expect(sampled.body.queries.length).toBeGreaterThan(0);
      expect(sampled.body.queries.length).toBeLessThanOrEqual(50);
      expect(sampled.body.queries.map((q: { openingId: string }) => q.openingId)).toContain(near); // the newest open opening
      const mentorSample = await t.api(ADMIN_KEY).post(`/api/v1/weight-profiles/${mentorDraft}/preview`).send({ limit: 5 });
      expect(mentorSample.status).toBe(200);
      expect(mentorSample.body.queries.map((q: { candidateId: string }) => q.candidateId)).toContain(candidateId);
      expect(await rowCounts()).toEqual(before);
    });

    it('checks its input and who asks', async () => {
      const draftId = await draft('job', { distance: 1 });
      const preview = (body: Record<string, unknown>, key = ADMIN_KEY) => t.api(key).post(`/api/v1/weight-profiles/${draftId}/preview`).send(body);
      for (const [body, field] of [
        [{ openingIds: [near] }, 'openingIds'],
        [{ candidateIds: ['someone'] }, 'candidateIds'],
        [{ candidateIds: [] }, 'candidateIds'],
        [{ candidateIds: Array.from({ length: 51 }, () => candidateId) }, 'candidateIds'],
        [{ limit: 51 }, 'limit'],
        [{ limit: 0 }, 'limit'],
        [{ sample: 'all' }, 'sample'],
      ] as [Record<string, unknown>, string][]) {
        const res = await preview(body);
        expect({ body, status: res.status }).toEqual({ body, status: 400 });
        expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      }
      expect((await preview({ candidateIds: ['00000000-0000-4000-8000-000000000000'] })).status).toBe(404);
      expect((await preview({ candidateIds: [candidateId] }, coordinator)).status).toBe(403);
      expect((await t.api(ADMIN_KEY).post('/api/v1/weight-profiles/00000000-0000-4000-8000-000000000000/preview').send({})).status).toBe(404);
    });
  });

  describe('evaluation and suggestion against recorded outcomes', () => {
    const QUERIES = 12;
    // A day of its own in the past for this run's outcomes, so other suites' outcomes (and earlier runs') stay out.
    const day = new Date(Date.UTC(2016, 0, 1) + Math.floor(Math.random() * 3000) * 86_400_000);
    const window = { from: day.toISOString(), to: new Date(day.getTime() + 86_400_000).toISOString() };
    let near: string;
    let better: string;
    let worse: string;

    beforeAll(async () => {
      // Harstad: every candidate was hired at the cook's job in town, though the active job profile
      // ranks the three welding jobs in Narvik (about 60 km) above it. Distance explains the outcomes.
      near = await opening('5503', 'cooking');
      for (let i = 0; i < 3; i++) await opening('1806', 'welding');
      for (let i = 0; i < QUERIES; i++) {
        const candidateId = (await t.api(coordinator).post('/api/v1/candidates').send(welder('5503', 100))).body.id;
        const hired = await t.api(coordinator).post('/api/v1/outcomes').send({ type: 'hired', candidateId, openingId: near, at: new Date(day.getTime() + i * 60_000).toISOString() });
        expect(hired.status).toBe(201);
      }
      // Filled since: the evaluation still ranks it, as it stood when the hires happened.
      expect((await t.edit(employer, `/api/v1/openings/${near}`, { status: 'filled' })).status).toBe(200);
      better = await draft('job', { distance: 0.85, semantic: 0.05, skills_must: 0.05, occupation: 0.05 });
      worse = await draft('job', { occupation: 1 });
      await idle();
    });

    const evaluate = (id: string) => t.api(ADMIN_KEY).post(`/api/v1/weight-profiles/${id}/evaluate`).send(window);

    it('ranks the profile that explains the outcomes first, beside the active one, writing nothing', async () => {
      const before = await rowCounts();
      const results: Record<string, { profile: Quality & { id: string }; active: Quality; queries: number; skipped: number }> = {};
      for (const [name, id] of [
        ['better', better],
        ['worse', worse],
        ['active', await activeId('job')],
      ]) {
        const res = await evaluate(id);
        expect(res.status).toBe(200);
        results[name] = res.body;
      }
      expect(results.better).toMatchObject({ matchType: 'job', k: 10, queries: QUERIES, skipped: 0, window: { from: window.from, to: window.to } });
      expect(results.better.profile.ndcg).toBe(1);
      expect(results.better.profile.hitRate).toBe(1);
      // The active profile puts the hire fourth, after the three welding jobs: 1 / log2(5).
      expect(results.better.active.ndcg).toBeCloseTo(1 / Math.log2(5), 9);
      expect(results.active.profile).toEqual(expect.objectContaining({ ndcg: results.better.active.ndcg, hitRate: results.better.active.hitRate }));
      expect(results.worse.profile.ndcg).toBeLessThan(results.better.profile.ndcg!);
      const order = Object.entries(results).sort(([, a], [, b]) => b.profile.ndcg! - a.profile.ndcg!);
      expect(order[0][0]).toBe('better');
      expect(await rowCounts()).toEqual(before);
    });

    it('suggests weights that move toward the better profile, with its holdout evaluation, activating and writing nothing', async () => {
      const active = (await t.api(ADMIN_KEY).get(`/api/v1/weight-profiles/${await activeId('job')}`)).body;
      const target = (await t.api(ADMIN_KEY).get(`/api/v1/weight-profiles/${better}`)).body;
      const before = await rowCounts();
      const res = await t.api(ADMIN_KEY).get(`/api/v1/weight-profiles/suggestion?matchType=job&from=${encodeURIComponent(window.from)}&to=${encodeURIComponent(window.to)}`);
      expect(res.status).toBe(200);
      expect(await rowCounts()).toEqual(before);
      expect(await activeId('job')).toBe(active.id);

      const s = res.body;
      expect(s).toMatchObject({ matchType: 'job', basedOn: { id: active.id, version: active.version }, queries: { training: 8, holdout: 4, skipped: 0 } });
      expect(Object.values(s.weights as Record<string, number>).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      expect(s.weights.distance).toBeGreaterThan(active.weights.distance);
      const l1 = (a: Record<string, number>, b: Record<string, number>) => Object.keys(a).reduce((sum, f) => sum + Math.abs(a[f] - (b[f] ?? 0)), 0);
      expect(l1(s.weights, target.weights)).toBeLessThan(l1(active.weights, target.weights));
      expect(s.evaluation.holdout.suggested.ndcg).toBeGreaterThan(s.evaluation.holdout.active.ndcg);
      expect(s.note).toMatch(/holdout of 4/);

      // The suggestion is a draft away: sent back as given, it weighs as evaluated.
      const saved = await t.api(ADMIN_KEY).post('/api/v1/weight-profiles').send({ matchType: 'job', weights: s.rawWeights, note: s.note });
      expect(saved.status).toBe(201);
      expect(saved.body.status).toBe('draft');
      for (const [feature, weight] of Object.entries(s.weights as Record<string, number>)) expect(saved.body.weights[feature]).toBeCloseTo(weight, 12);
    });

    it('says how many outcomes a suggestion needs when there are too few, and checks its input', async () => {
      const res = await t.api(ADMIN_KEY).get('/api/v1/weight-profiles/suggestion?matchType=praksis&from=2001-01-01&to=2001-01-02');
      expect(res.status).toBe(422);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body).toMatchObject({ type: 'urn:kobling:problem:unprocessable', status: 422 });
      expect(res.body).toMatchObject({ code: 'too_few_outcomes', detail: expect.stringMatching(/minst 10 kandidater.*det finnes 0/) });

      expect((await t.api(ADMIN_KEY).get('/api/v1/weight-profiles/suggestion')).status).toBe(400);
      expect((await t.api(ADMIN_KEY).get('/api/v1/weight-profiles/suggestion?matchType=cohort')).status).toBe(400);
      expect((await t.api(ADMIN_KEY).get('/api/v1/weight-profiles/suggestion?matchType=job&from=last-year')).status).toBe(400);
      expect((await t.api(ADMIN_KEY).get('/api/v1/weight-profiles/suggestion?matchType=job&from=2020-02-01&to=2020-01-01')).status).toBe(400);
      expect((await t.api(coordinator).get('/api/v1/weight-profiles/suggestion?matchType=job')).status).toBe(403);
    });

    it('evaluates over no outcomes without failing, and lets only admins evaluate', async () => {
      const res = await t.api(ADMIN_KEY).post(`/api/v1/weight-profiles/${better}/evaluate`).send({ from: '2001-01-01', to: '2001-01-02' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ queries: 0, profile: { ndcg: null, hitRate: null }, active: { ndcg: null, hitRate: null } });
      expect((await t.api(coordinator).post(`/api/v1/weight-profiles/${better}/evaluate`).send({})).status).toBe(403);
      expect((await t.api(ADMIN_KEY).post(`/api/v1/weight-profiles/${better}/evaluate`).send({ from: 'soon' })).status).toBe(400);
    });
  });
});
