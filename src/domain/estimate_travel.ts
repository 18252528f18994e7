/**
 * Road distance / straight-line distance. Circuity of road networks is typically 1.2–1.4
 * (Ballou, Rahardja & Sakai 2002, "Selected country circuity factors for road travel
 * distance estimation", Transportation Research Part A 36(9): ~1.2–1.3 for Western Europe;
 * Giacomin & Levinson 2015 find higher values over short urban trips). The basin is a dense
 * but fragmented network (railways, canals, slag heaps), hence 1.3.
 */
export const DETOUR_FACTOR = 1.3;
/** Walking speed, km/h (a usual planning value for adults; slower for elderly people). */
export const WALK_KMH = 4.5;
/** Average car speed in the basin's urban areas including stops and lights, km/h. */
export const CAR_KMH = 30;

/** Rough travel estimate derived from a straight-line distance. */
export interface TravelEstimate {
  /** whole minutes, rounded up, at least 1 */
  walkMinutes: number;
  /** whole minutes, rounded up, at least 1 */
  carMinutes: number;
  /** estimated road distance, km (straight distance × DETOUR_FACTOR), not rounded */
  roadKm: number;
}

const minutes = (km: number, kmh: number): number => {
  // subtract a hair so that 15.000000000000002 does not become 16
  const exact = (km / kmh) * 60;
  return Math.max(1, Math.ceil(exact - 1e-9));
};

/**
 * Estimates walking and driving times from a straight-line distance, with the
 * documented constants DETOUR_FACTOR, WALK_KMH and CAR_KMH. An order of magnitude, not routing.
 *
 * @throws RangeError when `straightKm` is negative or not finite
 * @example
 * estimateTravel(1); // { walkMinutes: 18, carMinutes: 3, roadKm: 1.3 }
 */
export function estimateTravel(straightKm: number): TravelEstimate {
  if (!Number.isFinite(straightKm) || straightKm < 0) {
    throw new RangeError(`straightKm must be a finite number ≥ 0, got ${straightKm}`);
  }
  const roadKm = straightKm * DETOUR_FACTOR;
  return { walkMinutes: minutes(roadKm, WALK_KMH), carMinutes: minutes(roadKm, CAR_KMH), roadKm };
}
