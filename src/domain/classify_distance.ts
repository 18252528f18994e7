/**
 * A distance to the nearest care place, judged against the coverage threshold: beyond it or not, and the
 * class the choropleth colours (the legend counts communes and people per class).
 */

/**
 * Whether a distance is strictly beyond the threshold; a missing place (null) always is.
 *
 * @example
 * isBeyond(5, 5); // false: a place exactly at the threshold is within reach
 * isBeyond(null, 5); // true
 */
export const isBeyond = (distanceKm: number | null, thresholdKm: number): boolean =>
  distanceKm === null || distanceKm > thresholdKm;

/** The distance classes, nearest first: ≤ ½ threshold, ≤ threshold, ≤ 2 × threshold, farther, no place. */
export const DISTANCE_CLASSES = [0, 1, 2, 3, 4] as const;
export type DistanceClass = (typeof DISTANCE_CLASSES)[number];

/**
 * The class of a distance for a threshold: 0 when ≤ ½ threshold, 1 when ≤ threshold, 2 when ≤ 2 × threshold,
 * 3 when farther, 4 when there is no place at all. Classes 2–4 are exactly the distances `isBeyond` the
 * threshold.
 *
 * @example
 * classifyDistance(3, 5); // 1
 * classifyDistance(null, 5); // 4
 */
export function classifyDistance(distanceKm: number | null, thresholdKm: number): DistanceClass {
  if (distanceKm === null) return 4;
  if (distanceKm <= thresholdKm / 2) return 0;
  if (distanceKm <= thresholdKm) return 1;
  if (distanceKm <= thresholdKm * 2) return 2;
  return 3;
}
