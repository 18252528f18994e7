/**
 * The shape of public/data/cells.json — INSEE Filosofi 2021 200 m cells and the cités' links to them — shared by
 * the pipeline (which writes it) and the app (which reads it, only when the coverage mode opens). Columns of small
 * integers, so that gzip shrinks the ~23,000 cells to a few tens of KiB:
 *
 *   { schema, source, grid: { crs: 'EPSG:3035', size_m: 200, col0, row0, width, height },
 *     living_standard_step, communes: [insee…], communes_complete: [1/0…],
 *     columns: { position, population2, living_standard, imputed, perimetre, commune },
 *     cites: { id: [...], count: [...], cell: [...], weight: [...] } }
 *
 * - `position`: cells are sorted south to north, then west to east; cell *i* sits at grid offset
 *   `k = (row − row0)·width + (col − col0)`, written as `k` for the first cell and `k − previous k` (> 0) after.
 *   `col`/`row` are EPSG:3035 grid indices of the south-west corner (easting = 200·col, northing = 200·row);
 *   the WGS84 centre is the inverse projection of (200·col + 100, 200·row + 100) — exact, no rounding stored.
 * - `population2`: INSEE `ind` × 2 (INSEE publishes half people), a positive integer.
 * - `living_standard`: mean standard of living per person (`ind_snv / ind`, € per year) divided by
 *   `living_standard_step` (10 €) and rounded: at most 5 € off.
 * - `imputed`, `perimetre`: 1/0 (INSEE estimated values; centre inside the drawn bassin-minier perimeter).
 * - `commune`: index into `communes` (INSEE codes): the commune of Nord/Pas-de-Calais containing the centre;
 *   `communes_complete[j]` is 1 when every inhabited cell of commune `j` is in the file, 0 when only those whose
 *   centre is inside the perimeter are (communes outside the 330 that straddle the line).
 * - `cites`: for cité `k`, `count[k]` links; the links of all cités follow each other in `cell` (cell index) and
 *   `weight` (thousandths of the cell's population counted in the cité, 1–1000).
 *
 * Pure functions, no I/O.
 */
import type { CellGrid, CiteCellLinks } from '../domain/cell_types.ts';
import { unprojectLaea } from '../domain/project_laea.ts';

/** Side of a cell, metres (INSPIRE grid of INSEE, EPSG:3035). */
export const CELL_SIZE_M = 200;
/** Step of the stored mean standard of living, € per person and year. */
export const LIVING_STANDARD_STEP_EUR = 10;
/** Weights of cité links are stored in thousandths. */
export const WEIGHT_SCALE = 1000;
/** Credit line of the data (Licence Ouverte). */
export const CELLS_SOURCE = 'Source : Insee, Filosofi 2021, données carroyées à 200 m';

/**
 * Stable integer id of a cell from its grid indices (the `carreau` property of the `carreaux` tile layer, usable
 * with MapLibre's `promoteId`): `row · 100000 + col`, i.e. INSEE's `CRS3035RES200mN{200·row}E{200·col}`.
 *
 * @example
 * cellId(19250, 15178); // 1517819250 ↔ CRS3035RES200mN3035600E3850000
 */
export const cellId = (col: number, row: number): number => row * 100_000 + col;

/** One cell as the pipeline knows it. */
export interface CellRecord {
  col: number;
  row: number;
  /** people (whole or half) */
  population: number;
  /** mean standard of living per person, € per year */
  livingStandard: number;
  imputed: boolean;
  inPerimeter: boolean;
  /** INSEE code of the commune containing the centre */
  insee: string;
}

/** A commune of the file's table: `complete` when all its inhabited cells are in the file. */
export interface CommuneCompleteness {
  insee: string;
  complete: boolean;
}

/** A cité and the cells it covers (`cell` = index in the sorted cell list, `weight` in 0..1). */
export interface CiteLinksRecord {
  id: string;
  links: { cell: number; weight: number }[];
}

export interface CellsGridHeader {
  crs: 'EPSG:3035';
  size_m: number;
  col0: number;
  row0: number;
  width: number;
  height: number;
}

export interface CellsColumns {
  position: number[];
  population2: number[];
  living_standard: number[];
  imputed: number[];
  perimetre: number[];
  commune: number[];
}

