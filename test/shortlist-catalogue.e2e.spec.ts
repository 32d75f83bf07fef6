import type { Principal } from '../src/common/principal';
import { EmbeddingQueue } from '../src/embeddings/embedding-queue';
import type { RankingView } from '../src/matching/dto/match.dto';
import { MatchingService } from '../src/matching/matching.service';
import { aCandidate, anOpening } from './support/builders';
import { startTestApp, TestApp, unique } from './support/test-app';

/**
 * Shortlists scored exactly over every candidate the caller works with (CandidateCatalogue), kept
 * up to date by the database's log of changed records: what a shortlist shows equals the
 * exhaustive ranking, also right after candidates, their consents and their shares change.
 */
describe('shortlists over every candidate', () => {
  let t: TestApp;
  let coordinator: string;
  let actor: Principal;
  let openingId: string;
  const candidateIds: string[] = [];
  const idle = () => t.running.app.get(EmbeddingQueue).whenIdle();
  const options = { limit: 10, explainExcluded: false, lang: 'nb' as const };

  const shown = async (limit = 10): Promise<{ ref: string; score: number }[]> => {
    const res = await t.api(coordinator).get(`/api/v1/openings/${openingId}/shortlist?limit=${limit}`);
    expect(res.status).toBe(200);
    return (res.body as RankingView).results.map((r) => ({ ref: r.candidate!.ref, score: r.score }));
  };
  const exhaustive = async (limit = 10): Promise<{ ref: string; score: number }[]> =>
    (await t.running.app.get(MatchingService).shortlist(actor, openingId, { ...options, limit, exhaustive: true })).results.map((r) => ({
      ref: r.candidate!.ref,
      score: r.score,
    }));

  beforeAll(async () => {
    t = await startTestApp();
    const organisationId = await t.organisation('municipality', '5601');
    coordinator = await t.key('coordinator', organisationId);
    actor = { keyId: null, userId: null, role: 'coordinator', organisationId };
    const employer = await t.key('employer', await t.organisation('employer', '5601'));
    const opening = await t.api(employer).post('/api/v1/openings').send(
      anOpening({
        kind: 'job',
        title: `Sveiser ${unique()}`,
        occupationCode: '7212',
        municipalityCode: '5601',
        requiredSkills: [
          { label: 'TIG-sveising', mustHave: true },
          { label: 'truckførerbevis', mustHave: false },
        ],
        minNorwegianLevel: 'B1',
      }),
    );
    expect(opening.status).toBe(201);
    openingId = opening.body.id;
    const skills = ['TIG-sveising', 'MIG/MAG-sveising', 'sveising', 'truckførerbevis', 'matlaging', 'renhold'];
    const codes = ['7212', '7213', '5120', '9112'];
    // 150 candidates of the coordinator's kommune, more than the first stage's pool of 100.
    for (let batch = 0; batch < 6; batch++) {
      const made = await Promise.all(
        Array.from({ length: 25 }, async (_, j) => {
          const i = batch * 25 + j;
          const res = await t.api(coordinator).post('/api/v1/candidates').send(
            aCandidate({
              municipalityCode: i % 3 ? '5601' : '5603',
              languages: [
                { code: 'ti', level: 'native' },
                { code: 'nb', level: (['A2', 'B1', 'B2'] as const)[i % 3] },
              ],
              experience: [{ title: 'Arbeider', occupationCode: codes[i % codes.length], years: 1 + (i % 9) }],
              skills: [
                { label: skills[i % skills.length], evidence: (['certified', 'verified', 'self_reported'] as const)[i % 3] },
                ...(i % 2 ? [{ label: skills[(i * 5 + 1) % skills.length], evidence: 'mapped' as const }] : []),
              ],
              goals: `Jobb i Finnmark ${unique()}`,
              preferences: { maxTravelKm: 200 },
              consent: { matching: true, shareWithEmployers: i % 10 !== 0 },
            }),
          );
          expect(res.status).toBe(201);
          return res.body.id as string;
        }),
      );
      candidateIds.push(...made);
    }
    await idle();
  });
  afterAll(() => t.close());

  it('shows the best candidates of all the caller works with, as an exhaustive ranking orders them', async () => {
    for (const limit of [1, 10, 50]) {
      const fast = await shown(limit);
      expect(fast).toHaveLength(limit);
      expect(fast).toEqual(await exhaustive(limit));
    }
  });

  it('follows changes written behind the service at the next shortlist: a consent withdrawn, new skills, a share', async () => {
    const [best] = await shown();
    const consented: string[] = (await t.db.query(`SELECT id FROM candidates WHERE id = ANY($1::uuid[]) AND consent_share_with_employers`, [candidateIds])).map(
      (r: { id: string }) => r.id,
    );
    await t.db.query(`UPDATE candidates SET consent_share_with_employers = false WHERE id = ANY($1::uuid[])`, [candidateIds]);
    expect(await shown()).toEqual([]);
    await t.db.query(`UPDATE candidates SET consent_share_with_employers = true WHERE id = ANY($1::uuid[])`, [consented]);
    expect((await shown())[0]).toEqual(best);

    const top = new Set((await shown(50)).map((r) => r.ref));
    const low = candidateIds.at(-1)!;
    await t.db.query(
      `UPDATE candidates SET municipality_code = '5601', skills = '[{"label": "TIG-sveising", "evidence": "certified"}, {"label": "truckførerbevis", "evidence": "certified"}]',
              experience = '[{"title": "Sveiser", "occupationCode": "7212", "years": 12}]', languages = '[{"code": "nb", "level": "C1"}]' WHERE id = $1`,
      [low],
    );
    const after = await shown();
    expect(after.some((r) => !top.has(r.ref))).toBe(true);
    expect(after).toEqual(await exhaustive());

    // A candidate of another kommune, shared with this one: it joins the shortlists.
    const other = await t.key('coordinator', await t.organisation('municipality', '5601'));
    const shared = await t.api(other).post('/api/v1/candidates').send(
      aCandidate({
        municipalityCode: '5601',
        languages: [{ code: 'nb', level: 'C2' }],
        experience: [{ title: 'Sveiser', occupationCode: '7212', years: 20 }],
        skills: [
          { label: 'TIG-sveising', evidence: 'certified' },
          { label: 'truckførerbevis', evidence: 'certified' },
        ],
        consent: { matching: true, shareWithEmployers: true },
      }),
    );
    await idle();
    const before = await shown();
    await t.share(other, shared.body.id, actor.organisationId!);
    const withShared = await shown();
    expect(withShared).not.toEqual(before);
    expect(withShared).toEqual(await exhaustive());
  });

  it('stays exact when shortlists race with changes to the candidates', async () => {
    const changed = candidateIds.slice(0, 12);
    const results = await Promise.all([
      ...changed.map((id, i) => t.edit(coordinator, `/api/v1/candidates/${id}`, { skills: [{ label: i % 2 ? 'renhold' : 'TIG-sveising', evidence: 'verified' }] })),
      ...Array.from({ length: 12 }, () => shown()),
    ]);
    for (const res of results.slice(0, changed.length)) expect((res as { status: number }).status).toBe(200);
    await idle();
    expect(await shown(50)).toEqual(await exhaustive(50));
  });
});
