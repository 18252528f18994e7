import { estimateTravel } from './estimate_travel.ts';

/** Longest walk offered as an estimate, minutes: beyond it a resident is told "trop loin à pied". */
export const MAX_WALK_MINUTES = 60;

/** How to get to a place, as a resident would plan it. */
export interface TravelAdvice {
  /** estimated walking time, minutes; null when it would exceed MAX_WALK_MINUTES */
  walkMinutes: number | null;
  /** estimated driving time, minutes */
  carMinutes: number;
  /** the mode the directions link should offer: on foot when walking makes sense, else by car */
  mode: 'foot' | 'car';
}

/**
 * Travel advice from a straight-line distance (see `estimateTravel` for the constants): the walking time
 * only up to MAX_WALK_MINUTES (about 3.5 km in a straight line), the car time always, and the mode that fits.
 *
 * @throws RangeError when `straightKm` is negative or not finite
 * @example
 * adviseTravel(1);  // { walkMinutes: 18, carMinutes: 4, mode: 'foot' }
 * adviseTravel(43); // { walkMinutes: null, carMinutes: 61, mode: 'car' }
 */
export function adviseTravel(straightKm: number): TravelAdvice {
  const t = estimateTravel(straightKm);
  const walk = t.walkMinutes <= MAX_WALK_MINUTES ? t.walkMinutes : null;
  return { walkMinutes: walk, carMinutes: t.carMinutes, mode: walk === null ? 'car' : 'foot' };
}
