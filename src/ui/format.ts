import { hospitalTypeOf } from '../domain/classify_hospital.ts';
import { formatIsoDate } from '../domain/format_date.ts';
import { formatDistance, formatWhole } from '../domain/format_distance.ts';
import { lang, txt } from '../i18n/strings.ts';
import type { Lieu } from '../schema.ts';

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
export const formatDate = (iso: string): string => formatIsoDate(iso, lang);
/** The text with its first letter in upper case (types are written in lower case to be used inside sentences). */
export const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** "registre au 6 mars 2020" for a place taken from a register extract (it has a dataset name and date), else null. */
export const vintageOf = (lieu: Pick<Lieu, 'source_name' | 'source_date'>): string | null =>
  lieu.source_name && lieu.source_date ? txt.nearest.vintage(formatDate(lieu.source_date)) : null;
/** The readable type of a hospital ("clinique", "psychiatrie"…), or null for other places. */
export const hospitalTypeLabel = (lieu: Pick<Lieu, 'kind' | 'category' | 'nom'>): string | null => {
  const type = hospitalTypeOf(lieu);
  return type ? txt.hospitalTypes[type] : null;
};
