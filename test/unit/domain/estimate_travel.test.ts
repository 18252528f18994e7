import { describe, expect, it } from 'vitest';
import {
  CAR_ROAD_KMH,
  CAR_URBAN_KM,
  CAR_URBAN_KMH,
  DETOUR_FACTOR,
  estimateTravel,
  WALK_KMH,
} from '../../../src/domain/estimate_travel.ts';

// Car expectations worked out by hand: the first 3 km of road at 25 km/h (7.2 min), the rest at 60 km/h (1 min/km).
describe('estimateTravel', () => {
  it('uses the documented constants', () => {
    expect(DETOUR_FACTOR).toBe(1.3);
    expect(WALK_KMH).toBe(4.5);
    expect([CAR_URBAN_KMH, CAR_URBAN_KM, CAR_ROAD_KMH]).toEqual([25, 3, 60]);
  });

  it('1 km straight: 1.3 km of road, 17.3 → 18 min walking, 3.12 → 4 min by car (all urban)', () => {
    const t = estimateTravel(1);
    expect(t.roadKm).toBeCloseTo(1.3, 12);
    expect(t.walkMinutes).toBe(18);
    expect(t.carMinutes).toBe(4);
  });

  it('0 km gives the 1-minute minimum', () => {
    expect(estimateTravel(0)).toEqual({ walkMinutes: 1, carMinutes: 1, roadKm: 0 });
  });

  it('an exact whole number of minutes is not rounded up to the next one', () => {
    // 4.5 km of road = exactly 60 min walking; by car 7.2 + 1.5 = 8.7 → 9 min
    const t = estimateTravel(4.5 / 1.3);
    expect(t.walkMinutes).toBe(60);
    expect(t.carMinutes).toBe(9);
    // 3.8 km of road = 7.2 + 0.8 = exactly 8 min by car
    expect(estimateTravel(3.8 / 1.3).carMinutes).toBe(8);
  });

  it('floating-point noise does not add a minute', () => {
    // 0.675 km of road is exactly 9 min walking, but (0.675 / 1.3) × 1.3 / 4.5 × 60 = 9.000000000000002 in floating point
    expect(estimateTravel(0.675 / 1.3).walkMinutes).toBe(9);
    // 16 km straight = 20.8 km of road = 7.2 + 17.8 = exactly 25 min by car
    expect(estimateTravel(16).carMinutes).toBe(25);
  });

  it('10 km straight: 13 km road, 173.3 → 174 min walking, 7.2 + 10 = 17.2 → 18 min by car', () => {
    const t = estimateTravel(10);
    expect(t.walkMinutes).toBe(174);
    expect(t.carMinutes).toBe(18);
  });

  it('driving time grows more slowly beyond the urban part', () => {
    const a = estimateTravel(2).carMinutes;
    const b = estimateTravel(20).carMinutes;
    expect(b / a).toBeLessThan(20 / 2);
  });

  it('rejects negative and non-finite distances', () => {
    expect(() => estimateTravel(-1)).toThrow(RangeError);
    expect(() => estimateTravel(Number.NaN)).toThrow(RangeError);
    expect(() => estimateTravel(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
