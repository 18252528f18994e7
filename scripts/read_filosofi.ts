/**
 * Step 8a — reads the vendored INSEE Filosofi 2021 200 m grid (`data/filosofi-grid/…-bassin-minier.csv`, see its
 * SOURCES.md) and checks every row on its own: the cell id against its EPSG:3035 centre, the WGS84 centre
 * against the inverse projection of that centre, the population and the sum of standards of living, the
 * 0/1 flags, the commune code, duplicate ids. A row that fails is rejected with its line and reason; the others
 * are returned. The commune of each cell (and "outside Nord/Pas-de-Calais") is decided in `build_cells.ts`.
 * Pure: text in, rows and report entries out.
 */

import { CELL_SIZE_M } from '../src/data/cells_columns.ts';
import { unprojectLaea } from '../src/domain/project_laea.ts';
import { parseCsv } from './lib/text.ts';
import type { Report } from './report.ts';

/** Columns of the vendored CSV, in order. */
export const FILOSOFI_COLUMNS = [
  'idcar_200m',
  'x_3035',
  'y_3035',
  'lon',
  'lat',
  'ind',
  'ind_snv',
  'imputed',
  'insee_mbm',
  'in_perimeter',
] as const;

/**
 * Plausible range of a cell's mean standard of living (`ind_snv / ind`, € per person and year). Not a statistical
 * filter: a value outside means the two columns do not go together (swapped, truncated, a count instead of a sum).
 * The 23,471 cells of 2021 lie between 10,193 € and 46,042 €.
 */
export const MEAN_LIVING_STANDARD_RANGE: readonly [number, number] = [1_000, 1_000_000];

/** Largest accepted gap between the CSV's lon/lat and the inverse projection of its x/y (6-decimal rounding). */
export const LONLAT_TOLERANCE_DEG = 1e-6;

/** One valid row of the CSV. */
export interface FilosofiRow {
  /** 1-based line in the CSV (header = 1) */
  line: number;
  id: string;
  /** EPSG:3035 grid indices of the south-west corner: X = 200·col, Y = 200·row */
  col: number;
  row: number;
  /** centre, WGS84, from the inverse projection of x_3035/y_3035 */
  lon: number;
  lat: number;
  /** INSEE `ind` (people; halves are published) */
  population: number;
  /** INSEE `ind_snv`, € of 2021 */
  livingStandardSum: number;
  imputed: boolean;
  /** commune of `communes-mbm.geojson` containing the centre, or null (cells of the perimeter outside the 330) */
  inseeMbm: string | null;
  inPerimeter: boolean;
}

const ID = /^CRS3035RES200mN(\d+)E(\d+)$/;
const INT = /^-?\d+$/;
const NUM = /^-?\d+(\.\d+)?$/;
const INSEE_59_62 = /^(59|62)\d{3}$/;

