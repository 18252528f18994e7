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
/**
 * Car speeds, km/h: the first CAR_URBAN_KM of road at the urban average (stops, lights, parking),
 * the rest at the average of the roads linking the basin's communes (departmental roads, A21/N17/A2).
 * A single urban speed would make a 16 km trip last 42 min, which nobody in the basin would recognise.
 */
export const CAR_URBAN_KMH = 25;
export const CAR_URBAN_KM = 3;
export const CAR_ROAD_KMH = 60;

/** Rough travel estimate derived from a straight-line distance. */
export interface TravelEstimate {
  /** whole minutes, rounded up, at least 1 */
  walkMinutes: number;
  /** whole minutes, rounded up, at least 1 */
  carMinutes: number;
  /** estimated road distance, km (straight distance × DETOUR_FACTOR), not rounded */
  roadKm: number;
}

/** Whole minutes, rounded up (less a hair, so that 15.000000000000002 does not become 16), at least 1. */
const wholeMinutes = (exact: number): number => Math.max(1, Math.ceil(exact - 1e-9));

const carMinutes = (roadKm: number): number => {
  const urban = Math.min(roadKm, CAR_URBAN_KM);
  return (urban / CAR_URBAN_KMH) * 60 + ((roadKm - urban) / CAR_ROAD_KMH) * 60;
};

/**
 * Estimates walking and driving times from a straight-line distance, with the
 * documented constants DETOUR_FACTOR, WALK_KMH, CAR_URBAN_KMH/CAR_URBAN_KM/CAR_ROAD_KMH.
 * An order of magnitude, not routing.
 *
 * @throws RangeError when `straightKm` is negative or not finite
 * @example
 * estimateTravel(1); // { walkMinutes: 18, carMinutes: 4, roadKm: 1.3 }
 */
export function estimateTravel(straightKm: number): TravelEstimate {
  if (!Number.isFinite(straightKm) || straightKm < 0) {
    throw new RangeError(`straightKm must be a finite number ≥ 0, got ${straightKm}`);
  }
  const roadKm = straightKm * DETOUR_FACTOR;
  return {
    walkMinutes: wholeMinutes((roadKm / WALK_KMH) * 60),
    carMinutes: wholeMinutes(carMinutes(roadKm)),
    roadKm,
  };
}
