import { describe, expect, it } from 'vitest';
import { compareByDistance } from '../../../src/domain/compare_places.ts';
import { indexPlaces, PlaceIndex } from '../../../src/domain/index_places.ts';
import { distanceKm } from '../../../src/domain/measure_distance.ts';
import type { PlaceFilter } from '../../../src/domain/types.ts';
import type { Lieu } from '../../../src/schema.ts';
import { haversineKm, LIEUX, lieu } from '../../fixtures/domain/basin.ts';
import { makeRandom } from '../../fixtures/domain/synthetic.ts';

const ALL: PlaceFilter = {
  groups: ['filieris', 'pharmacie', 'msp', 'cs'],
  includePlanned: true,
  includeUnknown: true,
};

/** Independent nearest: a plain loop over every place with the written tie rule (distance, name, id). */
function bruteNearest(lon: number, lat: number, places: readonly Lieu[]): number {
  let best = -1;
  places.forEach((p, i) => {
    const b = places[best];
    if (
      b === undefined ||
      compareByDistance(
        distanceKm([lon, lat], [p.lon, p.lat]),
        p.nom,
        p.id,
        distanceKm([lon, lat], [b.lon, b.lat]),
        b.nom,
        b.id,
      ) < 0
    )
      best = i;
  });
  return best;
}

/** n random places over the basin, some of them sharing a position (places known to their commune only). */
function randomPlaces(n: number, seed: number): Lieu[] {
  const rand = makeRandom(seed);
  const out: Lieu[] = [];
  for (let i = 0; i < n; i++) {
    const shared = i > 0 && rand() < 0.2 ? out[Math.floor(rand() * i)] : undefined;
    const lon = shared ? shared.lon : 2.2 + rand() * 1.5;
    const lat = shared ? shared.lat : 50.2 + rand() * 0.5;
    // a few duplicate names, so that ties are sometimes broken by id
    out.push(
      lieu(`p${String(n - i).padStart(4, '0')}`, `Lieu ${Math.floor(rand() * n * 0.7)}`, 'msp', lon, lat),
    );
  }
  return out;
}

describe('indexPlaces', () => {
  it('finds, for 2,000 random points, the place a brute-force loop finds, with its distance', () => {
    for (const n of [1, 2, 9, 40, 700]) {
      const places = randomPlaces(n, n);
      const index = indexPlaces(places, ALL);
      const rand = makeRandom(1000 + n);
      for (let q = 0; q < 400; q++) {
        const lon = 2.1 + rand() * 1.7;
        const lat = 50.1 + rand() * 0.7;
        const k = index.nearest(lon, lat);
        const expected = bruteNearest(lon, lat, places);
        expect(index.places[k]?.id, `n=${n} q=${q}`).toBe(places[expected]?.id);
        expect(index.lastDistanceKm).toBeCloseTo(
          haversineKm(lon, lat, places[expected]!.lon, places[expected]!.lat),
          9,
        );
      }
    }
  });

  it('breaks a tie between places at the same point by name, then id', () => {
    const places = [
      lieu('b', 'Maison de santé', 'msp', 3, 50.5),
      lieu('a', 'Maison de santé', 'msp', 3, 50.5),
      lieu('c', 'Centre', 'msp', 3, 50.5),
      lieu('d', 'Autre', 'msp', 3.2, 50.5),
    ];
    const index = indexPlaces(places, ALL);
    expect(index.places[index.nearest(3.01, 50.5)]?.id).toBe('c');
    const noC = indexPlaces(places.slice(0, 2), ALL);
    expect(noC.places[noC.nearest(3.01, 50.5)]?.id).toBe('a');
  });

  it('breaks an exact tie between two different positions by name (query on their bisector)', () => {
    // 2.5° and 3.5° E on the same parallel, query at 3° E: the two distances are exactly equal
    const west = lieu('w', 'Zéphyr', 'msp', 2.5, 50.5);
    const east = lieu('e', 'Abeille', 'msp', 3.5, 50.5);
    expect(distanceKm([3, 50.6], [2.5, 50.5])).toBe(distanceKm([3, 50.6], [3.5, 50.5]));
    const index = indexPlaces([west, east], ALL);
    expect(index.places[index.nearest(3, 50.6)]?.id).toBe('e');
    const renamed = indexPlaces([{ ...west, nom: 'Abbaye' }, east], ALL);
    expect(renamed.places[renamed.nearest(3, 50.6)]?.id).toBe('w');
    // a hair east of the bisector, the east place is nearer whatever its name
    expect(renamed.places[renamed.nearest(3.000001, 50.6)]?.id).toBe('e');
  });

  it('gives the same answer whatever the hint', () => {
    const places = randomPlaces(300, 7);
    const index = indexPlaces(places, ALL);
    const rand = makeRandom(3);
    for (let q = 0; q < 300; q++) {
      const lon = 2.2 + rand() * 1.5;
      const lat = 50.2 + rand() * 0.5;
      const plain = index.nearest(lon, lat);
      const d = index.lastDistanceKm;
      for (const hint of [0, 17, 299, Math.floor(rand() * 300)]) {
        expect(index.nearest(lon, lat, hint)).toBe(plain);
        expect(index.lastDistanceKm).toBe(d);
      }
    }
  });

  it('keeps only the places of the filter, in input order, and answers -1 when none is kept', () => {
    const index = indexPlaces(LIEUX, { groups: ['msp'], includePlanned: false, includeUnknown: true });
    expect(index.places.map((l) => l.id)).toEqual(['msp-valenciennes']); // msp-vendin is planned
    const none = indexPlaces(LIEUX, { groups: [], includePlanned: true, includeUnknown: true });
    expect(none.nearest(3, 50)).toBe(-1);
    expect(none.lastDistanceKm).toBe(Number.POSITIVE_INFINITY);
    expect(new PlaceIndex([]).nearest(3, 50, 0)).toBe(-1);
  });

  it('does not modify the places', () => {
    const places = randomPlaces(50, 2);
    const copy = structuredClone(places);
    const index = indexPlaces(places, ALL);
    index.nearest(3, 50.4);
    expect(places).toEqual(copy);
  });
});
