import { AssignmentEdge, maxWeightAssignment } from './max-weight-assignment';

/** Every feasible assignment, tried: the reference for small graphs. */
function bruteForce(candidates: number, places: number[], edges: AssignmentEdge[]): number {
  const options = Array.from({ length: candidates }, (_, c) => edges.filter((e) => e.candidate === c));
  let best = 0;
  const left = [...places];
  const walk = (c: number, total: number) => {
    if (c === candidates) {
      best = Math.max(best, total);
      return;
    }
    walk(c + 1, total);
    for (const e of options[c]) {
      if (left[e.mentor] === 0) continue;
      left[e.mentor]--;
      walk(c + 1, total + e.score);
      left[e.mentor]++;
    }
  };
  walk(0, 0);
  return best;
}

const totalOf = (assigned: number[], edges: AssignmentEdge[]) =>
  assigned.reduce((sum, m, c) => sum + (m < 0 ? 0 : edges.find((e) => e.candidate === c && e.mentor === m)!.score), 0);

describe('maxWeightAssignment', () => {
  it('maximises the total score, not the number of pairs', () => {
    // A can take m0 (0.9) or m1 (0.1); B only m0 (0.5). Best total: A–m0 alone (0.9 > 0.6).
    const edges = [
      { candidate: 0, mentor: 0, score: 0.9 },
      { candidate: 0, mentor: 1, score: 0.1 },
      { candidate: 1, mentor: 0, score: 0.5 },
    ];
    expect(maxWeightAssignment(2, [1, 1], edges)).toEqual([0, -1]);
  });

  it('takes a mentor from a candidate placed earlier when that raises the total, leaving them without', () => {
    // B comes first and gets m0 (0.5); A, later, is worth more there (0.9) than B and A at m1 together (0.6).
    const edges = [
      { candidate: 0, mentor: 0, score: 0.5 },
      { candidate: 1, mentor: 0, score: 0.9 },
      { candidate: 1, mentor: 1, score: 0.1 },
    ];
    expect(maxWeightAssignment(2, [1, 1], edges)).toEqual([-1, 0]);
  });

  it('respects capacities and gives each candidate at most one mentor', () => {
    const edges = [0, 1, 2].flatMap((c) => [{ candidate: c, mentor: 0, score: 0.8 }]);
    const assigned = maxWeightAssignment(3, [2], edges);
    expect(assigned.filter((m) => m === 0)).toHaveLength(2);
  });

  it.each([
    ['300 random small graphs', 7, 300, 6, 0.01],
    ['1,000 random graphs full of equal scores', 11, 1000, 7, 0.1],
  ])('matches an exhaustive search on %s', (_, first, rounds, most, step) => {
    let seed = first;
    const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    for (let round = 0; round < rounds; round++) {
      const candidates = 1 + Math.floor(random() * most);
      const places = Array.from({ length: 1 + Math.floor(random() * 4) }, () => Math.floor(random() * 3));
      const edges: AssignmentEdge[] = [];
      for (let c = 0; c < candidates; c++) {
        for (let m = 0; m < places.length; m++) if (random() < 0.6) edges.push({ candidate: c, mentor: m, score: Math.round(random() / step) * step });
      }
      const assigned = maxWeightAssignment(candidates, places, edges);
      for (let m = 0; m < places.length; m++) expect(assigned.filter((a) => a === m).length).toBeLessThanOrEqual(places[m]);
      assigned.forEach((m, c) => m >= 0 && expect(edges.some((e) => e.candidate === c && e.mentor === m)).toBe(true));
      expect(totalOf(assigned, edges)).toBeCloseTo(bruteForce(candidates, places, edges), 9);
    }
  });
});
