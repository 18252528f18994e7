import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Cite, Commune } from '../schema.ts';
import type { CitePopulation, CommuneCellFigures } from './cell_summary_types.ts';
import { isBeyond } from './classify_distance.ts';
import { selectCites, selectCommunes } from './select_territory.ts';
import type { CiteCoverage, CommuneCoverage, CoverageResult, Territory } from './types.ts';
import { CSV_FORMATS, type CsvFormat, type CsvValue, writeCsv } from './write_csv.ts';

export { CSV_FORMATS, type CsvFormat, neutralizeFormula } from './write_csv.ts';

/** CSV columns, in order. */
export const COVERAGE_CSV_HEADER = [
  'type',
  'code_insee',
  'nom',
  'commune',
  'population',
  'epci_siren',
  'distance_km',
  'au_dela_du_seuil',
  'lieu_le_plus_proche',
  'position_approximative',
] as const;

/** One exported row; the same keys are the GeoJSON feature properties. */
export interface CoverageRow {
  type: 'commune' | 'cite';
  /** the commune's INSEE code (for a cité: its main commune's) */
  code_insee: string;
  nom: string;
  commune: string;
  /** null for cités */
  population: number | null;
  epci_siren: string | null;
  /** rounded to 0.01 km; null when no place matches */
  distance_km: number | null;
  au_dela_du_seuil: boolean;
  lieu_le_plus_proche: string | null;
  position_approximative: boolean;
}

/**
 * Columns added when the figures on the 200 m cells are exported beside the commune-point ones (the
 * "where people live" method; people are INSEE Filosofi 2021 counts), with the threshold and what the figures
 * include (the current situation, or a hypothetical scenario in words).
 */
export const COVERAGE_CSV_EXTRA_HEADER = [
  'habitants_carreaux',
  'habitants_carreaux_au_dela',
  'habitants_modestes_carreaux',
  'habitants_modestes_carreaux_au_dela',
  'carreaux_complets',
  'au_dela_du_seuil_sans_lieux_incertains',
  'habitants_carreaux_au_dela_sans_lieux_incertains',
  'seuil_km',
  'scenario',
] as const;

/** The values of the extra columns for one row. */
export interface CoverageRowExtra {
  /** people of the commune's cells (for a cité: its estimated inhabitants); null without the grid */
  habitants_carreaux: number | null;
  /** of them, those whose cell centre is beyond the threshold */
  habitants_carreaux_au_dela: number | null;
  /** people of the commune's low-income cells (null for a cité or without a low-income line) */
  habitants_modestes_carreaux: number | null;
  habitants_modestes_carreaux_au_dela: number | null;
  /** false when the grid holds only the commune's cells inside the perimeter; null for a cité */
  carreaux_complets: boolean | null;
  /** `au_dela_du_seuil` with the places of unknown status left out (null when not given) */
  au_dela_du_seuil_sans_lieux_incertains: boolean | null;
  /** `habitants_carreaux_au_dela` with the places of unknown status left out */
  habitants_carreaux_au_dela_sans_lieux_incertains: number | null;
  seuil_km: number;
  scenario: string;
}

/** What to add to an export: figures on cells (by commune INSEE code, by cité id) and the scenario in words. */
export interface CoverageExportExtras {
  communeCells: ReadonlyMap<string, CommuneCellFigures> | null;
  citeCells: ReadonlyMap<string, CitePopulation> | null;
  /** true when a low-income line was used for `communeCells` */
  lowIncome: boolean;
  /** the same figures with the places of unknown status left out (the other end of the sensitivity) */
  withoutUnknown: {
    coverage: CoverageResult;
    communeCells: ReadonlyMap<string, CommuneCellFigures> | null;
    citeCells: ReadonlyMap<string, CitePopulation> | null;
  } | null;
  /** "situation actuelle", or the hypothetical centres and closures */
  scenario: string;
}

const round2 = (km: number | null): number | null => (km === null ? null : Math.round(km * 100) / 100);
/** People are whole or half numbers; sums of cité shares are rounded to a tenth. */
const round1 = (n: number): number => Math.round(n * 10) / 10;

function communeRow(c: CommuneCoverage, thresholdKm: number): CoverageRow {
  return {
    type: 'commune',
    code_insee: c.insee,
    nom: c.nom,
    commune: c.nom,
    population: c.population,
    epci_siren: c.epci_siren,
    distance_km: round2(c.distanceKm),
    au_dela_du_seuil: isBeyond(c.distanceKm, thresholdKm),
    lieu_le_plus_proche: c.nearestNom,
    position_approximative: c.approximate,
  };
}

