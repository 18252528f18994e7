/**
 * Pure formatting helpers of the coverage panel (French figures, signed deltas, file names).
 * No DOM, no store: unit-tested in test/unit/ui/coverage_format.test.ts.
 */
import type { AppData } from '../../data/load_data.ts';
import type { Territory } from '../../domain/types.ts';
import { lang, txt } from '../../i18n/strings.ts';
import type { ScenarioWords } from '../../state/derived_coverage.ts';

/** The interface's number locale (this chunk loads after the language is chosen, and it never changes). */
export const numberLocale = (): string => (lang === 'en' ? 'en-GB' : 'fr-FR');
const intFr = new Intl.NumberFormat(numberLocale(), { maximumFractionDigits: 0 });
const kmFr = new Intl.NumberFormat(numberLocale(), { maximumFractionDigits: 2 });
const oneFr = new Intl.NumberFormat(numberLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const MINUS = '\u2212';

/** "5 km", "2,5 km" (a threshold). */
export const formatThreshold = (km: number): string => `${kmFr.format(km)} km`;

/** "3,2 km" (one decimal), or the text for "no place". */
export const formatKm1 = (km: number | null): string =>
  km === null ? txt.coverage.noMean : `${oneFr.format(km)} km`;

/** Signed integer with a true minus sign: "−4 200", "+310", "0". */
export function formatSignedInt(n: number): string {
  const r = Math.round(n);
  if (r === 0) return '0';
  return `${r < 0 ? MINUS : '+'}${intFr.format(Math.abs(r))}`;
}

/** Signed number with one decimal: "−1,2", "+0,4", "0". Values that round to 0 give "0". */
export function formatSigned1(x: number): string {
  const r = Math.round(x * 10) / 10;
  if (r === 0) return '0';
  return `${r < 0 ? MINUS : '+'}${oneFr.format(Math.abs(r))}`;
}

/** A change of share (0..1) in percentage points: "−1,7 point". */
export const formatShareDelta = (delta: number): string =>
  txt.coverage.deltaShare(formatSigned1(delta * 100));

/** A change of population beyond the threshold: "−4 200 habitants au-delà de 5 km". */
export const formatBeyondDelta = (delta: number, thresholdKm: number): string =>
  txt.coverage.deltaBeyond(formatSignedInt(delta), formatThreshold(thresholdKm));

/** The name a person reads for a territory. */
export function territoryLabel(t: Territory, data: Pick<AppData, 'epci' | 'communes'> | null): string {
  switch (t.type) {
    case 'perimetre':
      return txt.coverage.territoryPerimetre;
    case 'bassin':
      return txt.coverage.territoryIntercommunalites;
    case 'all':
      return txt.coverage.territoryAll;
    case 'epci':
      return data?.epci.find((e) => e.siren === t.siren)?.nom ?? `EPCI ${t.siren}`;
    case 'commune':
      return data?.communes.find((c) => c.insee === t.insee)?.nom ?? `Commune ${t.insee}`;
  }
}

/**
 * Short ASCII slug of a territory for file names: bassin-minier (the drawn perimeter), intercommunalites-du-bassin,
 * nord-pas-de-calais, epci-<siren>, commune-<insee>.
 */
export function territorySlug(t: Territory): string {
  switch (t.type) {
    case 'perimetre':
      return 'bassin-minier';
    case 'bassin':
      return 'intercommunalites-du-bassin';
    case 'all':
      return 'nord-pas-de-calais';
    case 'epci':
      return `epci-${t.siren}`;
    case 'commune':
      return `commune-${t.insee}`;
  }
}

/**
 * `<what>-<territoire>-<seuil>km[-scenario].<ext>`, e.g. couverture-epci-246200364-5km.csv (2.5 km → 2-5km),
 * carreaux-bassin-minier-5km-scenario.csv: `-scenario` when the figures include a hypothetical scenario.
 */
export const exportFileName = (
  t: Territory,
  thresholdKm: number,
  ext: string,
  options: { what?: 'couverture' | 'carreaux'; scenario?: boolean } = {},
): string =>
  `${options.what ?? 'couverture'}-${territorySlug(t)}-${String(thresholdKm).replace('.', '-')}km${
    options.scenario ? '-scenario' : ''
  }.${ext}`;

const coordinate = new Intl.NumberFormat(numberLocale(), {
  minimumFractionDigits: 5,
  maximumFractionDigits: 5,
});

/**
 * The scenario in words, for the exports' `scenario` column and the printed profile: "situation actuelle
 * (aucun scénario)", or "scénario hypothétique — centres ajoutés : Centre hypothétique n° 1 (Maisons et pôles
 * de santé) près de Wallers (50,38077 N, 3,42949 E) — fermetures simulées : MSP de …".
 */
export function scenarioText(words: ScenarioWords | null): string {
  if (!words) return txt.coverage.scenarioNone;
  const parts: string[] = [];
  if (words.added.length > 0) {
    const items = words.added.map((a) =>
      txt.coverage.scenarioAdded(
        a.nom,
        txt.groups[a.group],
        a.near ?? '?',
        `${coordinate.format(a.lat)} N, ${coordinate.format(a.lon)} E`,
      ),
    );
    parts.push(txt.coverage.scenarioAddedList(items.join(' ; ')));
  }
  if (words.closed.length > 0) parts.push(txt.coverage.scenarioClosedList(words.closed.join(' ; ')));
  return txt.coverage.scenarioIncluded(parts.join(' — '));
}

/** Parses a threshold typed by a person ("2,5", "10"); null unless 0 ≤ km ≤ 100. */
export function parseThreshold(raw: string): number | null {
  const text = raw.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  const km = Number(text);
  return Number.isFinite(km) && km >= 0 && km <= 100 ? km : null;
}