export interface CellsTable {
  source: string;
  grid: CellsGridHeader;
  living_standard_step: number;
  communes: string[];
  /** aligned with `communes`: 1 = all the commune's inhabited cells are in the file, 0 = only those in the perimeter */
  communes_complete: number[];
  columns: CellsColumns;
  cites: { id: string[]; count: number[]; cell: number[]; weight: number[] };
}

const COLUMNS: readonly (keyof CellsColumns)[] = [
  'position',
  'population2',
  'living_standard',
  'imputed',
  'perimetre',
  'commune',
];

/**
 * The columns of a list of cells sorted south to north then west to east, and of the cités' links. Throws when
 * the cells cannot be written without loss (not sorted, two cells at one place, a population that is not a whole
 * or half number, a link to a cell that does not exist or a weight outside 0..1, a cell whose commune is not in
 * `communeTable`). `communeTable` lists the communes the file speaks for (every commune of a cell, and any commune
 * whose cells are all in the file even without an inhabited cell), each saying whether all its cells are there.
 *
 * @example
 * encodeCells([{ col: 19250, row: 15178, population: 5, livingStandard: 29152.4, imputed: true,
 *   inPerimeter: false, insee: '59038' }], [], [{ insee: '59038', complete: true }]).columns.population2; // [10]
 */
export function encodeCells(
  cells: readonly CellRecord[],
  cites: readonly CiteLinksRecord[],
  communeTable: readonly CommuneCompleteness[],
): CellsTable {
  let col0 = Number.POSITIVE_INFINITY;
  let col1 = Number.NEGATIVE_INFINITY;
  let row0 = Number.POSITIVE_INFINITY;
  let row1 = Number.NEGATIVE_INFINITY;
  for (const c of cells) {
    if (!Number.isInteger(c.col) || !Number.isInteger(c.row))
      throw new Error(`cell ${c.col},${c.row}: grid indices`);
    col0 = Math.min(col0, c.col);
    col1 = Math.max(col1, c.col);
    row0 = Math.min(row0, c.row);
    row1 = Math.max(row1, c.row);
  }
  if (cells.length === 0) col0 = col1 = row0 = row1 = 0;
  const width = col1 - col0 + 1;
  const table = [...communeTable].sort((a, b) => (a.insee < b.insee ? -1 : a.insee > b.insee ? 1 : 0));
  const communes = table.map((c) => c.insee);
  const communeIndex = new Map(communes.map((insee, i) => [insee, i]));
  if (communeIndex.size !== communes.length) throw new Error('communeTable: a commune listed twice');
  const columns: CellsColumns = {
    position: [],
    population2: [],
    living_standard: [],
    imputed: [],
    perimetre: [],
    commune: [],
  };
  let previous = -1;
  for (const c of cells) {
    const k = (c.row - row0) * width + (c.col - col0);
    if (k <= previous)
      throw new Error(`cell ${cellId(c.col, c.row)}: cells not sorted (south→north, west→east) or twice`);
    columns.position.push(previous < 0 ? k : k - previous);
    previous = k;
    const p2 = c.population * 2;
    if (!Number.isInteger(p2) || p2 <= 0)
      throw new Error(`cell ${cellId(c.col, c.row)}: population ${c.population}`);
    columns.population2.push(p2);
    const ls = Math.round(c.livingStandard / LIVING_STANDARD_STEP_EUR);
    if (!(ls > 0)) throw new Error(`cell ${cellId(c.col, c.row)}: standard of living ${c.livingStandard}`);
    columns.living_standard.push(ls);
    columns.imputed.push(c.imputed ? 1 : 0);
    columns.perimetre.push(c.inPerimeter ? 1 : 0);
    const j = communeIndex.get(c.insee);
    if (j === undefined)
      throw new Error(`cell ${cellId(c.col, c.row)}: commune ${c.insee} not in communeTable`);
    columns.commune.push(j);
  }
  const links: CellsTable['cites'] = { id: [], count: [], cell: [], weight: [] };
  for (const cite of cites) {
    links.id.push(cite.id);
    links.count.push(cite.links.length);
    for (const l of cite.links) {
      if (!Number.isInteger(l.cell) || l.cell < 0 || l.cell >= cells.length)
        throw new Error(`cité ${cite.id}: link to cell ${l.cell} of ${cells.length}`);
      const w = Math.round(l.weight * WEIGHT_SCALE);
      if (!(l.weight > 0 && l.weight <= 1) || w < 1) throw new Error(`cité ${cite.id}: weight ${l.weight}`);
      links.cell.push(l.cell);
      links.weight.push(w);
    }
  }
  return {
    source: CELLS_SOURCE,
    grid: { crs: 'EPSG:3035', size_m: CELL_SIZE_M, col0, row0, width, height: row1 - row0 + 1 },
    living_standard_step: LIVING_STANDARD_STEP_EUR,
    communes,
    communes_complete: table.map((c) => (c.complete ? 1 : 0)),
    columns,
    cites: links,
  };
}

