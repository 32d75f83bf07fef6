import type { Principal } from '../src/common/principal';
import { EmbeddingQueue } from '../src/embeddings/embedding-queue';
import type { RankingView } from '../src/matching/dto/match.dto';
import { MatchingService } from '../src/matching/matching.service';
import { aCandidate, anOpening } from './support/builders';
import { startTestApp, TestApp, unique } from './support/test-app';

/**
 * Job and praksis rankings scored exactly over every opening of the kind (OpeningCatalogue), kept
 * up to date by the database's log of changed records whoever wrote them: what a ranking shows
 * equals the exhaustive ranking, also right after openings and employers' records change.
 */
describe('opening rankings over every opening', () => {
  let t: TestApp;
  let coordinator: string;
  let employer: string;
  let employerOrg: string;
  let candidateId: string;
  const openingIds: string[] = [];
  const actor: Principal = { keyId: null, userId: null, role: 'admin', organisationId: null };
  const idle = () => t.running.app.get(EmbeddingQueue).whenIdle();
  const options = { limit: 10, explainExcluded: false, lang: 'nb' as const };

  const shown = async (kind: 'job' | 'praksis', limit = 10): Promise<{ id: string; score: number }[]> => {
    const res = await t.api(coordinator).get(`/api/v1/candidates/${candidateId}/opening-matches?kind=${kind}&limit=${limit}`);
    expect(res.status).toBe(200);
    return (res.body as RankingView).results.map((r) => ({ id: r.opening!.id, score: r.score }));
  };
  const exhaustive = async (kind: 'job' | 'praksis', limit = 10): Promise<{ id: string; score: number }[]> =>
    (await t.running.app.get(MatchingService).openingMatches(actor, candidateId, kind, { ...options, limit, exhaustive: true })).results.map((r) => ({
      id: r.opening!.id,
      score: r.score,
    }));

  beforeAll(async () => {
    t = await startTestApp();
    // Alta, far from the other suites' openings: those are out of travel distance.
    coordinator = await t.key('coordinator', await t.organisation('municipality', '5601'));
    employerOrg = await t.organisation('employer', '5601');
    employer = await t.key('employer', employerOrg);
    const otherEmployer = await t.key('employer', await t.organisation('employer', '5603'));
    const occupations = [
      { title: 'Sveiser', code: '7212' },
      { title: 'Platearbeider', code: '7213' },
      { title: 'Kokk', code: '5120' },
      { title: 'Renholder', code: '9112' },
      // An employer who writes only a title: read as the occupation it names.
      { title: 'Sveiser', code: undefined },
    ];
    const skills = ['TIG-sveising', 'MIG/MAG-sveising', 'sveisesertifikat', 'matlaging', 'renhold', 'truckførerbevis'];
    // 180 openings, more than the first stage's pool of 100, with every mix of what is scored.
    for (let batch = 0; batch < 9; batch++) {
      const made = await Promise.all(
        Array.from({ length: 20 }, async (_, j) => {
          const i = batch * 20 + j;
          const occupation = occupations[i % occupations.length];
          const res = await t.api(i % 4 ? employer : otherEmployer).post('/api/v1/openings').send(
            anOpening({
              kind: i % 3 ? 'job' : 'praksis',
              title: `${occupation.title} ${unique()}`,
              description: `${occupation.title} i Finnmark, ${i % 5} års erfaring ønskes.`,
              occupationCode: occupation.code,
              municipalityCode: i % 4 ? '5601' : '5603',
              requiredSkills: [
                { label: skills[i % skills.length], mustHave: true },
                ...(i % 2 ? [{ label: skills[(i * 5 + 1) % skills.length], mustHave: false }] : []),
              ],
              minNorwegianLevel: (['A1', 'A2', 'B1', 'B2'] as const)[i % 4],
              norwegianLevelRequired: i % 7 === 0,
              permanent: i % 2 === 0,
              wageSubsidy: i % 3 === 0,
            }),
          );
          expect(res.status).toBe(201);
          return res.body.id as string;
        }),
      );
      openingIds.push(...made);
    }
    const candidate = await t.api(coordinator).post('/api/v1/candidates').send(
      aCandidate({
        municipalityCode: '5601',
        languages: [
          { code: 'ti', level: 'native' },
          { code: 'nb', level: 'B1' },
        ],
        experience: [{ title: 'Sveiser', occupationCode: '7212', years: 8 }],
        skills: [
          { label: 'TIG-sveising', evidence: 'verified' },
          { label: 'truckførerbevis', evidence: 'certified' },
        ],
        goals: 'Fast jobb som sveiser i Alta',
        preferences: { mentorGender: 'any', maxTravelKm: 200 },
      }),
    );
    expect(candidate.status).toBe(201);
    candidateId = candidate.body.id;
    await idle();
  });
  afterAll(() => t.close());

  it('shows the best openings of the kind, as an exhaustive ranking orders them', async () => {
    for (const kind of ['job', 'praksis'] as const) {
      for (const limit of [1, 10, 50]) {
        const fast = await shown(kind, limit);
        expect(fast.length).toBe(Math.min(limit, kind === 'job' ? 120 : 60));
        expect(fast).toEqual(await exhaustive(kind, limit));
      }
    }
  });

  it('follows changes written behind the service at the next ranking: an opening filled, new skills, an employer’s record', async () => {
    const [best] = await shown('job');
    await t.db.query(`UPDATE openings SET status = 'filled' WHERE id = $1`, [best.id]);
    expect((await shown('job')).map((r) => r.id)).not.toContain(best.id);
    expect(await shown('job')).toEqual(await exhaustive('job'));

    const top = new Set((await shown('job', 50)).map((r) => r.id));
    const low = openingIds.find((id) => !top.has(id) && id !== best.id)!;
    await t.db.query(
      `UPDATE openings SET kind = 'job', occupation_code = '7212', municipality_code = '5601', status = 'open',
              required_skills = '[{"label": "TIG-sveising", "mustHave": true}, {"label": "truckførerbevis", "mustHave": false}]' WHERE id = $1`,
      [low],
    );
    expect((await shown('job')).map((r) => r.id)).toContain(low);
    expect(await shown('job')).toEqual(await exhaustive('job'));

    // Praksis rankings weigh the employer's record: hires it made change it.
    const before = await shown('praksis', 50);
    for (let i = 0; i < 3; i++) {
      await t.db.query(
        `INSERT INTO outcomes (candidate_id, organisation_id, type, at, recorded_by_role) VALUES ($1, $2, 'hired', now(), 'coordinator')`,
        [candidateId, employerOrg],
      );
    }
    const after = await shown('praksis', 50);
    expect(after).not.toEqual(before);
    expect(after).toEqual(await exhaustive('praksis', 50));
  });

  it('stays exact when rankings race with changes to the openings', async () => {
    // The first employer's openings (every fourth is the other's).
    const changed = openingIds.filter((_, i) => i % 4 !== 0).slice(0, 12);
    const edits = await Promise.all([
      ...changed.map((id, i) => t.edit(employer, `/api/v1/openings/${id}`, { requiredSkills: [{ label: i % 2 ? 'renhold' : 'TIG-sveising', mustHave: true }] })),
      ...Array.from({ length: 12 }, () => shown('job')),
    ]);
    for (const res of edits.slice(0, changed.length)) expect((res as { status: number }).status).toBe(200);
    await idle();
    expect(await shown('job', 50)).toEqual(await exhaustive('job', 50));
    expect(await shown('praksis', 50)).toEqual(await exhaustive('praksis', 50));
  });
});
