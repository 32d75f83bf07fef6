import { createHash } from 'node:crypto';
import { FeatureRow, rankRows } from '../scoring/scoring';

/** One query's ranked items (feature values) and the grades its recorded outcomes gave some of them. */
export interface GradedQuery {
  id: string;
  rows: FeatureRow[];
  grades: ReadonlyMap<string, number>;
}

export interface FitOptions {
  iterations: number;
  learningRate: number;
  /** L2 penalty: on separable data the weights would otherwise grow without bound. */
  l2: number;
  /** Items without a better outcome compared per query: the start profile's top ones, which compete for the top k. */
  negatives: number;
}

export const FIT_DEFAULTS: FitOptions = { iterations: 400, learningRate: 2, l2: 1e-3, negatives: 100 };

/** The start weights are scaled up to this sum, so the logistic loss starts out of its flat middle. */
const START_SCALE = 10;

/**
 * Pairwise logistic regression over the components (RankNet with a linear scorer): in every
 * query, an item with a better outcome should outscore one with a worse or no outcome. Each
 * query weighs the same however many pairs it has. Weights stay ≥ 0 (projected gradient descent)
 * and start from the given profile; fixed iterations, no sampling, so the result is deterministic.
 * Returns the weights normalised to sum 1 (the start weights when no pair says anything).
 */
export function fitPairwise(
  features: readonly string[],
  queries: readonly GradedQuery[],
  start: Readonly<Record<string, number>>,
  options: FitOptions = FIT_DEFAULTS,
): Record<string, number> {
  const startTotal = features.reduce((s, f) => s + (start[f] ?? 0), 0);
  const startWeights = Object.fromEntries(features.map((f) => [f, (start[f] ?? 0) / startTotal]));
  // Per query, the differences (better − worse) of every compared pair.
  const pairSets: Float64Array[][] = [];
  for (const query of queries) {
    const negatives = rankRows(query.rows, startWeights).slice(0, options.negatives);
    const compared = [...new Map([...query.rows.filter((r) => (query.grades.get(r.id) ?? 0) > 0), ...negatives].map((r) => [r.id, r])).values()];
    const pairs: Float64Array[] = [];
    for (const better of compared) {
      const g = query.grades.get(better.id) ?? 0;
      if (g <= 0) continue;
      for (const worse of compared) {
        if ((query.grades.get(worse.id) ?? 0) >= g) continue;
        pairs.push(Float64Array.from(features, (f) => better.values[f] - worse.values[f]));
      }
    }
    if (pairs.length > 0) pairSets.push(pairs);
  }
  if (pairSets.length === 0) return startWeights;

  const w = Float64Array.from(features, (f) => startWeights[f] * START_SCALE);
  const gradient = new Float64Array(features.length);
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    gradient.fill(0);
    for (const pairs of pairSets) {
      const share = 1 / (pairs.length * pairSets.length);
      for (const d of pairs) {
        let margin = 0;
        for (let f = 0; f < d.length; f++) margin += w[f] * d[f];
        // d/dw of log(1 + e^(−w·d)) is −σ(−w·d)·d.
        const pull = share / (1 + Math.exp(margin));
        for (let f = 0; f < d.length; f++) gradient[f] -= pull * d[f];
      }
    }
    for (let f = 0; f < w.length; f++) w[f] = Math.max(0, w[f] - options.learningRate * (gradient[f] + options.l2 * w[f]));
  }
  const total = w.reduce((s, v) => s + v, 0);
  if (!(total > 0)) return startWeights;
  return Object.fromEntries(features.map((f, i) => [f, w[i] / total]));
}

/**
 * A holdout of about `share` of the queries: the first in the order of a salted hash of their
 * ids (a fixed seed), so the same outcomes always split the same way, whatever order they come
 * in. At least one query on each side when there are two or more.
 */
export function splitHoldout<T extends { id: string }>(queries: readonly T[], share = 0.3, salt = 'kobling-holdout-v1'): { training: T[]; holdout: T[] } {
  const keyed = queries
    .map((q) => ({ q, key: createHash('sha256').update(`${salt}:${q.id}`).digest('hex') }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const size = queries.length < 2 ? 0 : Math.min(queries.length - 1, Math.max(1, Math.round(queries.length * share)));
  return { holdout: keyed.slice(0, size).map((k) => k.q), training: keyed.slice(size).map((k) => k.q) };
}
