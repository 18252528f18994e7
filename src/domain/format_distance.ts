import type { Lang } from '../i18n/langs.ts';

/** Shown for a distance or duration that cannot be displayed (negative, NaN, infinite). */
export const UNKNOWN_VALUE = '—';

/**
 * French digits without Intl: creating the first Intl.NumberFormat of a page loads ICU data (20 ms on a
 * desktop, several times that on a cheap phone), on the finder's critical path. Digit groups are separated by
 * a narrow no-break space (U+202F) and decimals by a comma, as Intl does for fr-FR.
 */
const NUMBER_MARKS: Readonly<Record<Lang, { group: string; decimal: string }>> = {
  fr: { group: '\u202f', decimal: ',' },
  en: { group: ',', decimal: '.' },
};
const groupDigits = (digits: string, lang: Lang): string =>
  digits.replace(/\B(?=(\d{3})+$)/g, NUMBER_MARKS[lang].group);
/** A whole number in French ("1 234") or English ("1,234"). */
export const formatWhole = (n: number, lang: Lang = 'fr'): string => groupDigits(String(Math.round(n)), lang);
/** A non-negative number with one decimal, already rounded to tenths ("1,2" / "1.2"). */
const formatTenths = (tenths: number, lang: Lang): string => {
  const [int = '0', dec = '0'] = tenths.toFixed(1).split('.');
  return `${groupDigits(int, lang)}${NUMBER_MARKS[lang].decimal}${dec}`;
};
const kmWhole = (km: number, lang: Lang): string => `${formatWhole(km, lang)} km`;

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
 * formatDistance(3.2, true, 'en'); // "about 3 km"
 */
export function formatDistance(km: number, approximate: boolean, lang: Lang = 'fr'): string {
  if (!Number.isFinite(km) || km < 0) return UNKNOWN_VALUE;
  if (approximate) {
    if (km < 1) return lang === 'en' ? 'less than 1 km' : 'moins de 1 km';
    return `${lang === 'en' ? 'about' : 'environ'} ${kmWhole(Math.round(km), lang)}`;
  }
  const metres = Math.round((km * 1000) / 10) * 10;
  if (metres < 1000) return `${metres} m`;
  const tenths = Math.round(km * 10) / 10;
  if (tenths < 10) return `${formatTenths(tenths, lang)} km`;
  return kmWhole(Math.round(km), lang);
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
