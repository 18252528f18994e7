/**
 * EPSG:3035 (ETRS89-extended / LAEA Europe), the CRS of the INSEE 200 m grid: Lambert azimuthal equal-area on
 * the GRS80 ellipsoid, centre 52° N 10° E, false easting 4,321,000 m, false northing 3,210,000 m. Formulas of
 * IOGP Guidance Note 7-2, EPSG method 9820 (the inverse latitude by its series in the authalic latitude, refined
 * by one Newton step). Pure functions; ETRS89 is taken as WGS84 (they differ by less than 1 m
 * in France, as everywhere else in the app).
 */

const A = 6378137;
const F = 1 / 298.257222101;
const E2 = F * (2 - F);
const E = Math.sqrt(E2);
const LAT0 = (52 * Math.PI) / 180;
const LON0 = (10 * Math.PI) / 180;
const FALSE_EASTING = 4321000;
const FALSE_NORTHING = 3210000;

/** q(φ) of EPSG method 9820. */
function q(phi: number): number {
  const s = Math.sin(phi);
  return (1 - E2) * (s / (1 - E2 * s * s) - (1 / (2 * E)) * Math.log((1 - E * s) / (1 + E * s)));
}

const QP = q(Math.PI / 2);
const RQ = A * Math.sqrt(QP / 2);
const BETA0 = Math.asin(q(LAT0) / QP);
const SIN_B0 = Math.sin(BETA0);
const COS_B0 = Math.cos(BETA0);
const D = (A * (Math.cos(LAT0) / Math.sqrt(1 - E2 * Math.sin(LAT0) ** 2))) / (RQ * COS_B0);
const E4 = E2 * E2;
const E6 = E4 * E2;
const S2 = E2 / 3 + (31 * E4) / 180 + (517 * E6) / 5040;
const S4 = (23 * E4) / 360 + (251 * E6) / 3780;
const S6 = (761 * E6) / 45360;

/**
 * EPSG:3035 easting and northing (metres) of a WGS84 position (degrees).
 *
 * @example
 * projectLaea(2.8319, 50.4323); // Lens → [3812603.85…, 3060486.95…]
 */
export function projectLaea(lon: number, lat: number): [number, number] {
  const beta = Math.asin(q((lat * Math.PI) / 180) / QP);
  const dLon = (lon * Math.PI) / 180 - LON0;
  const cosB = Math.cos(beta);
  const b = RQ * Math.sqrt(2 / (1 + SIN_B0 * Math.sin(beta) + COS_B0 * cosB * Math.cos(dLon)));
  return [
    FALSE_EASTING + b * D * cosB * Math.sin(dLon),
    FALSE_NORTHING + (b / D) * (COS_B0 * Math.sin(beta) - SIN_B0 * cosB * Math.cos(dLon)),
  ];
}

/**
 * WGS84 longitude and latitude (degrees) of an EPSG:3035 position (metres): the exact inverse of `projectLaea`
 * (round trip within 1e-9°). Used to place the centres and corners of the INSEE 200 m cells.
 *
 * @example
 * unprojectLaea(3850100, 3035700); // a cell centre near Lourches → [3.388984…, 50.242232…]
 */
export function unprojectLaea(x: number, y: number): [number, number] {
  const dx = x - FALSE_EASTING;
  const dy = y - FALSE_NORTHING;
  const rho = Math.sqrt((dx / D) ** 2 + (D * dy) ** 2);
  if (rho === 0) return [10, 52];
  const c = 2 * Math.asin(rho / (2 * RQ));
  const sinC = Math.sin(c);
  const cosC = Math.cos(c);
  const betaP = Math.asin(cosC * SIN_B0 + (D * dy * sinC * COS_B0) / rho);
  const lon = LON0 + Math.atan2(dx * sinC, D * rho * COS_B0 * cosC - D * D * dy * SIN_B0 * sinC);
  // latitude from the authalic latitude: the series of method 9820 (within 1e-8°), then one Newton step on
  // q(φ) = qP·sin β' (Snyder, Map Projections, eq. 3-16), which brings it to the last bits
  let lat = betaP + S2 * Math.sin(2 * betaP) + S4 * Math.sin(4 * betaP) + S6 * Math.sin(6 * betaP);
  const s = Math.sin(lat);
  const w = 1 - E2 * s * s;
  lat += ((w * w) / (2 * Math.cos(lat))) * ((QP * Math.sin(betaP)) / (1 - E2) - q(lat) / (1 - E2));
  return [(lon * 180) / Math.PI, (lat * 180) / Math.PI];
}

/** Same as `unprojectLaea` (EPSG:3035 metres → WGS84 degrees). */
export const laeaToLonLat = unprojectLaea;
/** Same as `projectLaea` (WGS84 degrees → EPSG:3035 metres). */
export const lonLatToLaea = projectLaea;
