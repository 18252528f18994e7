import turfDistance from '@turf/distance';
import type { LonLat } from './types.ts';

export type { LonLat } from './types.ts';

/**
 * Great-circle (haversine) distance between two WGS84 positions, in kilometres,
 * as computed by `@turf/distance` (mean Earth radius 6,371.0088 km).
 *
 * @example
 * distanceKm([2.8319, 50.4323], [3.0573, 50.6292]); // Lens → Lille ≈ 27.2
 */
export function distanceKm(a: LonLat, b: LonLat): number {
  return turfDistance([a[0], a[1]], [b[0], b[1]], { units: 'kilometers' });
}
