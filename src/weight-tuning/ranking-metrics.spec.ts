import { hitAtK, kendallTauB, mean, ndcgAtK, overlapAtK } from './ranking-metrics';

describe('overlapAtK', () => {
  it('is the share of the before top-k kept after', () => {
    expect(overlapAtK(['a', 'b', 'c', 'd'], ['d', 'c', 'x', 'y'])).toBe(0.5);
    expect(overlapAtK(['a', 'b'], ['b', 'a'])).toBe(1);
    expect(overlapAtK([], [])).toBeNull();
  });
});

describe('kendallTauB', () => {
  it('is 1 for the same order, -1 for the reverse', () => {
    expect(kendallTauB([1, 2, 3, 4], [10, 20, 30, 40])).toBe(1);
    expect(kendallTauB([1, 2, 3, 4], [4, 3, 2, 1])).toBe(-1);
  });

  it('counts concordant minus discordant pairs', () => {
    // Pairs: (1,2) c, (1,3) c, (2,3) d → (2 - 1) / 3.
    expect(kendallTauB([1, 2, 3], [1, 3, 2])).toBeCloseTo(1 / 3, 12);
  });

  it('corrects for ties (tau-b) as scipy.stats.kendalltau does', () => {
    // scipy.stats.kendalltau([1, 2, 2, 3], [1, 2, 3, 3]) → 0.8
    expect(kendallTauB([1, 2, 2, 3], [1, 2, 3, 3])).toBeCloseTo(0.8, 12);
  });

  it('is null when there is no order to compare', () => {
    expect(kendallTauB([1], [1])).toBeNull();
    expect(kendallTauB([2, 2, 2], [1, 2, 3])).toBeNull();
  });
});

describe('ndcgAtK', () => {
  const grades = new Map([
    ['hired', 3],
    ['interviewed', 2],
    ['declined', 0],
  ]);

  it('is 1 for the ideal order and less when the best is lower', () => {
    expect(ndcgAtK(['hired', 'interviewed', 'x'], grades, 10)).toBe(1);
    const swapped = (3 / 1 + 7 / Math.log2(3)) / (7 / 1 + 3 / Math.log2(3));
    expect(ndcgAtK(['interviewed', 'hired'], grades, 10)).toBeCloseTo(swapped, 12);
  });

  it('counts a relevant item that was not ranked, or ranked below k, against the ranking', () => {
    const idcg = 7 + 3 / Math.log2(3);
    expect(ndcgAtK(['x', 'hired'], grades, 10)).toBeCloseTo(7 / Math.log2(3) / idcg, 12);
    expect(ndcgAtK(['x', 'hired'], grades, 1)).toBe(0);
  });

  it('is null when the query has nothing relevant', () => {
    expect(ndcgAtK(['declined'], new Map([['declined', 0]]), 10)).toBeNull();
  });
});

describe('hitAtK', () => {
  it('is 1 when any relevant item is in the top k', () => {
    const grades = new Map([['a', 1]]);
    expect(hitAtK(['x', 'a'], grades, 2)).toBe(1);
    expect(hitAtK(['x', 'a'], grades, 1)).toBe(0);
  });
});

describe('mean', () => {
  it('averages, or is null for nothing', () => {
    expect(mean([1, 2, 3])).toBe(2);
    expect(mean([])).toBeNull();
  });
});