function citeRow(
  c: CiteCoverage,
  thresholdKm: number,
  epciOf: (insee: string) => string | null,
): CoverageRow {
  return {
    type: 'cite',
    code_insee: c.commune_insee,
    nom: c.nom,
    commune: c.commune,
    population: null,
    epci_siren: epciOf(c.commune_insee),
    distance_km: round2(c.distanceKm),
    au_dela_du_seuil: isBeyond(c.distanceKm, thresholdKm),
    lieu_le_plus_proche: c.nearestNom,
    position_approximative: c.approximate,
  };
}

/** Whether a commune or cité is beyond the threshold without the unknown-status places; null when unknown. */
function beyondWithout(
  list: readonly { distanceKm: number | null }[] | undefined,
  index: number,
  thresholdKm: number,
): boolean | null {
  const item = list?.[index];
  return item === undefined ? null : isBeyond(item.distanceKm, thresholdKm);
}

function communeExtra(
  c: CommuneCoverage,
  thresholdKm: number,
  x: CoverageExportExtras,
  withoutIndex: ReadonlyMap<string, number>,
): CoverageRowExtra {
  const f = x.communeCells?.get(c.insee);
  const fOut = x.withoutUnknown?.communeCells?.get(c.insee);
  return {
    habitants_carreaux: f ? f.population : null,
    habitants_carreaux_au_dela: f ? f.populationBeyond : null,
    habitants_modestes_carreaux: f && x.lowIncome ? f.lowIncomePopulation : null,
    habitants_modestes_carreaux_au_dela: f && x.lowIncome ? f.lowIncomeBeyond : null,
    carreaux_complets: f ? f.complete : null,
    au_dela_du_seuil_sans_lieux_incertains: beyondWithout(
      x.withoutUnknown?.coverage.communes,
      withoutIndex.get(c.insee) ?? -1,
      thresholdKm,
    ),
    habitants_carreaux_au_dela_sans_lieux_incertains: fOut ? fOut.populationBeyond : null,
    seuil_km: thresholdKm,
    scenario: x.scenario,
  };
}

function citeExtra(
  c: CiteCoverage,
  thresholdKm: number,
  x: CoverageExportExtras,
  withoutIndex: ReadonlyMap<string, number>,
): CoverageRowExtra {
  const p = x.citeCells?.get(c.id);
  const pOut = x.withoutUnknown?.citeCells?.get(c.id);
  return {
    habitants_carreaux: p ? round1(p.population) : null,
    habitants_carreaux_au_dela: p && p.populationBeyond !== null ? round1(p.populationBeyond) : null,
    habitants_modestes_carreaux: null,
    habitants_modestes_carreaux_au_dela: null,
    carreaux_complets: null,
    au_dela_du_seuil_sans_lieux_incertains: beyondWithout(
      x.withoutUnknown?.coverage.cites,
      withoutIndex.get(c.id) ?? -1,
      thresholdKm,
    ),
    habitants_carreaux_au_dela_sans_lieux_incertains:
      pOut && pOut.populationBeyond !== null ? round1(pOut.populationBeyond) : null,
    seuil_km: thresholdKm,
    scenario: x.scenario,
  };
}

/** Rows of a territory: its communes, then its cités, in coverage order (with the extra columns when given). */
function rowsOf(
  coverage: CoverageResult,
  territory: Territory,
  thresholdKm: number,
  communesIndex?: ReadonlyMap<string, Commune> | readonly Commune[],
  extras?: CoverageExportExtras,
): (CoverageRow & Partial<CoverageRowExtra>)[] {
  const epci = new Map<string, string>();
  if (communesIndex !== undefined) {
    for (const c of communesIndex.values()) epci.set(c.insee, c.epci_siren);
  }
  for (const c of coverage.communes) epci.set(c.insee, c.epci_siren);
  const epciOf = (insee: string) => epci.get(insee) ?? null;
  const without = extras?.withoutUnknown?.coverage;
  const communeAt = new Map((without?.communes ?? []).map((c, i) => [c.insee, i]));
  const citeAt = new Map((without?.cites ?? []).map((c, i) => [c.id, i]));
  return [
    ...selectCommunes(coverage.communes, territory).map((c) => ({
      ...communeRow(c, thresholdKm),
      ...(extras ? communeExtra(c, thresholdKm, extras, communeAt) : {}),
    })),
    ...selectCites(coverage, territory).map((c) => ({
      ...citeRow(c, thresholdKm, epciOf),
      ...(extras ? citeExtra(c, thresholdKm, extras, citeAt) : {}),
    })),
  ];
}

