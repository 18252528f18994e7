import { formatDistance } from '../domain/format_distance.ts';

const intFr = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const pctFr = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });

export const formatPopulation = (n: number): string => `${intFr.format(n)} hab.`;
export const formatInt = (n: number): string => intFr.format(n);
export const formatShare = (x: number): string => pctFr.format(x);
export const formatKm = (km: number, approximate: boolean): string => formatDistance(km, approximate);
