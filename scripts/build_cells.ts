/**
 * Step 8b — the population grid (INSEE Filosofi 2021, 200 m cells) for the coverage mode: every valid cell of
 * `read_filosofi.ts` gets the commune of Nord/Pas-de-Calais containing its centre (cells outside are rejected),
 * checked against the CSV's `insee_mbm` where it has one; cités get the cells they cover with the share of each
 * cell's people living inside the cité polygon; out come the rows of public/data/cells.json
 * (`src/data/cells_columns.ts`) and the `carreaux` tile layer (200 m squares). Pure transform.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import {
  CELL_SIZE_M,
  type CellRecord,
  type CellsTable,
  type CiteLinksRecord,
  type CommuneCompleteness,
  cellId,
  encodeCells,
} from '../src/data/cells_columns.ts';
import { projectLaea, unprojectLaea } from '../src/domain/project_laea.ts';
import { PROP } from '../src/schema.ts';
import type { TileFeature } from './build_basemap.ts';
import type { CiteRecord } from './build_cites.ts';
import type { CommuneRecord } from './build_communes.ts';
import { areaInBox, type XY } from './lib/clip.ts';
import { round } from './lib/geo.ts';
import type { CommuneIndex } from './lib/locate.ts';
import type { FilosofiRow } from './read_filosofi.ts';
import type { Report } from './report.ts';

/** Links of a cité to a cell that carry less than this share of the cell (0.05 %) are left out. */
export const MIN_LINK_WEIGHT = 0.0005;

/**
 * A cell centre in no commune polygon but at most this far from one (metres) goes to the nearest commune: the
 * 2018 polygons are simplified, and along the Belgian border a centre can fall a few tens of metres outside them.
 */
export const BORDER_TOLERANCE_M = 200;

/** The zoom where the tile layer `carreaux` starts (defined in the schema, shared with the map's style). */
export { CELLS_MINZOOM } from '../src/schema.ts';

export interface CellsInput {
  rows: readonly FilosofiRow[];
  /** source name of the CSV in the report */
  source: string;
  communes: CommuneIndex;
  /** the drawn perimeter, to cross-check the CSV's `in_perimeter`; null to skip */
  perimeter: Polygon | MultiPolygon | null;
  cites: readonly CiteRecord[];
  /**
   * The communes whose inhabited cells are all in the CSV (see `communes_complete` of cells.json): listed in the
   * file's commune table even without a cell, with complete = 1.
   */
  completeCommunes: readonly string[];
}

/**
 * A cell whose commune (from the commune polygons of 59/62) is not the CSV's `insee_mbm` (from the polygons of
 * communes-mbm.geojson): either two different communes of the 330, or one of the 330 on one side and none on the
 * other (`insee_mbm` empty, or `commune` outside the 330).
 */
export interface CommuneDisagreement {
  id: string;
  line: number;
  /** '' when the CSV puts the centre in none of the 330 communes */
  insee_mbm: string;
  commune: string;
  population: number;
}

export interface CellsOutput {
  /** kept cells, sorted south to north then west to east (the order of cells.json) */
  cells: CellRecord[];
  links: CiteLinksRecord[];
  table: CellsTable;
  tiles: TileFeature[];
  disagreements: CommuneDisagreement[];
}

/**
 * The cells of the coverage mode, from the valid rows of the Filosofi CSV. Each row is counted as kept, or rejected
 * when its centre lies in no commune polygon of Nord/Pas-de-Calais and none is within `BORDER_TOLERANCE_M` (a warning
 * when one is). Disagreements with the CSV's `insee_mbm` (the commune of communes-mbm.geojson containing the centre)
 * are returned, and a centre whose inside/outside of the
 * perimeter differs from `in_perimeter` gives a warning (the CSV's flag is kept).
 *
 * @example
 * const out = buildCells({ rows, source, communes: index, perimeter, cites }, report);
 * out.table; // → public/data/cells.json
 */
export function buildCells(input: CellsInput, report: Report): CellsOutput {
  const kept: { row: FilosofiRow; insee: string }[] = [];
  const disagreements: CommuneDisagreement[] = [];
  for (const r of input.rows) {
    let commune = input.communes.at([r.lon, r.lat]);
    if (!commune) {
      const near = nearestCommune(input.communes, r.lon, r.lat, BORDER_TOLERANCE_M);
      if (!near) {
        report.reject(
          input.source,
          r.line,
          r.id,
          `cell centre outside the communes of Nord and Pas-de-Calais (none within ${BORDER_TOLERANCE_M} m)`,
        );
        continue;
      }
      commune = near.commune;
      report.warn(
        input.source,
        r.line,
        r.id,
        `cell centre in no commune polygon, ${Math.round(near.metres)} m from ${commune.nom} (${commune.insee}): given to it`,
      );
    }
    report.kept(input.source);
    kept.push({ row: r, insee: commune.insee });
    // the CSV's insee_mbm names the commune among the 330 of communes-mbm (empty: none of them)
    const mine = commune.bassin ? commune.insee : null;
    if (r.inseeMbm !== mine)
      disagreements.push({
        id: r.id,
        line: r.line,
        insee_mbm: r.inseeMbm ?? '',
        commune: commune.insee,
        population: r.population,
      });
    if (input.perimeter && booleanPointInPolygon([r.lon, r.lat], input.perimeter) !== r.inPerimeter)
      report.warn(
        input.source,
        r.line,
        r.id,
        `in_perimeter = ${r.inPerimeter ? 1 : 0} but the centre is ${r.inPerimeter ? 'outside' : 'inside'} bassin-minier.geojson here (CSV value kept)`,
      );
  }
  kept.sort((a, b) => a.row.row - b.row.row || a.row.col - b.row.col);
  const cells: CellRecord[] = kept.map(({ row: r, insee }) => ({
    col: r.col,
    row: r.row,
    population: r.population,
    livingStandard: r.livingStandardSum / r.population,
    imputed: r.imputed,
    inPerimeter: r.inPerimeter,
    insee,
  }));
  const links = linkCites(input.cites, cells);
  return {
    cells,
    links,
    table: encodeCells(cells, links, communeTable(cells, input.completeCommunes)),
    tiles: cells.map(cellSquare),
    disagreements,
  };
}

