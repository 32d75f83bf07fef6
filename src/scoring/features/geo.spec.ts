import { DEFAULT_TRAVEL_KM, distanceFit, haversineKm } from './geo';

const OSLO = { lat: 59.91, lon: 10.75 };
const BERGEN = { lat: 60.39, lon: 5.32 };

describe('haversineKm', () => {
  it('puts Oslo about 305 km from Bergen, either way', () => {
    const km = haversineKm(OSLO, BERGEN);
    expect(Math.abs(km - 305)).toBeLessThanOrEqual(15);
    expect(haversineKm(BERGEN, OSLO)).toBeCloseTo(km, 9);
  });

  it('is 0 for the same point and about 111 km per degree of latitude', () => {
    expect(haversineKm(OSLO, OSLO)).toBe(0);
    expect(haversineKm({ lat: 60, lon: 10 }, { lat: 61, lon: 10 })).toBeCloseTo(111.2, 0);
  });
});

describe('distanceFit', () => {
  it('is 1 next door and 0.5 at the candidate travel limit', () => {
    expect(distanceFit(0, 30)).toEqual({ value: 1, evidence: { kind: 'distance', km: 0 } });
    expect(distanceFit(30, 30).value).toBeCloseTo(0.5, 10);
  });

  it('judges against 50 km when the candidate has not said', () => {
    expect(DEFAULT_TRAVEL_KM).toBe(50);
    expect(distanceFit(50, undefined).value).toBeCloseTo(0.5, 10);
  });

  it('falls off with distance and rounds the km in the evidence', () => {
    const near = distanceFit(12.4, undefined);
    const far = distanceFit(120, undefined);
    expect(near.value).toBeGreaterThan(far.value);
    expect(far.value).toBeGreaterThan(0);
    expect(near.evidence.km).toBe(12);
    expect(distanceFit(100, 30).value).toBeLessThan(distanceFit(100, 200).value);
  });

  it('is neutral 0.5 without a distance', () => {
    expect(distanceFit(null, 30)).toEqual({ value: 0.5, evidence: { kind: 'distance', km: null } });
  });
});
