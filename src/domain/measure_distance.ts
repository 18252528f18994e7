import turfDistance from '@turf/distance';
import type { LonLat } from './types.ts';

export type { LonLat } from './types.ts';

/** Mean Earth radius used for every distance of the app, km (turf's `earthRadius`, 6,371,008.8 m). */
export const EARTH_RADIUS_KM = 6371.0088;

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

/** turf's `factors.kilometers`, computed the same way. */
const KM_PER_RADIAN = 6371008.8 / 1e3;

const toRad = (degrees: number): number => ((degrees % 360) * Math.PI) / 180;

/**
 * The same distance as `distanceKm`, bit for bit (the same operations as `@turf/distance` 7), from four numbers:
 * no array or object is created, for loops over tens of thousands of points.
 *
 * @example
 * haversineKm(2.8319, 50.4323, 3.0573, 50.6292) === distanceKm([2.8319, 50.4323], [3.0573, 50.6292]); // true
 */
export function haversineKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = toRad(lat2 - lat1);
  const dLon = toRad(lon2 - lon1);
  const a = Math.sin(dLat / 2) ** 2 + Math.sin(dLon / 2) ** 2 * Math.cos(toRad(lat1)) * Math.cos(toRad(lat2));
  return 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)) * KM_PER_RADIAN;
}
