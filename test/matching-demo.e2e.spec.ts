import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp, RunningApp } from '../src/app.factory';
import { loadConfig } from '../src/config/app-config';
import { EmbeddingQueue } from '../src/embeddings/embedding-queue';
import { MatchingService, RankOptions } from '../src/matching/matching.service';
import type { RankingView } from '../src/matching/dto/match.dto';
import type { Principal } from '../src/common/principal';

/** Ranking on the demo data, on an embedded database of its own (only the demo data in it). */
describe('ranking the demo data', () => {
  let running: RunningApp;
  let matching: MatchingService;
  let candidateIds: string[];
  let openingIds: string[];
  const admin: Principal = { keyId: null, userId: null, role: 'admin', organisationId: null };
  const options: RankOptions = { limit: 10, explainExcluded: false, lang: 'nb' };

  beforeAll(async () => {
    running = await createApp(
      loadConfig({ ...process.env, DATABASE_URL: undefined, DATABASE_POOL_SIZE: undefined, EMBEDDED_DATA_DIR: 'memory', DEMO_DATA: 'true' }),
      { logger: false },
    );
    await running.app.init();
    await running.app.get(EmbeddingQueue).whenIdle();
    matching = running.app.get(MatchingService);
    const db = running.app.get(DataSource);
    candidateIds = (await db.query('SELECT id FROM candidates ORDER BY id')).map((r: { id: string }) => r.id);
    openingIds = (await db.query('SELECT id FROM openings ORDER BY id')).map((r: { id: string }) => r.id);
  });
  afterAll(() => running.close());

  const summary = (view: RankingView) => view.results.map((r) => [r.mentor?.id ?? r.opening?.id ?? r.candidate?.ref, r.score.toFixed(12)]);

  it('gives the same results through the HNSW index as an exhaustive exact ranking, for every candidate and opening', async () => {
    for (const id of candidateIds) {
      expect(summary(await matching.mentorMatches(admin, id, options))).toEqual(summary(await matching.mentorMatches(admin, id, { ...options, exhaustive: true })));
      for (const kind of ['praksis', 'job'] as const) {
        expect(summary(await matching.openingMatches(admin, id, kind, options))).toEqual(
          summary(await matching.openingMatches(admin, id, kind, { ...options, exhaustive: true })),
        );
      }
    }
    for (const id of openingIds) {
      expect(summary(await matching.shortlist(admin, id, options))).toEqual(summary(await matching.shortlist(admin, id, { ...options, exhaustive: true })));
    }
  });

  it('keeps the invariants on every ranking: values in [0, 1], contribution = weight × value, contributions sum to the score, ordered', async () => {
    const views: RankingView[] = [];
    // Every demo candidate and opening: the set is fixed, so the count checked below is too.
    for (const id of candidateIds) {
      views.push(await matching.mentorMatches(admin, id, options));
      views.push(await matching.openingMatches(admin, id, 'praksis', options));
      views.push(await matching.openingMatches(admin, id, 'job', options));
    }
    for (const id of openingIds) views.push(await matching.shortlist(admin, id, options));
    let results = 0;
    for (const view of views) {
      expect(view.weightProfile).toEqual({ id: expect.any(String), version: expect.any(Number) });
      view.results.forEach((r, i) => {
        results++;
        expect(r.rank).toBe(i + 1);
        let sum = 0;
        for (const c of r.components) {
          expect(c.value).toBeGreaterThanOrEqual(0);
          expect(c.value).toBeLessThanOrEqual(1);
          expect(c.contribution).toBeCloseTo(c.weight * c.value, 12);
          sum += c.contribution;
        }
        expect(Math.abs(sum - r.score)).toBeLessThan(1e-9);
        expect(r.reasons.length).toBeGreaterThan(0);
        if (i > 0) expect(view.results[i - 1].score).toBeGreaterThanOrEqual(r.score);
      });
    }
    expect(results).toBeGreaterThan(300);
  });

  it('puts a welder first among the welding openings and explains it with the evidence', async () => {
    const db = running.app.get(DataSource);
    // Yaser Kassab in the demo data: 12 years welding on shipyards, lives in Ulstein.
    const [welder] = await db.query(`SELECT id FROM candidates WHERE full_name = 'Yaser Kassab'`);
    const view = await matching.openingMatches(admin, welder.id, 'job', options);
    expect(view.results[0].opening!.occupationCode?.startsWith('721')).toBe(true);
    expect(view.results[0].reasons.join(' | ')).toMatch(/Erfaring fra (samme|beslektet) yrke/);
  });

  it('serves the demo rankings over HTTP with the demo keys', async () => {
    const key = running.demoKeys.find((k) => k.role === 'coordinator')!.key;
    // One of the demo coordinator's own candidates (Herøy's): another kommune's would be a 404.
    const own = await request(running.app.getHttpServer()).get('/api/v1/candidates?limit=1').set('Authorization', `Bearer ${key}`);
    expect(own.body.items.length).toBe(1);
    const res = await request(running.app.getHttpServer())
      .get(`/api/v1/candidates/${own.body.items[0].id}/mentor-matches?limit=3`)
      .set('Authorization', `Bearer ${key}`);
    expect(res.status).toBe(200);
    expect(res.body.matchType).toBe('mentor');
  });
});
