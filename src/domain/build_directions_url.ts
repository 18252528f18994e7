/** OpenStreetMap's routing engines, by mode (the public instance of openstreetmap.org). */
const ENGINES = { foot: 'fossgis_osrm_foot', car: 'fossgis_osrm_car' } as const;

/**
 * A directions link on openstreetmap.org from one point to another, on foot or by car. The page itself
 * makes no request: the link is opened by the person, in a new tab.
 *
 * @example
 * buildDirectionsUrl({ lat: 50.42, lon: 2.78 }, { lat: 50.43, lon: 2.83 }, 'car');
 * // 'https://www.openstreetmap.org/directions?engine=fossgis_osrm_car&route=50.42%2C2.78%3B50.43%2C2.83'
 */
export function buildDirectionsUrl(
  from: { lat: number; lon: number },
  to: { lat: number; lon: number },
  mode: keyof typeof ENGINES,
): string {
  return `https://www.openstreetmap.org/directions?engine=${ENGINES[mode]}&route=${from.lat}%2C${from.lon}%3B${to.lat}%2C${to.lon}`;
}
