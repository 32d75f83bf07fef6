import type { Principal } from '../src/common/principal';
import { EmbeddingQueue } from '../src/embeddings/embedding-queue';
import type { RankingView } from '../src/matching/dto/match.dto';
import { MatchingService } from '../src/matching/matching.service';
import { aCandidate, aMentor } from './support/builders';
import { startTestApp, TestApp, unique } from './support/test-app';

/**
 * Mentor rankings scored exactly over every mentor of the pool (MentorCatalogue), kept up to date
 * by the database's log of changed records whoever wrote them: what a ranking shows equals the
 * exhaustive ranking, also right after mentors change behind the service's back.
 */
describe('mentor rankings over every mentor', () => {
  let t: TestApp;
  let key: string;
  let actor: Principal;
  let candidateId: string;
  const mentorIds: string[] = [];
  const idle = () => t.running.app.get(EmbeddingQueue).whenIdle();
  const options = { limit: 10, explainExcluded: false, lang: 'nb' as const };

  const shown = async (limit = 10): Promise<{ id: string; score: number }[]> => {
    const res = await t.api(key).get(`/api/v1/candidates/${candidateId}/mentor-matches?limit=${limit}`);
    expect(res.status).toBe(200);
    return (res.body as RankingView).results.map((r) => ({ id: r.mentor!.id, score: r.score }));
  };
  const exhaustive = async (limit = 10): Promise<{ id: string; score: number }[]> =>
    (await t.running.app.get(MatchingService).mentorMatches(actor, candidateId, { ...options, limit, exhaustive: true })).results.map((r) => ({
      id: r.mentor!.id,
      score: r.score,
    }));

  beforeAll(async () => {
    t = await startTestApp();
    // A kommune far from the other suites' records (Alta), so their mentors are out of travel distance.
    const organisationId = await t.organisation('municipality', '5601');
    key = await t.key('coordinator', organisationId);
    actor = { keyId: null, userId: null, role: 'coordinator', organisationId };
    const interests = ['fotball', 'fiske', 'sjakk', 'matlaging', 'fjellturer', 'strikking', 'musikk', 'friluftsliv'];
    const occupations = [
      { title: 'Sveiser', code: '7212' },
      { title: 'Kokk', code: '5120' },
      { title: 'Sykepleier', code: '2223' },
      { title: 'Platearbeider', code: '7213' },
    ];
    // 160 mentors, more than the first stage's pool of 100 per vector, with every mix of what is scored.
    for (let batch = 0; batch < 8; batch++) {
      const made = await Promise.all(
        Array.from({ length: 20 }, async (_, j) => {
          const i = batch * 20 + j;
          const res = await t.api(key).post('/api/v1/mentors').send(
            aMentor({
              gender: i % 2 ? 'male' : 'female',
              menteeGender: undefined,
              municipalityCode: i % 3 ? '5601' : '5603',
              occupation: occupations[i % occupations.length],
              interests: [interests[i % interests.length], interests[(i * 3 + 1) % interests.length]],
              languages: i % 5 ? [{ code: 'nb', level: 'native' }] : [{ code: 'nb', level: 'native' }, { code: 'ti', level: 'C1' }],
              bio: `Mentor ${unique()} i Finnmark, ${occupations[i % occupations.length].title.toLowerCase()} med ${i % 7} års erfaring og glad i ${interests[i % interests.length]}.`,
              mentorType: (['fagmentor', 'språkmentor', 'kulturguide'] as const)[i % 3],
              capacity: 1 + (i % 3),
            }),
          );
          expect(res.status).toBe(201);
          return res.body.id as string;
        }),
      );
      mentorIds.push(...made);
    }
    const candidate = await t.api(key).post('/api/v1/candidates').send(
      aCandidate({
        municipalityCode: '5601',
        languages: [
          { code: 'ti', level: 'native' },
          { code: 'nb', level: 'A2' },
        ],
        experience: [{ title: 'Sveiser', occupationCode: '7212', years: 8 }],
        interests: ['fotball', 'fiske'],
        goals: 'Fast jobb som sveiser i Alta',
        preferences: { mentorGender: 'any', maxTravelKm: 200 },
      }),
    );
    expect(candidate.status).toBe(201);
    candidateId = candidate.body.id;
    await idle();
  });
  afterAll(() => t.close());

  it('shows the best mentors of the whole pool, as an exhaustive ranking orders them', async () => {
    for (const limit of [1, 10, 50]) {
      const fast = await shown(limit);
      expect(fast).toHaveLength(limit);
      expect(fast).toEqual(await exhaustive(limit));
    }
  });

  it('follows changes written behind the service (another process, an import, psql) at the next ranking', async () => {
    const [best] = await shown();
    // Made inactive in the database directly: no cache of this process was told.
    await t.db.query(`UPDATE mentors SET active = false WHERE id = $1`, [best.id]);
    const after = await shown();
    expect(after.map((r) => r.id)).not.toContain(best.id);
    expect(after).toEqual(await exhaustive());

    // A mentor far down the list becomes the candidate's best fit: it moves up at once.
    const top = new Set((await shown(50)).map((r) => r.id));
    const last = { id: mentorIds.find((id) => !top.has(id))! };
    await t.db.query(
      `UPDATE mentors SET interests = '{fotball,fiske}', occupation_code = '7212', occupation_title = 'Sveiser', languages = '[{"code":"ti","level":"native"}]', capacity = 3 WHERE id = $1`,
      [last.id],
    );
    const moved = await shown();
    expect(moved.map((r) => r.id)).toContain(last.id);
    expect(moved).toEqual(await exhaustive());
    await t.db.query(`UPDATE mentors SET active = true WHERE id = $1`, [best.id]);
    expect(await shown()).toEqual(await exhaustive());
  });

  it('never shows the candidate’s own mentor, and still shows as many', async () => {
    const [best] = await shown();
    const proposed = await t.api(key).post('/api/v1/mentorships').send({ candidateId, mentorId: best.id });
    expect(proposed.status).toBe(201);
    const after = await shown();
    expect(after).toHaveLength(10);
    expect(after.map((r) => r.id)).not.toContain(best.id);
    expect(after).toEqual(await exhaustive());
  });

  it('stays exact when rankings race with changes to the mentors', async () => {
    const changed = mentorIds.slice(0, 12);
    await Promise.all([
      ...changed.map((id, i) => t.edit(key, `/api/v1/mentors/${id}`, { interests: i % 2 ? ['sjakk'] : ['fotball', 'fiske', 'sjakk'], capacity: 1 + (i % 4) })),
      ...Array.from({ length: 12 }, () => shown()),
    ]).then((results) => results.slice(0, changed.length).forEach((res) => expect((res as { status: number }).status).toBe(200)));
    await idle();
    expect(await shown(50)).toEqual(await exhaustive(50));
  });
});
