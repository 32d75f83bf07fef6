/** Measures for comparing two rankings and for judging one against recorded outcomes. Pure. */

/** The share of the before top-k still in the after top-k; null when there was nothing to rank. */
export function overlapAtK(before: readonly string[], after: readonly string[]): number | null {
  if (before.length === 0) return null;
  const kept = new Set(after);
  return before.filter((id) => kept.has(id)).length / before.length;
}

/**
 * Kendall's tau-b of two scorings of the same items: +1 the same order, −1 reversed, ties in
 * either corrected for. Null with fewer than two items, or when either side ties everything.
 */
export function kendallTauB(x: readonly number[], y: readonly number[]): number | null {
  if (x.length !== y.length) throw new Error('kendallTauB needs two scorings of the same items');
  const n = x.length;
  let concordant = 0;
  let discordant = 0;
  let tiedX = 0;
  let tiedY = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = Math.sign(x[i] - x[j]);
      const dy = Math.sign(y[i] - y[j]);
      if (dx === 0) tiedX++;
      if (dy === 0) tiedY++;
      if (dx * dy > 0) concordant++;
      else if (dx * dy < 0) discordant++;
    }
  }
  const pairs = (n * (n - 1)) / 2;
  const denominator = Math.sqrt((pairs - tiedX) * (pairs - tiedY));
  return denominator > 0 ? (concordant - discordant) / denominator : null;
}

/** Graded gain: a hire counts far more than a shortlisting. */
const gain = (grade: number) => 2 ** grade - 1;

/**
 * nDCG@k of a ranking against graded relevance (grade 0 or absent: not relevant); the ideal is
 * every graded item of the query in grade order, so a relevant item the ranking never found
 * still counts against it. Null when nothing is relevant.
 */
export function ndcgAtK(ranked: readonly string[], grades: ReadonlyMap<string, number>, k: number): number | null {
  const ideal = [...grades.values()].filter((g) => g > 0).sort((a, b) => b - a).slice(0, k);
  const idcg = ideal.reduce((sum, g, i) => sum + gain(g) / Math.log2(i + 2), 0);
  if (idcg === 0) return null;
  const dcg = ranked.slice(0, k).reduce((sum, id, i) => sum + gain(grades.get(id) ?? 0) / Math.log2(i + 2), 0);
  return dcg / idcg;
}

/** 1 when any relevant item is in the top k, else 0. */
export function hitAtK(ranked: readonly string[], grades: ReadonlyMap<string, number>, k: number): number {
  return ranked.slice(0, k).some((id) => (grades.get(id) ?? 0) > 0) ? 1 : 0;
}

/** The mean, or null for no values. */
export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;
}
