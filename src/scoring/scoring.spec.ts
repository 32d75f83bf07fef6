import type { FeatureResult } from './features/feature';
import { byScoreThenId, combine, FEATURES, MATCH_TYPES, normaliseWeights, rankRows, weigh } from './scoring';

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

describe('weigh', () => {
  it('gives the same score as combine for the same values, so a recorded ranking reproduces exactly', () => {
    const features = { skills_must: f(0.123456789), distance: f(0.987654321), semantic: f(0.333333333) };
    const weights = { skills_must: 0.41, distance: 0.37, semantic: 0.22 };
    const live = combine(features, weights);
    const values = JSON.parse(JSON.stringify(Object.fromEntries(live.components.map((c) => [c.feature, c.value])))) as Record<string, number>;
    expect(weigh(values, weights).score).toBe(live.score);
  });
});

describe('rankRows', () => {
  it('ranks feature rows under any weights, best first, ties by id', () => {
    const rows = [
      { id: 'near', values: { distance: 1, occupation: 0 } },
      { id: 'fit', values: { distance: 0.2, occupation: 1 } },
      { id: 'also-fit', values: { distance: 0.2, occupation: 1 } },
    ];
    expect(rankRows(rows, { distance: 0.2, occupation: 0.8 }).map((r) => r.id)).toEqual(['also-fit', 'fit', 'near']);
    expect(rankRows(rows, { distance: 1, occupation: 0 }).map((r) => r.id)).toEqual(['near', 'also-fit', 'fit']);
  });
});

describe('normaliseWeights', () => {
  it('scales to sum 1 over every feature of the match type, absent ones at 0, in the canonical order', () => {
    const normalised = normaliseWeights('job', { distance: 3, occupation: 1 });
    expect(Object.keys(normalised)).toEqual([...FEATURES.job]);
    expect(normalised.distance).toBe(0.75);
    expect(normalised.occupation).toBe(0.25);
    expect(normalised.semantic).toBe(0);
  });

  it('refuses weights with nothing positive', () => {
    expect(() => normaliseWeights('mentor', { distance: 0 })).toThrow();
  });

  it('lists a feature set per match type', () => {
    for (const type of MATCH_TYPES) expect(FEATURES[type].length).toBeGreaterThan(0);
  });
});
