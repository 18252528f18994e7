import { describe, expect, it } from 'vitest';
import { findNearestPlaces } from '../../../src/domain/find_nearest_places.ts';
import type { PlaceFilter } from '../../../src/domain/types.ts';
import { deepFreeze, haversineKm, LIEUX, lieu } from '../../fixtures/domain/basin.ts';

const ALL: PlaceFilter = {
  groups: ['filieris', 'pharmacie', 'msp', 'cs'],
  includePlanned: true,
  includeUnknown: true,
};
const LENS: [number, number] = [2.8319, 50.4323];

describe('findNearestPlaces', () => {
  it('returns every group key, sorted by an independently computed distance', () => {
    const near = findNearestPlaces(LENS, LIEUX, ALL);
    expect(Object.keys(near).sort()).toEqual([
      'cs',
      'filieris',
      'hopital',
      'hopital_specialise',
      'msp',
      'pharmacie',
    ]);
    // filieris group in the fixture: f-lens, f-lievin, f-wallers, dent-conde — by hand from Lens: Lens, Liévin, Wallers, Condé
    expect(near.filieris.map((n) => n.lieu.id)).toEqual(['f-lens', 'f-lievin', 'f-wallers']);
    for (const n of near.filieris) {
      expect(n.distanceKm).toBeCloseTo(haversineKm(LENS[0], LENS[1], n.lieu.lon, n.lieu.lat), 9);
    }
    expect(near.filieris[2]?.approximate).toBe(true); // Wallers: precision 'commune'
    expect(near.filieris[0]?.approximate).toBe(false);
    expect(near.msp.map((n) => n.lieu.id)).toEqual(['msp-vendin', 'msp-valenciennes']);
    expect(near.msp[1]?.approximate).toBe(true); // precision 'quartier'
  });

  it('never returns closed places; an empty category is an empty array', () => {
    const near = findNearestPlaces(LENS, LIEUX, ALL);
    expect(near.cs).toEqual([]); // the only 'cs' place is closed
  });

  it('leaves out planned and unknown places unless asked, and unselected groups', () => {
    const near = findNearestPlaces(LENS, LIEUX, {
      groups: ['msp', 'filieris'],
      includePlanned: false,
      includeUnknown: false,
    });
    expect(near.msp.map((n) => n.lieu.id)).toEqual(['msp-valenciennes']);
    expect(near.filieris.map((n) => n.lieu.id)).not.toContain('dent-conde');
    expect(near.pharmacie).toEqual([]);
  });

  it('respects perGroup', () => {
    const near = findNearestPlaces(LENS, LIEUX, ALL, 1);
    expect(near.filieris).toHaveLength(1);
    expect(findNearestPlaces(LENS, LIEUX, ALL, 0).filieris).toEqual([]);
    expect(findNearestPlaces(LENS, LIEUX, ALL, 10).filieris).toHaveLength(4);
  });

  it('breaks distance ties by name in French order, then by id', () => {
    const at = [3.0, 50.4] as const;
    const tied = [
      lieu('z', 'Fampoux', 'msp', at[0], at[1]),
      lieu('y', 'Éleu', 'msp', at[0], at[1]), // É sorts with E, before F (not after Z as in code-point order)
      lieu('b', 'Douai', 'msp', at[0], at[1]),
      lieu('a', 'Douai', 'msp', at[0], at[1]),
    ];
    const near = findNearestPlaces([3.1, 50.5], tied, ALL, 4);
    expect(near.msp.map((n) => n.lieu.id)).toEqual(['a', 'b', 'y', 'z']);
  });

  it('works from an origin outside the basin (Paris)', () => {
    const paris: [number, number] = [2.3522, 48.8566];
    const near = findNearestPlaces(paris, LIEUX, ALL);
    const first = near.filieris[0];
    expect(first?.lieu.id).toBe('f-lievin'); // the most south-westerly Filiéris place
    expect(first?.distanceKm).toBeCloseTo(haversineKm(paris[0], paris[1], 2.78, 50.42), 9);
    expect(first?.distanceKm).toBeGreaterThan(150);
  });

  it('agrees with a brute-force nearest on random places', () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const places = Array.from({ length: 200 }, (_, i) =>
      lieu(`p${i}`, `Lieu ${i}`, 'msp', 2.5 + rand() * 1.3, 50.2 + rand() * 0.5),
    );
    const origin: [number, number] = [3.1, 50.4];
    let bestId = '';
    let bestD = Number.POSITIVE_INFINITY;
    for (const p of places) {
      const d = haversineKm(origin[0], origin[1], p.lon, p.lat);
      if (d < bestD) {
        bestD = d;
        bestId = p.id;
      }
    }
    expect(findNearestPlaces(origin, places, ALL).msp[0]?.lieu.id).toBe(bestId);
  });

  it('does not modify its input', () => {
    const input = deepFreeze(structuredClone(LIEUX));
    const before = JSON.stringify(input);
    findNearestPlaces(LENS, input, ALL);
    expect(JSON.stringify(input)).toBe(before);
  });
});
