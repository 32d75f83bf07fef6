import { BackfillProgress, EmbeddingBackfill } from '../src/embeddings/embedding-backfill';
import { EmbeddingProvider } from '../src/embeddings/embedding-provider';
import { EmbeddingQueue } from '../src/embeddings/embedding-queue';
import { EmbeddingsRepository, SourceFilter, toVectorLiteral } from '../src/embeddings/embeddings.repository';
import { aCandidate, aMentor, anOpening } from './support/builders';
import { startTestApp, TestApp, unique } from './support/test-app';

describe('embeddings of candidates, mentors and openings', () => {
  let t: TestApp;
  let coordinator: string;
  let provider: EmbeddingProvider;
  let queue: EmbeddingQueue;

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.key('coordinator');
    provider = t.running.app.get(EmbeddingProvider);
    queue = t.running.app.get(EmbeddingQueue);
  });
  afterAll(() => t.close());

  const stored = (table: string, id: string) =>
    t.db.query(
      `SELECT field, model, dimension, text_hash, embedding IS NULL AS empty, vector_dims(embedding) AS dims FROM ${table} WHERE owner_id = $1 ORDER BY field`,
      [id],
    );

  it('embeds a saved candidate in the background: profile and interests, with model, dimension and text hash', async () => {
    const created = await t.api(coordinator).post('/api/v1/candidates').send(aCandidate());
    expect(created.status).toBe(201);
    await queue.whenIdle();
    const rows = await stored('candidate_embeddings', created.body.id);
    expect(rows).toEqual([
      { field: 'interests', model: 'kobling-hashing-v1', dimension: 384, text_hash: expect.stringMatching(/^[0-9a-f]{64}$/), empty: false, dims: 384 },
      { field: 'profile', model: 'kobling-hashing-v1', dimension: 384, text_hash: expect.stringMatching(/^[0-9a-f]{64}$/), empty: false, dims: 384 },
    ]);
  });

  it('re-embeds only what changed: an update that leaves the texts unchanged costs no inference', async () => {
    const { id } = (await t.api(coordinator).post('/api/v1/candidates').send(aCandidate())).body;
    await queue.whenIdle();
    const before = provider.inferences;

    const unchanged = [
      { birthYear: 1985 },
      { municipalityCode: '5001', consent: { matching: true, shareWithEmployers: false } },
      { interests: ['fjellturer', 'matlaging'] },
      { goals: '  Jobbe som   regnskapsfører i Bergen ' }, // only whitespace differs
    ];
    for (const patch of unchanged) expect((await t.edit(coordinator, `/api/v1/candidates/${id}`, patch)).status).toBe(200);
    await queue.whenIdle();
    expect(provider.inferences).toBe(before);

    expect((await t.edit(coordinator, `/api/v1/candidates/${id}`, { interests: ['sjakk'] })).status).toBe(200);
    await queue.whenIdle();
    expect(provider.inferences).toBe(before + 1);

    const profileBefore = (await stored('candidate_embeddings', id)).find((r: { field: string }) => r.field === 'profile').text_hash;
    expect((await t.edit(coordinator, `/api/v1/candidates/${id}`, { skills: [{ label: 'sveising', evidence: 'certified' }] })).status).toBe(200);
    await queue.whenIdle();
    expect(provider.inferences).toBe(before + 2);
    const profileAfter = (await stored('candidate_embeddings', id)).find((r: { field: string }) => r.field === 'profile').text_hash;
    expect(profileAfter).not.toBe(profileBefore);
  });

  it('stores no vector for an empty text (no semantic signal), and deletes vectors with their record', async () => {
    const { id } = (await t.api(coordinator).post('/api/v1/candidates').send(aCandidate({ interests: [] }))).body;
    await queue.whenIdle();
    const rows = await stored('candidate_embeddings', id);
    expect(rows.find((r: { field: string }) => r.field === 'interests')).toMatchObject({ empty: true, dims: null });
    await t.api(coordinator).delete(`/api/v1/candidates/${id}`);
    expect(await stored('candidate_embeddings', id)).toEqual([]);
  });

  it('embeds mentors (profile, interests) and openings (their need)', async () => {
    const mentor = (await t.api(coordinator).post('/api/v1/mentors').send(aMentor())).body;
    const employer = await t.key('employer', await t.organisation('employer'));
    const opening = (await t.api(employer).post('/api/v1/openings').send(anOpening())).body;
    await queue.whenIdle();
    expect((await stored('mentor_embeddings', mentor.id)).map((r: { field: string }) => r.field)).toEqual(['interests', 'profile']);
    expect((await stored('opening_embeddings', opening.id)).map((r: { field: string }) => r.field)).toEqual(['need']);
  });

  it('reports the provider, model, dimension and queue depth on /health', async () => {
    await queue.whenIdle();
    const health = await t.api().get('/health');
    expect(health.body.embeddings).toEqual({ provider: 'hashing', model: 'kobling-hashing-v1', dimension: 384, queueDepth: 0 });
  });

  it('backfills missing vectors in committed batches: a killed run resumes where it stopped', async () => {
    await queue.whenIdle();
    await t.db.query(
      `INSERT INTO candidates (full_name, municipality_code, goals, interests, owner_organisation_id)
       SELECT 'Backfill ' || g, '4601', 'Sveiser på verft ' || g, '{fiske}', $1 FROM generate_series(1, 100) g`,
      [await t.organisation('municipality')],
    );
    const backfill = t.running.app.get(EmbeddingBackfill);
    let interrupted: BackfillProgress | undefined;
    await expect(
      backfill.run(16, (p) => {
        if (p.done >= 48) {
          interrupted = { ...p };
          throw new Error('killed');
        }
      }),
    ).rejects.toThrow('killed');
    expect(interrupted!.total).toBeGreaterThanOrEqual(100);

    const resumed = await backfill.run(16);
    expect(resumed.total).toBe(interrupted!.total - interrupted!.done);
    expect(resumed.done).toBe(resumed.total);
    expect(await backfill.pending()).toEqual({ candidate: 0, mentor: 0, opening: 0 });
    await t.db.query(`DELETE FROM candidates WHERE full_name LIKE 'Backfill %'`);
  });

  it('finds the same top-10 through the HNSW index as by an exact scan', async () => {
    // A seeded set: 3,000 candidates in 300 tight clusters of 10 (big enough that the planner picks
    // the index), under a model name of their own. Each cluster's 10 are the true top-10 of a probe near its centre.
    let seed = 42;
    const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32) * 2 - 1;
    const unit = (v: number[]) => {
      const n = Math.hypot(...v);
      return v.map((x) => x / n);
    };
    const centres = Array.from({ length: 300 }, () => unit(Array.from({ length: 384 }, random)));
    const model = `seeded-${unique()}`;
    const ids: string[] = (
      await t.db.query(
        `INSERT INTO candidates (full_name, municipality_code, owner_organisation_id) SELECT 'Seeded ' || g, '0301', $1 FROM generate_series(1, 3000) g RETURNING id`,
        [await t.organisation('municipality')],
      )
    ).map((r: { id: string }) => r.id);
    const vectors = ids.map((_, i) => unit(centres[i % 300].map((x) => x + 0.02 * random())));
    await t.db.query(
      `INSERT INTO candidate_embeddings (owner_id, field, model, dimension, text_hash, embedding)
       SELECT id, 'profile', $2, 384, 'seeded', v::vector FROM unnest($1::uuid[], $3::text[]) AS s(id, v)`,
      [ids, model, vectors.map(toVectorLiteral)],
    );
    await t.db.query('ANALYZE candidate_embeddings');
    await t.db.query('ANALYZE candidates');

    const repository = t.running.app.get(EmbeddingsRepository);
    const query = unit(centres[3].map((x) => x + 0.02 * random()));
    // The search as ranking runs it: joined to the candidates, under a filter on them (a shortlist's is
    // NO_FILTER; an opening search's is on the kind), with its SET LOCALs.
    const filter: SourceFilter = { sql: 's.municipality_code = $F1', params: ['0301'] };
    for (const options of [{ limit: 10 }, { filter, limit: 10 }]) {
      const plan = await repository.explainNearest('candidate', 'profile', query, model, options);
      expect(plan).toContain('candidate_embeddings_profile_hnsw');
    }

    for (let q = 0; q < 10; q++) {
      const probe = unit(centres[q * 7].map((x) => x + 0.02 * random()));
      const viaIndex = await repository.nearest('candidate', 'profile', probe, model, { filter, limit: 10 });
      const exact = await repository.nearestExact('candidate', 'profile', probe, model, { filter, limit: 10 });
      expect(viaIndex.map((n) => n.ownerId)).toEqual(exact.map((n) => n.ownerId));
      expect(new Set(viaIndex.map((n) => ids.indexOf(n.ownerId) % 300))).toEqual(new Set([q * 7]));
      expect(viaIndex[0].distance).toBeCloseTo(exact[0].distance, 6);
    }
    await t.db.query('DELETE FROM candidates WHERE id = ANY($1::uuid[])', [ids]);
  });

  // The race needs a second connection, which the embedded server (one connection) cannot give.
  (process.env.KOBLING_TEST_DATABASE === 'embedded' ? it.skip : it)(
    'treats a record deleted while it was being embedded as done, not as a failure',
    async () => {
      const { id } = (await t.api(coordinator).post('/api/v1/candidates').send(aCandidate())).body;
      await queue.whenIdle();
      const deleting = t.db.createQueryRunner();
      await deleting.connect();
      try {
        await deleting.startTransaction();
        await deleting.query('DELETE FROM candidates WHERE id = $1', [id]);
        // The write sees the candidate (the delete is not committed) and waits for its row lock.
        const saving = t.running.app.get(EmbeddingsRepository).save('candidate', [
          { ownerId: id, field: 'profile', model: 'kobling-hashing-v1', dimension: 384, textHash: 'x'.repeat(64), vector: new Float32Array(384).fill(0.05) },
        ]);
        await new Promise((resolve) => setTimeout(resolve, 300));
        await deleting.commitTransaction();
        await expect(saving).resolves.toBeUndefined();
        expect(await stored('candidate_embeddings', id)).toEqual([]);
      } finally {
        await deleting.release();
      }
    },
  );
});

