import { describe, expect, test } from 'vitest';
import { findNearestCommune } from '../../../src/domain/find_nearest_commune.ts';
import { COMMUNES, haversineKm } from '../../fixtures/domain/basin.ts';

describe('findNearestCommune', () => {
  test('matches a brute force with an independent haversine, for points around the basin', () => {
    const points: [number, number][] = [
      [2.83, 50.43],
      [3.4, 50.4],
      [3.05, 50.6],
      [2.5, 50.2],
      [3.7, 50.5],
    ];
    for (const [lon, lat] of points) {
      const expected = COMMUNES.map((c) => ({ c, km: haversineKm(lon, lat, c.lon, c.lat) })).sort(
        (a, b) => a.km - b.km,
      )[0]?.c.insee;
      expect(findNearestCommune(lon, lat, COMMUNES)?.insee).toBe(expected);
    }
  });

  test('null for an empty list', () => {
    expect(findNearestCommune(3, 50, [])).toBeNull();
  });
});
