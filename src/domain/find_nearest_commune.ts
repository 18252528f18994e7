import type { Commune } from '../schema.ts';
import { distanceKm } from './measure_distance.ts';

/**
 * The commune whose label point is nearest to a position (brute force: a few thousand communes at
 * most), to name where a hypothetical centre stands. Ties go to the lower INSEE code; null when the
 * list is empty.
 *
 * @example
 * findNearestCommune(2.83, 50.43, communes)?.nom; // "Lens"
 */
export function findNearestCommune(lon: number, lat: number, communes: readonly Commune[]): Commune | null {
  let best: Commune | null = null;
  let bestKm = Number.POSITIVE_INFINITY;
  for (const c of communes) {
    const km = distanceKm([lon, lat], [c.lon, c.lat]);
    if (km < bestKm || (km === bestKm && best !== null && c.insee < best.insee)) {
      best = c;
      bestKm = km;
    }
  }
  return best;
}
