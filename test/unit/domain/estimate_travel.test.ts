import { describe, expect, it } from 'vitest';
import { CAR_KMH, DETOUR_FACTOR, estimateTravel, WALK_KMH } from '../../../src/domain/estimate_travel.ts';

describe('estimateTravel', () => {
  it('uses the documented constants', () => {
    expect(DETOUR_FACTOR).toBe(1.3);
    expect(WALK_KMH).toBe(4.5);
    expect(CAR_KMH).toBe(30);
  });

  it('1 km straight: 1.3 km of road, 17.3 → 18 min walking, 2.6 → 3 min by car', () => {
    const t = estimateTravel(1);
    expect(t.roadKm).toBeCloseTo(1.3, 12);
    expect(t.walkMinutes).toBe(18);
    expect(t.carMinutes).toBe(3);
  });

  it('0 km gives the 1-minute minimum', () => {
    expect(estimateTravel(0)).toEqual({ walkMinutes: 1, carMinutes: 1, roadKm: 0 });
  });

  it('an exact whole number of minutes is not rounded up to the next one', () => {
    // 4.5 km of road = exactly 60 min walking = 9 min by car; straight = 4.5 / 1.3
    const t = estimateTravel(4.5 / 1.3);
    expect(t.walkMinutes).toBe(60);
    expect(t.carMinutes).toBe(9);
  });

  it('floating-point noise does not add a minute', () => {
    // 0.675 km of road is exactly 9 min walking, but (0.675 / 1.3) × 1.3 / 4.5 × 60 = 9.000000000000002 in floating point
    expect(estimateTravel(0.675 / 1.3).walkMinutes).toBe(9);
    // 11.5 km of road is exactly 23 min by car
    expect(estimateTravel(11.5 / 1.3).carMinutes).toBe(23);
  });

  it('10 km straight: 13 km road, 173.3 → 174 min walking, 26 min by car', () => {
    const t = estimateTravel(10);
    expect(t.walkMinutes).toBe(174);
    expect(t.carMinutes).toBe(26);
  });

  it('rejects negative and non-finite distances', () => {
    expect(() => estimateTravel(-1)).toThrow(RangeError);
    expect(() => estimateTravel(Number.NaN)).toThrow(RangeError);
    expect(() => estimateTravel(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
