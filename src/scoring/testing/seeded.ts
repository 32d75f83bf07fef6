import type { Point } from '../features/geo';

/**
 * Deterministic records for the scorers' specs, which check each scorer against a full scoring of
 * every pair: the same seed gives the same records, so a failure shows the same pairs again.
 */
export function seeded(seed: number) {
  const next = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const some = <T>(list: readonly T[], most: number): T[] => Array.from({ length: Math.floor(next() * (most + 1)) }, () => pick(list));
  // Components in quarters: every sum of products is exact, so the cosines do not depend on how they are added up.
  const vector = () => Float32Array.from({ length: 8 }, () => Math.floor(next() * 3) / 4);
  return { next, pick, some, vector };
}

/** A uuid of a kind (its first hex digit) and a number: ids that sort as the numbers do. */
export const seededId = (prefix: string, i: number): string => `${prefix}0000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

/** Four municipalities with coordinates, and an unknown one. */
export const SEEDED_POINTS = new Map<string, Point>([
  ['0301', { lat: 59.91, lon: 10.75 }],
  ['4601', { lat: 60.39, lon: 5.32 }],
  ['5001', { lat: 63.43, lon: 10.39 }],
  ['3201', { lat: 59.89, lon: 10.52 }],
]);
export const SEEDED_PLACES = [...SEEDED_POINTS.keys(), '9999'];
