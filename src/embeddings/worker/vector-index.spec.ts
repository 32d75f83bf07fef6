import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../config/package-root';
import { readShipped } from '../../reference-data/reference-datasets';
import { hashEmbed } from './hashing-embedder';
import { EXACT_UP_TO, VectorIndex } from './vector-index';

const DIMENSION = 384;

function embedAll(texts: string[]): Float32Array {
  const data = new Float32Array(texts.length * DIMENSION);
  texts.forEach((text, i) => data.set(hashEmbed(text, DIMENSION), i * DIMENSION));
  return data;
}

/** Brute force: what the index must agree with. */
function exactTop(data: Float32Array, query: Float32Array, k: number): number[] {
  const scores: { index: number; score: number }[] = [];
  for (let i = 0; i < data.length / DIMENSION; i++) {
    let score = 0;
    for (let j = 0; j < DIMENSION; j++) score += data[i * DIMENSION + j] * query[j];
    if (score > 0) scores.push({ index: i, score });
  }
  return scores.sort((a, b) => b.score - a.score).slice(0, k).map((s) => s.index);
}

describe('VectorIndex', () => {
  const skills = [...new Set(readShipped(join(PACKAGE_ROOT, 'data/reference')).escoOccupations.flatMap((o) => [...o.essential, ...o.optional]))];
  const queries = ['weld pipes', 'bookkeeping', 'drive a bus', 'patient care', 'customer servce', 'forklift', 'cook fish', 'teach children'];

  it('scans a small collection exactly, best first', () => {
    const labels = skills.slice(0, 500);
    const data = embedAll(labels);
    const index = new VectorIndex(data, DIMENSION);
    for (const q of queries) {
      const query = hashEmbed(q, DIMENSION);
      const hits = index.nearest(query, 10);
      expect(hits.map((h) => h.index)).toEqual(exactTop(data, query, 10));
      expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
    }
  });

  it('finds nearly all true top-10 neighbours among all ESCO skills through its lists', () => {
    expect(skills.length).toBeGreaterThan(EXACT_UP_TO);
    const data = embedAll(skills);
    const index = new VectorIndex(data, DIMENSION);
    let found = 0;
    let wanted = 0;
    const sample = [...queries, ...skills.filter((_, i) => i % 97 === 0).map((s) => s.slice(0, Math.max(4, s.length - 3)))];
    for (const q of sample) {
      const query = hashEmbed(q, DIMENSION);
      const truth = new Set(exactTop(data, query, 10));
      wanted += truth.size;
      found += index.nearest(query, 10).filter((h) => truth.has(h.index)).length;
    }
    expect(found / wanted).toBeGreaterThanOrEqual(0.88);
    // A label is found as itself.
    for (const i of [0, 1234, skills.length - 1]) {
      const [best] = index.nearest(hashEmbed(skills[i], DIMENSION), 1);
      expect(best.score).toBeCloseTo(1, 5);
      expect(hashEmbed(skills[best.index], DIMENSION)).toEqual(hashEmbed(skills[i], DIMENSION));
    }
  });

  it('builds the same index from the same vectors', () => {
    const data = embedAll(skills.slice(0, EXACT_UP_TO + 500));
    const query = hashEmbed('weld', DIMENSION);
    expect(new VectorIndex(data, DIMENSION).nearest(query, 10)).toEqual(new VectorIndex(data, DIMENSION).nearest(query, 10));
  });
});
