import { describe, expect, it } from 'vitest';
import { distanceKm, haversineKm as haversine } from '../../../src/domain/measure_distance.ts';
import { haversineKm } from '../../fixtures/domain/basin.ts';

describe('distanceKm', () => {
  it('matches an independent haversine (Lens → Lille)', () => {
    const expected = haversineKm(2.8319, 50.4323, 3.0573, 50.6292);
    expect(distanceKm([2.8319, 50.4323], [3.0573, 50.6292])).toBeCloseTo(expected, 9);
    expect(expected).toBeGreaterThan(26);
    expect(expected).toBeLessThan(28);
  });

  it('is 0 for the same point and symmetric', () => {
    expect(distanceKm([3.39, 50.37], [3.39, 50.37])).toBe(0);
    expect(distanceKm([2.83, 50.43], [3.52, 50.35])).toBeCloseTo(
      distanceKm([3.52, 50.35], [2.83, 50.43]),
      12,
    );
  });

  it('one degree of latitude is about 111.2 km', () => {
    // arc length of 1° on a sphere of radius 6371.0088 km = 2πR/360
    expect(distanceKm([3, 50], [3, 51])).toBeCloseTo((2 * Math.PI * 6371.0088) / 360, 6);
  });
});

describe('haversineKm', () => {
  it('is bit for bit the distance of distanceKm (turf)', () => {
    let s = 12345;
    const rand = () => {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      return s / 4294967296;
    };
    for (let i = 0; i < 2000; i++) {
      const a: [number, number] = [1.5 + rand() * 3, 49.9 + rand() * 1.2];
      const b: [number, number] = [1.5 + rand() * 3, 49.9 + rand() * 1.2];
      expect(haversine(a[0], a[1], b[0], b[1])).toBe(distanceKm(a, b));
    }
  });
});