/**
 * Coverage of a territory as CSV for spreadsheets (`writeCsv`): UTF-8 with a BOM, in the `format` asked for —
 * `CSV_FORMATS.intl` by default (comma-separated, decimal point; the form of the first exports) or
 * `CSV_FORMATS.fr` (`;` and decimal comma, which a French spreadsheet opens in columns); text fields quoted,
 * CRLF line ends, booleans "oui"/"non", empty cells for missing values; text cells that start like a formula
 * (`=`, `+`, `-`, `@`, tab, carriage return) get a leading apostrophe (see neutralizeFormula). One row per commune
 * of the territory, then one per cité (code_insee = its main commune; epci_siren from the coverage, or from
 * `communesIndex` when the cité's commune is not in the coverage). With `extras`, the columns of
 * COVERAGE_CSV_EXTRA_HEADER follow: the figures on the 200 m cells, the threshold and the scenario in words.
 *
 * @example
 * const csv = coverageToCsv(coverage, { type: 'perimetre' }, 5);
 * // "\uFEFFtype,code_insee,nom,…\r\ncommune,\"62498\",\"Lens\",\"Lens\",32000,\"200033579\",1.2,non,\"…\",non\r\n…"
 * coverageToCsv(coverage, territory, 5, communes, { format: CSV_FORMATS.fr, extras });
 * // "\uFEFFtype;code_insee;…;scenario\r\ncommune;\"62498\";…;1,2;…;\"situation actuelle\"\r\n…"
 */
export function coverageToCsv(
  coverage: CoverageResult,
  territory: Territory,
  thresholdKm: number,
  communesIndex?: ReadonlyMap<string, Commune> | readonly Commune[],
  options: { format?: CsvFormat; extras?: CoverageExportExtras } = {},
): string {
  const rows = rowsOf(coverage, territory, thresholdKm, communesIndex, options.extras);
  const header = options.extras
    ? [...COVERAGE_CSV_HEADER, ...COVERAGE_CSV_EXTRA_HEADER]
    : [...COVERAGE_CSV_HEADER];
  return writeCsv<(typeof header)[number]>(
    header,
    rows as Record<(typeof header)[number], CsvValue>[],
    options.format ?? CSV_FORMATS.intl,
    ['type'],
  );
}

/** Positions of the exported items: commune label points and cité representative points. */
export interface CoveragePositions {
  communes: readonly Commune[];
  cites: readonly Cite[];
}

/**
 * Coverage of a territory as a GeoJSON FeatureCollection of points (commune label points,
 * then cité points), with the CSV columns as properties (typed: numbers, booleans, nulls).
 * Items whose position is not found in `positions` are left out. With `extras`, the properties of
 * COVERAGE_CSV_EXTRA_HEADER too.
 *
 * @example
 * const fc = coverageToGeoJson(coverage, { type: 'epci', siren }, 5, { communes, cites });
 * fc.features[0]?.properties.distance_km;
 */
export function coverageToGeoJson(
  coverage: CoverageResult,
  territory: Territory,
  thresholdKm: number,
  positions: CoveragePositions,
  extras?: CoverageExportExtras,
): FeatureCollection<Point, CoverageRow & Partial<CoverageRowExtra>> {
  const communePos = new Map(positions.communes.map((c) => [c.insee, [c.lon, c.lat]] as const));
  const citePos = new Map(positions.cites.map((c) => [c.id, [c.lon, c.lat]] as const));
  const communes = selectCommunes(coverage.communes, territory);
  const cites = selectCites(coverage, territory);
  const rows = rowsOf(coverage, territory, thresholdKm, positions.communes, extras);
  const features: Feature<Point, CoverageRow & Partial<CoverageRowExtra>>[] = [];
  rows.forEach((row, i) => {
    const pos =
      i < communes.length ? communePos.get(communes[i]!.insee) : citePos.get(cites[i - communes.length]!.id);
    if (pos === undefined) return;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [pos[0], pos[1]] },
      properties: row,
    });
  });
  return { type: 'FeatureCollection', features };
}
