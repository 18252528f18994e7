import { formatDistance, formatWholeFr } from '../domain/format_distance.ts';

/** Intl is created on first use only (its first use loads ICU data): shares are shown in coverage mode. */
let pctFr: Intl.NumberFormat | null = null;

export const formatPopulation = (n: number): string => `${formatWholeFr(n)} hab.`;
export const formatInt = (n: number): string => formatWholeFr(n);
export const formatShare = (x: number): string => {
  pctFr ??= new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });
  return pctFr.format(x);
};
export const formatKm = (km: number, approximate: boolean): string => formatDistance(km, approximate);