export interface DecodedCells {
  grid: CellGrid;
  /** rows that could not be read, with their position (0-based), the cell id and the reason, in row order */
  rejected: { row: number; cell: number; reason: string }[];
  /** cité links left out (to a rejected or unknown cell, invalid weight), with the cité id and the reason */
  rejectedLinks: { cite: string; reason: string }[];
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x);
const INSEE = /^\d[\dAB]\d{3}$/;

function header(table: Record<string, unknown>): CellsGridHeader & { step: number } {
  const g = table.grid;
  if (!isRecord(g)) throw new Error('champ « grid » absent');
  if (g.crs !== 'EPSG:3035' || g.size_m !== CELL_SIZE_M)
    throw new Error(`grille ${String(g.crs)} de ${String(g.size_m)} m ≠ EPSG:3035 de ${CELL_SIZE_M} m`);
  for (const f of ['col0', 'row0', 'width', 'height'] as const)
    if (!isInt(g[f])) throw new Error(`grille : « ${f} » invalide`);
  if ((g.width as number) < 1 || (g.height as number) < 1) throw new Error('grille vide');
  const step = table.living_standard_step;
  if (typeof step !== 'number' || !(step > 0)) throw new Error('champ « living_standard_step » invalide');
  return { ...(g as unknown as CellsGridHeader), step };
}

/**
 * Cells from cells.json, as typed arrays ready for the domain modules (centres projected to WGS84 here).
 * Throws when the file's structure is broken (a column missing, columns of different lengths, positions not
 * increasing or off the grid — every later position would be wrong — or a cité link table that does not add up).
 * A row whose values are invalid (population, standard of living, flags, commune) is rejected and reported, the
 * others are kept: `grid.count + rejected.length` is the number of rows. Cité links to rejected cells are left out.
 *
 * @example
 * const { grid, rejected } = decodeCells(await (await fetch('data/cells.json')).json());
 * grid.population[0]; // people of the first cell
 */
