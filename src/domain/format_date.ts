import type { Lang } from '../i18n/langs.ts';

/** Month names, without Intl (its first use loads ICU data on the finder's path; see format_distance.ts). */
const MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/**
 * An ISO date (YYYY-MM-DD, YYYY-MM or YYYY) written for people: "6 mars 2020" / "6 March 2020", "mars 2020",
 * "2020" ("1er" for the first day in French). Anything else is returned as it is.
 *
 * @example
 * formatIsoDate('2020-03-06', 'fr'); // '6 mars 2020'
 * formatIsoDate('2026-01-01', 'fr'); // '1er janvier 2026'
 */
export function formatIsoDate(iso: string, lang: Lang = 'fr'): string {
  const m = iso.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/);
  if (!m) return iso;
  const [, year, month, day] = m;
  const name = month ? MONTHS[lang][Number(month) - 1] : undefined;
  if (month && !name) return iso;
  if (!name) return year as string;
  if (!day) return `${name} ${year}`;
  const d = Number(day);
  if (d < 1 || d > 31) return iso;
  return `${lang === 'fr' && d === 1 ? '1er' : d} ${name} ${year}`;
}
