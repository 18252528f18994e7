/** Shown for a distance or duration that cannot be displayed (negative, NaN, infinite). */
export const UNKNOWN_VALUE = '—';

/**
 * French digits without Intl: creating the first Intl.NumberFormat of a page loads ICU data (20 ms on a
 * desktop, several times that on a cheap phone), on the finder's critical path. Digit groups are separated by
 * a narrow no-break space (U+202F) and decimals by a comma, as Intl does for fr-FR.
 */
const groupDigits = (digits: string): string => digits.replace(/\B(?=(\d{3})+$)/g, '\u202f');
/** A non-negative whole number in French ("1 234"). */
export const formatWholeFr = (n: number): string => groupDigits(String(Math.round(n)));
/** A non-negative number with one decimal, already rounded to tenths ("1,2"). */
const formatTenthsFr = (tenths: number): string => {
  const [int = '0', dec = '0'] = tenths.toFixed(1).split('.');
  return `${groupDigits(int)},${dec}`;
};
const kmWhole = (km: number): string => `${formatWholeFr(km)} km`;

/**
 * A distance in French, with a plain space before the unit:
 * under 1 km in metres rounded to 10 m ("350 m"), under 10 km with one decimal ("1,2 km"),
 * otherwise whole kilometres ("12 km"). When `approximate` (place located only to its
 * commune or quartier), whole kilometres prefixed "environ", or "moins de 1 km".
 *
 * @example
 * formatDistance(0.347, false); // "350 m"
 * formatDistance(1.24, false);  // "1,2 km"
 * formatDistance(12.4, false);  // "12 km"
 * formatDistance(3.2, true);    // "environ 3 km"
 * formatDistance(0.4, true);    // "moins de 1 km"
 */
export function formatDistance(km: number, approximate: boolean): string {
  if (!Number.isFinite(km) || km < 0) return UNKNOWN_VALUE;
  if (approximate) {
    return km < 1 ? 'moins de 1 km' : `environ ${kmWhole(Math.round(km))}`;
  }
  const metres = Math.round((km * 1000) / 10) * 10;
  if (metres < 1000) return `${metres} m`;
  const tenths = Math.round(km * 10) / 10;
  if (tenths < 10) return `${formatTenthsFr(tenths)} km`;
  return kmWhole(Math.round(km));
}

/**
 * A duration in French: "5 min" under an hour, "1 h 05" / "2 h" above. Rounded to whole minutes.
 *
 * @example
 * formatDuration(5);   // "5 min"
 * formatDuration(65);  // "1 h 05"
 * formatDuration(120); // "2 h"
 */
export function formatDuration(minutes: number): string {
  if (!Number.isFinite(minutes) || minutes < 0) return UNKNOWN_VALUE;
  const total = Math.round(minutes);
  if (total < 60) return `${total} min`;
  const h = Math.floor(total / 60);
  const m = total % 60;
  return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')}`;
}
