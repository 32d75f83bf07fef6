/** Sums taken in another order than the ranking's may differ in the last bit; a bound stays above by this much. */
export const BOUND_SLACK = 1e-9;
/** Records are taken in this many bands of their bound, best band first: a counting sort, not a heap of all. */
const BANDS = 1024;

import { clamp01 } from '../scoring/features/feature';

/** A weight profile as the scorers sum it: its features in its order. */
export type Terms = { feature: string; weight: number }[];
export const termsOf = (weights: Record<string, number>): Terms => Object.entries(weights).map(([feature, weight]) => ({ feature, weight }));

/** The score exactly as the ranking sums it (scoreOf): each weighed value in the profile's order. */
export function weighedInOrder(terms: Terms, values: Record<string, number>): number {
  let score = 0;
  for (const term of terms) score += term.weight * clamp01(values[term.feature] ?? 0);
  return score;
}

/** No record of any kind can score above the sum of the weights (each value is at most 1). */
export const maxBoundOf = (weights: Record<string, number>): number => Object.values(weights).reduce((sum, w) => sum + Math.max(0, w), 0) + BOUND_SLACK;

/** What bestWithinBounds needs of a scorer: per record index its bound with the cosine at its best, and how to finish it. */
export interface Bounded {
  /** The indexes whose bound was worked out (those that pass the hard rules), and their bounds. */
  reached: number[];
  bound: Float64Array;
  /** No bound is above this. */
  maxBound: number;
  /** The cosine's weight: its bound takes the cosine as 1. */
  wSemantic: number;
  cosineOf(i: number): number;
  /** The record's score exactly as the ranking sums it, given its cosine. */
  scoreOf(i: number, cosine: number): number;
  /** Per index, its place in id order: equal scores are ordered by id, as the ranking orders them. */
  idOrder: Int32Array;
}

/**
 * The best `n` records by score, best first (equal scores in id order), from bounds that take
 * every feature but the cosine as it is and the cosine at its best: records are taken by band of
 * bound, best first, the cosine worked out only while the bound can still reach the top, and the
 * bands end where the best `n` are provably found.
 */
export function bestWithinBounds(b: Bounded, n: number): { i: number; score: number }[] {
  const { reached, bound, maxBound, wSemantic, idOrder } = b;
  const bandOf = new Int32Array(reached.length);
  const counts = new Int32Array(BANDS + 1);
  for (let k = 0; k < reached.length; k++) {
    const band = Math.max(0, Math.min(BANDS - 1, Math.floor((bound[reached[k]] / maxBound) * BANDS)));
    bandOf[k] = band;
    counts[band + 1]++;
  }
  for (let band = 1; band <= BANDS; band++) counts[band] += counts[band - 1];
  const order = new Int32Array(reached.length);
  const next = counts.slice(0, BANDS);
  for (let k = 0; k < reached.length; k++) order[next[bandOf[k]]++] = reached[k];

  const best: { i: number; score: number }[] = [];
  const kth = () => (best.length === n ? best[n - 1].score : -Infinity);
  for (let band = BANDS - 1; band >= 0; band--) {
    // Every record of this band and below is bounded by the band's upper edge.
    if (best.length === n && ((band + 1) / BANDS) * maxBound < kth()) break;
    for (let at = counts[band]; at < counts[band + 1]; at++) {
      const i = order[at];
      if (bound[i] < kth()) continue;
      const cosine = b.cosineOf(i);
      if (bound[i] - wSemantic * (1 - cosine) < kth()) continue;
      const score = b.scoreOf(i, cosine);
      let place = best.length;
      while (place > 0 && (best[place - 1].score < score || (best[place - 1].score === score && idOrder[best[place - 1].i] > idOrder[i]))) place--;
      if (place < n) {
        best.splice(place, 0, { i, score });
        if (best.length > n) best.pop();
      }
    }
  }
  return best;
}

/** A group of records (by index) and a bound no record of it can score above. */
export interface BoundedGroup {
  bound: number;
  members: Int32Array;
}

/** Records the first pass takes before the groups left are judged against a provisional top: enough for one, few enough to be cheap. */
const FIRST_PASS = 64;

/**
 * bestWithinBounds over groups of records, most of which are never visited: the groups are taken
 * by bound, best first, until enough records give a provisional top; then only the groups whose
 * bound reaches its n-th score are visited, since the final n-th score can only be higher.
 * `visit(i)` works out the record's bound into `b.bound` and says whether it passes the hard rules.
 */
export function bestInGroups(groups: BoundedGroup[], visit: (i: number) => boolean, b: Omit<Bounded, 'reached'>, n: number): { i: number; score: number }[] {
  const order = groups.filter((g) => g.members.length > 0).sort((x, y) => y.bound - x.bound);
  const reached: number[] = [];
  let next = 0;
  const take = (group: BoundedGroup) => {
    for (let m = 0; m < group.members.length; m++) if (visit(group.members[m])) reached.push(group.members[m]);
  };
  while (next < order.length && reached.length < Math.max(FIRST_PASS, 4 * n)) take(order[next++]);
  const provisional = bestWithinBounds({ ...b, reached }, n);
  const nth = provisional.length === n ? provisional[n - 1].score : -Infinity;
  while (next < order.length && order[next].bound >= nth) take(order[next++]);
  return bestWithinBounds({ ...b, reached }, n);
}
