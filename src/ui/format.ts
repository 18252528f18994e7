import { formatDistance, formatWhole } from '../domain/format_distance.ts';
import { lang } from '../i18n/strings.ts';

/** Intl is created on first use only (its first use loads ICU data): shares are shown in coverage mode. */
let pctFr: Intl.NumberFormat | null = null;

export const formatPopulation = (n: number): string =>
  `${formatWhole(n, lang)} ${lang === 'en' ? 'people' : 'hab.'}`;
export const formatInt = (n: number): string => formatWhole(n, lang);
export const formatShare = (x: number): string => {
  pctFr ??= new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'fr-FR', {
    style: 'percent',
    maximumFractionDigits: 1,
  });
  return pctFr.format(x);
};
export const formatKm = (km: number, approximate: boolean): string => formatDistance(km, approximate, lang);
