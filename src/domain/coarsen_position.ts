/** Grid steps of coarsened positions: about 500 m at the basin's latitude (50.4° N). */
export const COARSE_STEP = { lat: 0.0045, lon: 0.007 } as const;

/**
 * A position snapped to the centre of its cell on a grid of about 500 m (COARSE_STEP), so that a shared link
 * does not reveal where a person stands. The same input always gives the same output; any point of a cell
 * gives that cell's centre, at most ≈ 355 m away (half the cell’s diagonal).
 *
 * @example
 * coarsenPosition(2.78123, 50.42567); // { lon: 2.7825, lat: 50.42475 }
 */
export function coarsenPosition(lon: number, lat: number): { lon: number; lat: number } {
  const snap = (v: number, step: number) => Number(((Math.floor(v / step) + 0.5) * step).toFixed(6));
  return { lon: snap(lon, COARSE_STEP.lon), lat: snap(lat, COARSE_STEP.lat) };
}
