import { FeatureRow, rankRows } from '../scoring/scoring';
import { ndcgAtK } from './ranking-metrics';
import { fitPairwise, GradedQuery, splitHoldout } from './weight-fitting';

/** A seeded generator, so the synthetic data is the same on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const FEATURES = ['near', 'fit', 'noise'];

/** Queries whose hired item is the nearest one, while the start weights favour `fit`. */
function nearnessWins(n: number, seed: number): GradedQuery[] {
  const next = random(seed);
  return Array.from({ length: n }, (_, q) => {
    const rows: FeatureRow[] = Array.from({ length: 30 }, (_, i) => ({ id: `q${q}-i${i}`, values: { near: next(), fit: next(), noise: next() } }));
    const nearest = rows.reduce((best, r) => (r.values.near > best.values.near ? r : best));
    return { id: `q${q}`, rows, grades: new Map([[nearest.id, 3]]) };
  });
}

const meanNdcg = (queries: GradedQuery[], weights: Record<string, number>) =>
  queries.reduce((s, q) => s + (ndcgAtK(rankRows(q.rows, weights).map((r) => r.id), q.grades, 10) ?? 0), 0) / queries.length;

describe('fitPairwise', () => {
  const start = { near: 0.1, fit: 0.6, noise: 0.3 };

  it('moves the weight to the component that explains the outcomes, and ranks held-out queries better', () => {
    const training = nearnessWins(40, 1);
    const holdout = nearnessWins(20, 2);
    const fitted = fitPairwise(FEATURES, training, start);
    expect(fitted.near).toBeGreaterThan(0.8);
    expect(fitted.fit).toBeLessThan(start.fit);
    expect(Object.values(fitted).reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
    expect(Object.values(fitted).every((w) => w >= 0)).toBe(true);
    expect(meanNdcg(holdout, fitted)).toBeGreaterThan(meanNdcg(holdout, start) + 0.3);
    expect(meanNdcg(holdout, fitted)).toBeGreaterThan(0.95);
  });

  it('is deterministic', () => {
    const queries = nearnessWins(10, 3);
    expect(fitPairwise(FEATURES, queries, start)).toEqual(fitPairwise(FEATURES, queries, start));
  });

  it('keeps the start weights when the outcomes compare nothing', () => {
    const rows = [{ id: 'a', values: { near: 1, fit: 0, noise: 0 } }];
    expect(fitPairwise(FEATURES, [{ id: 'q', rows, grades: new Map([['a', 1]]) }], { near: 1, fit: 3, noise: 0 })).toEqual({ near: 0.25, fit: 0.75, noise: 0 });
  });
});

describe('splitHoldout', () => {
  const queries = Array.from({ length: 20 }, (_, i) => ({ id: `query-${i}` }));

  it('holds out about 30 %, the same queries every time, whatever the input order', () => {
    const a = splitHoldout(queries);
    const b = splitHoldout([...queries].reverse());
    expect(a.holdout).toHaveLength(6);
    expect(a.training).toHaveLength(14);
    expect(a.holdout.map((q) => q.id).sort()).toEqual(b.holdout.map((q) => q.id).sort());
    expect(new Set([...a.holdout, ...a.training].map((q) => q.id)).size).toBe(20);
  });

  it('leaves at least one query on each side', () => {
    expect(splitHoldout([{ id: 'a' }, { id: 'b' }]).holdout).toHaveLength(1);
    expect(splitHoldout([{ id: 'a' }]).holdout).toHaveLength(0);
  });
});
