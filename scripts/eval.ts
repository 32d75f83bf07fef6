/**
 * npm run eval
 * Matching quality on ../shared/eval (see its README): the corpus as job openings, each query
 * profile as a candidate with only its skills, ranked through the same code path as the API;
 * nDCG@10, Recall@10 and MRR@10 beside two baselines from the same run: Postgres full-text search
 * over the titles, and embedding cosine alone. Runs on a fresh in-memory embedded database.
 */
import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory';
import type { Principal } from '../src/auth/roles';
import { loadConfig } from '../src/config/app-config';
import { EmbeddingBackfill } from '../src/embeddings/embedding-backfill';
import { EmbeddingProvider } from '../src/embeddings/embedding-provider';
import { MatchingRepository, openingsOfKind } from '../src/matching/matching.repository';
import { MatchingService } from '../src/matching/matching.service';

interface Query {
  query_id: string;
  skills: string[];
}

const ADMIN: Principal = { keyId: null, userId: null, role: 'admin', organisationId: null };

function metrics(ranked: string[], grades: Map<string, number>): { ndcg: number; recall: number; mrr: number } {
  const gain = (g: number) => 2 ** g - 1;
  const dcg = ranked.slice(0, 10).reduce((sum, item, i) => sum + gain(grades.get(item) ?? 0) / Math.log2(i + 2), 0);
  const ideal = [...grades.values()].sort((a, b) => b - a).slice(0, 10);
  const idcg = ideal.reduce((sum, g, i) => sum + gain(g) / Math.log2(i + 2), 0);
  const relevant = [...grades.values()].filter((g) => g >= 1).length;
  const found = ranked.slice(0, 10).filter((item) => (grades.get(item) ?? 0) >= 1).length;
  const first = ranked.slice(0, 10).findIndex((item) => (grades.get(item) ?? 0) >= 1);
  return { ndcg: idcg > 0 ? dcg / idcg : 0, recall: relevant > 0 ? found / relevant : 0, mrr: first >= 0 ? 1 / (first + 1) : 0 };
}

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, DATABASE_URL: undefined, EMBEDDED_DATA_DIR: 'memory', DEMO_DATA: 'false' });
  const evalDir = config.evalDir;
  const corpus: { item_id: string; styrk08: string; title: string }[] = parse(readFileSync(join(evalDir, 'corpus.csv'), 'utf8'), {
    columns: true,
    bom: true,
  });
  const queries: Query[] = readFileSync(join(evalDir, 'queries.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Query);
  const qrels = new Map<string, Map<string, number>>();
  for (const line of readFileSync(join(evalDir, 'qrels.tsv'), 'utf8').split('\n').slice(1)) {
    const [query, item, grade] = line.split('\t');
    if (!grade) continue;
    if (!qrels.has(query)) qrels.set(query, new Map());
    qrels.get(query)!.set(item, Number(grade));
  }

  // Ids derived from the eval's own keys: ties are broken by id, so random ids made the figures vary between runs.
  const stableId = (key: string): string => {
    const h = createHash('sha256').update(key).digest('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  };
  const running = await createApp(config, { task: true, logger: false });
  try {
    const db = running.app.get(DataSource);
    const provider = running.app.get(EmbeddingProvider);
    console.log(`Eval: ${corpus.length} openings, ${queries.length} candidate profiles; embeddings: ${provider.info.provider} ${provider.info.model}`);
    const [org] = await db.query(`INSERT INTO organisations (kind, name, municipality_code) VALUES ('employer', 'Eval', '0301') RETURNING id`);
    const known = new Set((await db.query('SELECT code FROM occupations')).map((r: { code: string }) => r.code));
    const itemOf = new Map<string, string>();
    const openingIds = corpus.map((c) => {
      const id = stableId(`opening:${c.item_id}`);
      itemOf.set(id, c.item_id);
      return id;
    });
    await db.query(
      `INSERT INTO openings (id, organisation_id, kind, title, occupation_code, municipality_code, permanent, positions)
       SELECT id, $1, 'job', title, code, '0301', true, 1 FROM unnest($2::uuid[], $3::text[], $4::text[]) AS t(id, title, code)`,
      [org.id, openingIds, corpus.map((c) => c.title), corpus.map((c) => (known.has(c.styrk08) ? c.styrk08 : null))],
    );
    const candidateOf = new Map<string, string>();
    const candidateIds = queries.map((q) => {
      const id = stableId(`candidate:${q.query_id}`);
      candidateOf.set(q.query_id, id);
      return id;
    });
    await db.query(
      `INSERT INTO candidates (id, full_name, municipality_code, skills, consent_matching, consent_share_with_employers)
       SELECT id, 'Eval ' || id, '0301', skills::jsonb, true, true FROM unnest($1::uuid[], $2::text[]) AS t(id, skills)`,
      [candidateIds, queries.map((q) => JSON.stringify(q.skills.map((label) => ({ label, evidence: 'mapped' }))))],
    );
    const started = Date.now();
    await running.app.get(EmbeddingBackfill).run(256);
    console.log(`Embedded ${corpus.length + queries.length} records in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const matching = running.app.get(MatchingService);
    const repository = running.app.get(MatchingRepository);
    const systems: Record<string, (q: Query) => Promise<string[]>> = {
      'Kobling (two-stage, explainable)': async (q) =>
        (await matching.openingMatches(ADMIN, candidateOf.get(q.query_id)!, 'job', { limit: 10, explainExcluded: false, lang: 'en' })).results.map(
          (r) => r.opening!.id,
        ),
      'Baseline: full-text search (ts_rank over titles)': async (q) => {
        const words = [...new Set(q.skills.join(' ').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])];
        if (words.length === 0) return [];
        const rows: { id: string }[] = await db.query(
          `SELECT id FROM openings WHERE organisation_id = $1
           ORDER BY ts_rank(to_tsvector('simple', title), to_tsquery('simple', $2)) DESC, id LIMIT 10`,
          [org.id, words.join(' | ')],
        );
        return rows.map((r) => r.id);
      },
      'Baseline: embedding cosine alone': async (q) => {
        const vectors = await repository.vectors('candidate', candidateOf.get(q.query_id)!, provider.info.model);
        return vectors.profile ? (await repository.nearest('opening', 'need', vectors.profile, provider.info.model, openingsOfKind('job'), 10)).map((n) => n.id) : [];
      },
    };

    console.log('\nsystem                                              nDCG@10  Recall@10  MRR@10   ms/query');
    for (const [name, rank] of Object.entries(systems)) {
      const totals = { ndcg: 0, recall: 0, mrr: 0 };
      const t0 = Date.now();
      for (const q of queries) {
        const ranked = (await rank(q)).map((id) => itemOf.get(id)!);
        const m = metrics(ranked, qrels.get(q.query_id) ?? new Map());
        totals.ndcg += m.ndcg;
        totals.recall += m.recall;
        totals.mrr += m.mrr;
      }
      const n = queries.length;
      console.log(
        `${name.padEnd(50)}  ${(totals.ndcg / n).toFixed(3).padStart(7)}  ${(totals.recall / n).toFixed(3).padStart(9)}  ${(totals.mrr / n).toFixed(3).padStart(6)}  ${((Date.now() - t0) / n).toFixed(1).padStart(8)}`,
      );
    }
  } finally {
    await running.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
