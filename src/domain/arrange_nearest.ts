import { compareByDistance } from './compare_places.ts';
import type { NearestPlace } from './types.ts';

/** A kind's nearest places as a resident should read them. */
export interface ArrangedNearest {
  /** places one can go to now or should check (open, then unknown at equal distance), nearest first */
  available: NearestPlace[];
  /** places announced but not open yet, nearest first: never "the nearest" */
  planned: NearestPlace[];
}

const STATUS_RANK = { open: 0, unknown: 1, planned: 2, closed: 3 } as const;

/**
 * Splits a kind's places (any order) into the ones a resident can go to — open places and places whose
 * status is unknown ("statut à vérifier") — and the planned ones, each nearest first and cut to `perGroup`.
 * At an equal distance an open place comes before an unknown one; then name, then id. Closed places are
 * dropped. Does not modify its input.
 *
 * @example
 * const { available, planned } = arrangeNearest(nearest.filieris, 3);
 * available[0]; // the nearest Filieris centre that is open (or to check), never a planned one
 */
export function arrangeNearest(places: readonly NearestPlace[], perGroup: number): ArrangedNearest {
  const order = (a: NearestPlace, b: NearestPlace) =>
    a.distanceKm !== b.distanceKm
      ? a.distanceKm - b.distanceKm
      : STATUS_RANK[a.lieu.status] - STATUS_RANK[b.lieu.status] ||
        compareByDistance(a.distanceKm, a.lieu.nom, a.lieu.id, b.distanceKm, b.lieu.nom, b.lieu.id);
  const n = Math.max(0, Math.floor(perGroup));
  const sorted = places.filter((p) => p.lieu.status !== 'closed').sort(order);
  return {
    available: sorted.filter((p) => p.lieu.status !== 'planned').slice(0, n),
    planned: sorted.filter((p) => p.lieu.status === 'planned').slice(0, n),
  };
}
