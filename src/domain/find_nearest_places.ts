import { KIND_GROUP_IDS, kindGroupOf, type Lieu } from '../schema.ts';
import { compareByDistance } from './compare_places.ts';
import { isApproximate, matchesPlaceFilter } from './match_place_filter.ts';
import { distanceKm } from './measure_distance.ts';
import type { LonLat, NearestByGroup, NearestPlace, PlaceFilter } from './types.ts';

export type { NearestByGroup, NearestPlace, PlaceFilter } from './types.ts';

/**
 * The `perGroup` nearest care places to `origin` in each kind group, by great-circle distance.
 * Places excluded by `filter` are ignored (closed ones always). Ties are broken by name
 * (French collation) then id. Every group key is present; unselected groups get `[]`.
 * A brute-force scan: fine for the few thousand places this app will ever hold.
 *
 * @example
 * const near = findNearestPlaces([2.83, 50.43], lieux, { groups: ['msp'], includePlanned: false, includeUnknown: true });
 * near.msp[0]?.distanceKm; // km to the closest MSP
 * near.filieris; // []
 */
export function findNearestPlaces(
  origin: LonLat,
  lieux: readonly Lieu[],
  filter: PlaceFilter,
  perGroup = 3,
): NearestByGroup {
  const result = Object.fromEntries(KIND_GROUP_IDS.map((g) => [g, [] as NearestPlace[]])) as NearestByGroup;
  if (!(perGroup > 0)) return result;
  for (const lieu of lieux) {
    if (!matchesPlaceFilter(lieu, filter)) continue;
    result[kindGroupOf(lieu.kind)].push({
      lieu,
      distanceKm: distanceKm(origin, [lieu.lon, lieu.lat]),
      approximate: isApproximate(lieu.precision),
    });
  }
  for (const group of KIND_GROUP_IDS) {
    result[group] = result[group]
      .sort((a, b) =>
        compareByDistance(a.distanceKm, a.lieu.nom, a.lieu.id, b.distanceKm, b.lieu.nom, b.lieu.id),
      )
      .slice(0, Math.floor(perGroup));
  }
  return result;
}