export function decodeCells(table: unknown): DecodedCells {
  if (!isRecord(table) || !isRecord(table.columns)) throw new Error('champ « columns » absent');
  const h = header(table);
  const communes = table.communes;
  const complete = table.communes_complete;
  if (!Array.isArray(communes)) throw new Error('champ « communes » absent');
  if (!Array.isArray(complete) || complete.length !== communes.length)
    throw new Error('champ « communes_complete » absent ou de longueur différente de « communes »');
  const cols = table.columns;
  for (const f of COLUMNS) if (!Array.isArray(cols[f])) throw new Error(`colonne « ${f} » absente`);
  const c = cols as unknown as CellsColumns;
  const n = c.position.length;
  for (const f of COLUMNS)
    if (c[f].length !== n) throw new Error(`colonne « ${f} » : ${c[f].length} valeurs pour ${n} carreaux`);

  // positions: structural (delta-coded)
  const colOf = new Int32Array(n);
  const rowOf = new Int32Array(n);
  const cells = h.width * h.height;
  let k = -1;
  for (let i = 0; i < n; i++) {
    const d = c.position[i];
    if (!isInt(d) || (i === 0 ? d < 0 : d <= 0))
      throw new Error(`colonne « position » : valeur ${i + 1} invalide`);
    k = i === 0 ? d : k + d;
    if (k >= cells) throw new Error(`colonne « position » : carreau ${i + 1} hors de la grille`);
    colOf[i] = h.col0 + (k % h.width);
    rowOf[i] = h.row0 + Math.floor(k / h.width);
  }

  const keep = new Int32Array(n).fill(-1);
  const rejected: DecodedCells['rejected'] = [];
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const p2 = c.population2[i];
    const ls = c.living_standard[i];
    const imp = c.imputed[i];
    const per = c.perimetre[i];
    const com = c.commune[i];
    const reason =
      !isInt(p2) || p2 <= 0
        ? 'population invalide'
        : !isInt(ls) || ls <= 0
          ? 'niveau de vie invalide'
          : (imp !== 0 && imp !== 1) || (per !== 0 && per !== 1)
            ? 'indicateur invalide (0 ou 1 attendu)'
            : !isInt(com) ||
                com < 0 ||
                com >= communes.length ||
                typeof communes[com] !== 'string' ||
                !INSEE.test(communes[com] as string)
              ? 'commune invalide'
              : null;
    if (reason)
      rejected.push({ row: i, cell: (rowOf[i] as number) * 100_000 + (colOf[i] as number), reason });
    else keep[i] = kept++;
  }

  const links = decodeLinks(table.cites, keep, n);
  const grid: CellGrid = {
    count: kept,
    col: new Int32Array(kept),
    row: new Int32Array(kept),
    lon: new Float64Array(kept),
    lat: new Float64Array(kept),
    population: new Float64Array(kept),
    livingStandard: new Float64Array(kept),
    imputed: new Uint8Array(kept),
    inPerimeter: new Uint8Array(kept),
    commune: new Int32Array(kept),
    communes: communes.map((x) => (typeof x === 'string' ? x : '')),
    communeComplete: Uint8Array.from(complete, (x) => (x === 1 ? 1 : 0)),
    cites: links.links,
  };
  const half = CELL_SIZE_M / 2;
  for (let i = 0; i < n; i++) {
    const j = keep[i] as number;
    if (j < 0) continue;
    const col = colOf[i] as number;
    const row = rowOf[i] as number;
    const [lon, lat] = unprojectLaea(col * CELL_SIZE_M + half, row * CELL_SIZE_M + half);
    grid.col[j] = col;
    grid.row[j] = row;
    grid.lon[j] = lon;
    grid.lat[j] = lat;
    grid.population[j] = (c.population2[i] as number) / 2;
    grid.livingStandard[j] = (c.living_standard[i] as number) * h.step;
    grid.imputed[j] = c.imputed[i] as number;
    grid.inPerimeter[j] = c.perimetre[i] as number;
    grid.commune[j] = c.commune[i] as number;
  }
  return { grid, rejected, rejectedLinks: links.rejected };
}

function decodeLinks(
  raw: unknown,
  keep: Int32Array,
  n: number,
): { links: CiteCellLinks; rejected: DecodedCells['rejectedLinks'] } {
  if (!isRecord(raw)) throw new Error('champ « cites » absent');
  const { id, count, cell, weight } = raw;
  if (!Array.isArray(id) || !Array.isArray(count) || !Array.isArray(cell) || !Array.isArray(weight))
    throw new Error('champ « cites » incomplet');
  if (count.length !== id.length)
    throw new Error(`cités : ${count.length} nombres de liens pour ${id.length} cités`);
  let total = 0;
  for (const x of count) {
    if (!isInt(x) || x < 0) throw new Error('cités : nombre de liens invalide');
    total += x;
  }
  if (cell.length !== total || weight.length !== total)
    throw new Error(`cités : ${cell.length} carreaux et ${weight.length} poids pour ${total} liens`);
  const rejected: DecodedCells['rejectedLinks'] = [];
  const start = new Int32Array(id.length + 1);
  const cells: number[] = [];
  const weights: number[] = [];
  let at = 0;
  id.forEach((citeId, k) => {
    const name = typeof citeId === 'string' ? citeId : String(citeId);
    for (let m = 0; m < (count[k] as number); m++, at++) {
      const i = cell[at];
      const w = weight[at];
      const reason =
        !isInt(i) || i < 0 || i >= n
          ? 'carreau inconnu'
          : (keep[i] as number) < 0
            ? 'carreau écarté'
            : !isInt(w) || w < 1 || w > WEIGHT_SCALE
              ? 'poids invalide'
              : null;
      if (reason) rejected.push({ cite: name, reason });
      else {
        cells.push(keep[i] as number);
        weights.push((w as number) / WEIGHT_SCALE);
      }
    }
    start[k + 1] = cells.length;
  });
  return {
    links: {
      ids: id.map((x) => (typeof x === 'string' ? x : String(x))),
      start,
      cell: Int32Array.from(cells),
      weight: Float64Array.from(weights),
    },
    rejected,
  };
}
