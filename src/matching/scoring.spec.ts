import type { FeatureResult } from './features/feature';
import { byScoreThenId, combine } from './scoring';

const f = (value: number): FeatureResult => ({ value, evidence: { kind: 'distance', km: 12 } });

describe('combine', () => {
  const features = { skills_must: f(0.75), distance: f(0.5), semantic: f(0.3) };
  const weights = { skills_must: 0.5, distance: 0.2, semantic: 0.3 };

  it('makes each contribution exactly weight × value and the score their sum', () => {
    const scored = combine(features, weights);
    expect(scored.components).toEqual([
      { feature: 'skills_must', value: 0.75, weight: 0.5, contribution: 0.5 * 0.75 },
      { feature: 'distance', value: 0.5, weight: 0.2, contribution: 0.2 * 0.5 },
      { feature: 'semantic', value: 0.3, weight: 0.3, contribution: 0.3 * 0.3 },
    ]);
    const sum = scored.components.reduce((s, c) => s + c.contribution, 0);
    expect(Math.abs(scored.score - sum)).toBeLessThan(1e-9);
    expect(scored.score).toBeCloseTo(0.375 + 0.1 + 0.09, 9);
  });

  it('clamps out-of-range values into [0, 1] before weighing them', () => {
    const scored = combine({ a: f(1.7), b: f(-0.4), c: f(0.2) }, { a: 0.5, b: 0.3, c: 0.2 });
    for (const c of scored.components) {
      expect(c.value).toBeGreaterThanOrEqual(0);
      expect(c.value).toBeLessThanOrEqual(1);
      expect(c.contribution).toBe(c.weight * c.value);
    }
    expect(scored.components.map((c) => c.value)).toEqual([1, 0, 0.2]);
    expect(scored.score).toBeCloseTo(0.5 + 0.04, 9);
  });

  it('keeps the evidence of each weighted feature and ignores unweighted ones', () => {
    const scored = combine({ ...features, extra: f(1) }, weights);
    expect(Object.keys(scored.evidence).sort()).toEqual(['distance', 'semantic', 'skills_must']);
    expect(scored.evidence.distance).toEqual({ kind: 'distance', km: 12 });
    expect(scored.components.map((c) => c.feature)).not.toContain('extra');
  });

  it('throws when a weight names a feature that was not computed', () => {
    expect(() => combine(features, { ...weights, interests: 0.1 })).toThrow(/interests/);
  });
});

describe('byScoreThenId', () => {
  it('orders by score descending, then id ascending', () => {
    const ranked = [
      { id: 'c', score: 0.5 },
      { id: 'b', score: 0.9 },
      { id: 'a', score: 0.5 },
      { id: 'd', score: 0.1 },
    ].sort(byScoreThenId);
    expect(ranked.map((r) => r.id)).toEqual(['b', 'a', 'c', 'd']);
  });

  it('returns 0 only for the same score and id', () => {
    expect(byScoreThenId({ id: 'x', score: 0.4 }, { id: 'x', score: 0.4 })).toBe(0);
    expect(byScoreThenId({ id: 'x', score: 0.4 }, { id: 'y', score: 0.4 })).toBeLessThan(0);
  });
});