/** Why a row is unusable, or null; `row` gets its parsed fields when valid. */
function rowProblem(v: Record<string, string>): string | Omit<FilosofiRow, 'line'> {
  const id = v.idcar_200m ?? '';
  const m = ID.exec(id);
  if (!m) return `idcar_200m "${id}" is not CRS3035RES200mN{Y}E{X}`;
  const ySw = Number(m[1]);
  const xSw = Number(m[2]);
  if (xSw % CELL_SIZE_M !== 0 || ySw % CELL_SIZE_M !== 0)
    return `idcar_200m "${id}": corner not on the 200 m grid`;
  const x = v.x_3035 ?? '';
  const y = v.y_3035 ?? '';
  if (!INT.test(x) || !INT.test(y)) return `x_3035/y_3035 "${x}", "${y}" are not whole metres`;
  if (Number(x) !== xSw + CELL_SIZE_M / 2 || Number(y) !== ySw + CELL_SIZE_M / 2)
    return `x_3035/y_3035 ${x}, ${y} is not the centre of cell ${id}`;
  const lonS = v.lon ?? '';
  const latS = v.lat ?? '';
  if (!NUM.test(lonS) || !NUM.test(latS)) return `lon/lat "${lonS}", "${latS}" are not numbers`;
  const [lon, lat] = unprojectLaea(Number(x), Number(y));
  const gap = Math.max(Math.abs(lon - Number(lonS)), Math.abs(lat - Number(latS)));
  if (gap > LONLAT_TOLERANCE_DEG)
    return `lon/lat ${lonS}, ${latS} is ${gap.toExponential(1)}° away from the centre of ${id} (EPSG:3035 → WGS84)`;
  const indS = v.ind ?? '';
  if (!NUM.test(indS)) return `ind "${indS}" is not a number`;
  const ind = Number(indS);
  if (ind <= 0) return `ind ${indS} is not positive (Filosofi lists inhabited cells only)`;
  if (!Number.isInteger(ind * 2)) return `ind ${indS} is not a whole or half number of people`;
  const snvS = v.ind_snv ?? '';
  if (!NUM.test(snvS)) return `ind_snv "${snvS}" is not a number`;
  const snv = Number(snvS);
  const mean = snv / ind;
  const [lo, hi] = MEAN_LIVING_STANDARD_RANGE;
  if (!(mean >= lo && mean <= hi))
    return `ind_snv ${snvS} for ${indS} people: mean standard of living ${Math.round(mean)} € outside ${lo}–${hi} €`;
  const imputed = v.imputed ?? '';
  if (imputed !== '0' && imputed !== '1') return `imputed "${imputed}" is not 0 or 1`;
  const perim = v.in_perimeter ?? '';
  if (perim !== '0' && perim !== '1') return `in_perimeter "${perim}" is not 0 or 1`;
  const insee = v.insee_mbm ?? '';
  if (insee !== '' && !INSEE_59_62.test(insee)) return `insee_mbm "${insee}" is not an INSEE code of 59/62`;
  return {
    id,
    col: xSw / CELL_SIZE_M,
    row: ySw / CELL_SIZE_M,
    lon,
    lat,
    population: ind,
    livingStandardSum: snv,
    imputed: imputed === '1',
    inseeMbm: insee === '' ? null : insee,
    inPerimeter: perim === '1',
  };
}

/**
 * Valid rows of the Filosofi CSV. Every data row is counted as read under `source`; invalid rows (and a second
 * row with an id already seen) are rejected with their line and reason. Valid rows are NOT yet counted as kept:
 * `buildCells` keeps them or rejects those outside Nord/Pas-de-Calais, so that read = kept + rejected.
 * Throws if the header is not the expected one (the file is then not the vendored grid).
 *
 * @example
 * const rows = readFilosofi(fs.readFileSync(csv, 'utf8'), 'filosofi-grid/…csv', report);
 */
export function readFilosofi(text: string, source: string, report: Report): FilosofiRow[] {
  const csv = parseCsv(text);
  if (csv.header.join(',') !== FILOSOFI_COLUMNS.join(','))
    throw new Error(`${source}: header "${csv.header.join(',')}" ≠ "${FILOSOFI_COLUMNS.join(',')}"`);
  for (const e of csv.errors) {
    report.read(source);
    report.reject(source, e.line, null, e.reason);
  }
  const seen = new Map<string, number>();
  const out: FilosofiRow[] = [];
  for (const r of csv.rows) {
    report.read(source);
    const parsed = rowProblem(r.values);
    const key = r.values.idcar_200m || null;
    if (typeof parsed === 'string') {
      report.reject(source, r.line, key, parsed);
      continue;
    }
    const first = seen.get(parsed.id);
    if (first !== undefined) {
      report.reject(source, r.line, key, `duplicate idcar_200m (first on line ${first})`);
      continue;
    }
    seen.set(parsed.id, r.line);
    out.push({ line: r.line, ...parsed });
  }
  return out;
}