/** The commune table of cells.json: every commune of a cell and every complete commune, with its completeness. */
export function communeTable(
  cells: readonly Pick<CellRecord, 'insee'>[],
  completeCommunes: readonly string[],
): CommuneCompleteness[] {
  const complete = new Set(completeCommunes);
  return [...new Set([...cells.map((c) => c.insee), ...completeCommunes])]
    .sort()
    .map((insee) => ({ insee, complete: complete.has(insee) }));
}

/** Distance (m) from a point to a segment, in a plane. */
function segmentDistance(p: XY, a: XY, b: XY): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/**
 * The commune whose boundary is nearest to a point outside every commune polygon, if it is within `maxMetres`
 * (distances in EPSG:3035 metres).
 */
export function nearestCommune(
  communes: CommuneIndex,
  lon: number,
  lat: number,
  maxMetres: number,
): { commune: CommuneRecord; metres: number } | null {
  const p = projectLaea(lon, lat);
  let best: { commune: CommuneRecord; metres: number } | null = null;
  for (const c of communes.near([lon, lat], (maxMetres / 111_000) * 2)) {
    for (const rings of c.geometry.coordinates)
      for (const ring of rings) {
        const xy = ring.map((q) => projectLaea(q[0] as number, q[1] as number));
        for (let i = 1; i < xy.length; i++) {
          const d = segmentDistance(p, xy[i - 1] as XY, xy[i] as XY);
          if (d <= maxMetres && (best === null || d < best.metres)) best = { commune: c, metres: d };
        }
      }
  }
  return best;
}

/**
 * For every cité, the cells its polygon covers and the share (0..1) of each cell's 200 m square inside the polygon,
 * computed in EPSG:3035 metres (polygon vertices projected, edges straight there: a few centimetres from straight
 * lon/lat edges at this scale). With people spread evenly over a cell, the cité's inhabitants are
 * Σ population × share. Shares below `MIN_LINK_WEIGHT` are left out. Cités keep their input order; links are
 * sorted by cell.
 *
 * @example
 * linkCites(cites, cells)[0]; // { id: 'lsm-12', links: [{ cell: 8120, weight: 0.412 }, …] }
 */
export function linkCites(
  cites: readonly Pick<CiteRecord, 'id' | 'geometry'>[],
  cells: readonly CellRecord[],
): CiteLinksRecord[] {
  const at = new Map(cells.map((c, i) => [cellId(c.col, c.row), i]));
  const square = CELL_SIZE_M * CELL_SIZE_M;
  return cites.map((cite) => {
    const polygons: XY[][][] = cite.geometry.coordinates.map((rings) =>
      rings.map((ring) => ring.map((p) => projectLaea(p[0] as number, p[1] as number))),
    );
    let xMin = Number.POSITIVE_INFINITY;
    let yMin = Number.POSITIVE_INFINITY;
    let xMax = Number.NEGATIVE_INFINITY;
    let yMax = Number.NEGATIVE_INFINITY;
    for (const poly of polygons)
      for (const [x, y] of poly[0] ?? []) {
        xMin = Math.min(xMin, x);
        yMin = Math.min(yMin, y);
        xMax = Math.max(xMax, x);
        yMax = Math.max(yMax, y);
      }
    const links: CiteLinksRecord['links'] = [];
    for (let row = Math.floor(yMin / CELL_SIZE_M); row * CELL_SIZE_M < yMax; row++)
      for (let col = Math.floor(xMin / CELL_SIZE_M); col * CELL_SIZE_M < xMax; col++) {
        const i = at.get(cellId(col, row));
        if (i === undefined) continue;
        const x0 = col * CELL_SIZE_M;
        const y0 = row * CELL_SIZE_M;
        const share = areaInBox(polygons, x0, y0, x0 + CELL_SIZE_M, y0 + CELL_SIZE_M) / square;
        if (share >= MIN_LINK_WEIGHT) links.push({ cell: i, weight: Math.min(1, share) });
      }
    links.sort((a, b) => a.cell - b.cell);
    return { id: cite.id, links };
  });
}

/** The 200 m square of a cell in WGS84 (corners from EPSG:3035, counter-clockwise, 6 decimals ≈ 0.1 m). */
export function cellSquare(c: Pick<CellRecord, 'col' | 'row'>): TileFeature {
  const x0 = c.col * CELL_SIZE_M;
  const y0 = c.row * CELL_SIZE_M;
  const corner = (x: number, y: number): [number, number] => {
    const [lon, lat] = unprojectLaea(x, y);
    return [round(lon, 6), round(lat, 6)];
  };
  const sw = corner(x0, y0);
  return {
    type: 'Feature',
    properties: { [PROP.cellId]: cellId(c.col, c.row) },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          sw,
          corner(x0 + CELL_SIZE_M, y0),
          corner(x0 + CELL_SIZE_M, y0 + CELL_SIZE_M),
          corner(x0, y0 + CELL_SIZE_M),
          sw,
        ],
      ],
    },
  };
}
