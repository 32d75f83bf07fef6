import { FeatureResult } from './feature';

export interface Point {
  lat: number;
  lon: number;
}

/** Travel is judged against this many km when the candidate has not said. */
export const DEFAULT_TRAVEL_KM = 50;

/** Great-circle distance in km. */
export function haversineKm(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Distance between two municipalities' centroids; null when either is unknown. */
export function kmBetween(points: ReadonlyMap<string, Point>, from: string, to: string): number | null {
  const a = points.get(from);
  const b = points.get(to);
  return a && b ? haversineKm(a, b) : null;
}

/** 1 next door, 0.5 at the candidate's travel limit, falling off beyond it. */
export function distanceFit(km: number | null, maxTravelKm: number | undefined): FeatureResult<Extract<FeatureResult['evidence'], { kind: 'distance' }>> {
  if (km === null) return { value: 0.5, evidence: { kind: 'distance', km: null } };
  const scale = maxTravelKm ?? DEFAULT_TRAVEL_KM;
  return { value: 1 / (1 + (km / scale) ** 2), evidence: { kind: 'distance', km: Math.round(km) } };
}
