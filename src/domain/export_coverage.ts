import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Cite, Commune } from '../schema.ts';
import { isBeyond } from './classify_distance.ts';
import { selectCites, selectCommunes } from './select_territory.ts';
import type { CiteCoverage, CommuneCoverage, CoverageResult, Territory } from './types.ts';

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

const UTF8_BOM = '\uFEFF';
const round2 = (km: number | null): number | null => (km === null ? null : Math.round(km * 100) / 100);

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

/** Rows of a territory: its communes, then its cités, in coverage order. */
function rowsOf(
  coverage: CoverageResult,
  territory: Territory,
  thresholdKm: number,
  communesIndex?: ReadonlyMap<string, Commune> | readonly Commune[],
): CoverageRow[] {
  const epci = new Map<string, string>();
  if (communesIndex !== undefined) {
    for (const c of communesIndex.values()) epci.set(c.insee, c.epci_siren);
  }
  for (const c of coverage.communes) epci.set(c.insee, c.epci_siren);
  const epciOf = (insee: string) => epci.get(insee) ?? null;
  return [
    ...selectCommunes(coverage.communes, territory).map((c) => communeRow(c, thresholdKm)),
    ...selectCites(coverage, territory).map((c) => citeRow(c, thresholdKm, epciOf)),
  ];
}

/** RFC 4180 field: always quoted, inner quotes doubled. */
const quote = (value: string): string => `"${value.replace(/"/g, '""')}"`;

/** What a spreadsheet reads as the start of a formula (or uses to hide one): = + - @ tab, carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell from data, made inert for spreadsheets (CSV formula injection): a leading apostrophe when it
 * starts like a formula, so `=HYPERLINK(…)` in a place's name is shown as text, never evaluated.
 * Numbers written by us (distances, populations) are not text and never go through this.
 */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (typeof value === 'number') return String(value);
  return quote(neutralizeFormula(value));
}

/**
 * Coverage of a territory as CSV for spreadsheets: UTF-8 with a BOM (so Excel reads the
 * accents), comma-separated, text fields quoted (RFC 4180), CRLF line ends, decimal point,
 * booleans as "oui"/"non", empty cells for missing values; text cells that start like a formula
 * (`=`, `+`, `-`, `@`, tab, carriage return) get a leading apostrophe (see neutralizeFormula). One row per commune of the territory,
 * then one per cité (code_insee = its main commune; epci_siren from the coverage, or from
 * `communesIndex` when the cité's commune is not in the coverage).
 *
 * @example
 * const csv = coverageToCsv(coverage, { type: 'bassin' }, 5);
 * // "\uFEFFtype,code_insee,nom,…\r\ncommune,\"62498\",\"Lens\",\"Lens\",32000,\"200033579\",1.2,non,\"…\",non\r\n…"
 */
export function coverageToCsv(
  coverage: CoverageResult,
  territory: Territory,
  thresholdKm: number,
  communesIndex?: ReadonlyMap<string, Commune> | readonly Commune[],
): string {
  const lines = [COVERAGE_CSV_HEADER.join(',')];
  for (const row of rowsOf(coverage, territory, thresholdKm, communesIndex)) {
    lines.push(COVERAGE_CSV_HEADER.map((k) => (k === 'type' ? row.type : csvField(row[k]))).join(','));
  }
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}

/** Positions of the exported items: commune label points and cité representative points. */
export interface CoveragePositions {
  communes: readonly Commune[];
  cites: readonly Cite[];
}

/**
 * Coverage of a territory as a GeoJSON FeatureCollection of points (commune label points,
 * then cité points), with the CSV columns as properties (typed: numbers, booleans, nulls).
 * Items whose position is not found in `positions` are left out.
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
): FeatureCollection<Point, CoverageRow> {
  const communePos = new Map(positions.communes.map((c) => [c.insee, [c.lon, c.lat]] as const));
  const citePos = new Map(positions.cites.map((c) => [c.id, [c.lon, c.lat]] as const));
  const communes = selectCommunes(coverage.communes, territory);
  const cites = selectCites(coverage, territory);
  const rows = rowsOf(coverage, territory, thresholdKm, positions.communes);
  const features: Feature<Point, CoverageRow>[] = [];
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
