/**
 * Step 5 of `npm run data:build` — the population grid, from reading the vendored Filosofi CSV to what the other
 * steps need: the `carreaux` tile features, the table of public/data/cells.json, counts for meta.json, the
 * attribution and the figures of the build report (the two "bassin" definitions, disagreements with the CSV's
 * commune codes, cité inhabitants). I/O: reads one file.
 */
import fs from 'node:fs';
import type { MultiPolygon, Polygon } from 'geojson';
import { CELLS_SOURCE, decodeCells } from '../../src/data/cells_columns.ts';
import { computeCellCoverage } from '../../src/domain/compute_cell_coverage.ts';
import { computeCoverage } from '../../src/domain/compute_coverage.ts';
import { computeLowIncomeLine } from '../../src/domain/compute_low_income_line.ts';
import { type CellTerritory, selectCells } from '../../src/domain/select_cells.ts';
import { summarizeCells } from '../../src/domain/summarize_cells.ts';
import type { PlaceFilter } from '../../src/domain/types.ts';
import { type Commune, type DataMeta, KIND_GROUP_IDS, type Lieu } from '../../src/schema.ts';
import type { TileFeature } from '../build_basemap.ts';
import { buildCells, type CellsOutput } from '../build_cells.ts';
import type { CiteRecord } from '../build_cites.ts';
import { type CommuneRecord, toClientCommune } from '../build_communes.ts';
import type { CommuneIndex } from '../lib/locate.ts';
import { inputs, rel } from '../lib/paths.ts';
import { readFilosofi } from '../read_filosofi.ts';
import type { Report } from '../report.ts';

/** A commune with at least this part of its area inside the perimeter has all its inhabited cells in the CSV. */
export const COMPLETE_MIN_SHARE = 0.995;

export interface CellsStep {
  tiles: TileFeature[];
  /** body of public/data/cells.json (without `schema`) */
  table: CellsOutput['table'];
  counts: Record<string, number>;
  attribution: DataMeta['attributions'][number];
  /** for `report.outputs.cells` */
  figures: Record<string, unknown>;
}

const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);
const r1 = (x: number): number => Math.round(x * 10) / 10;

/** The filter of the report's coverage figures: every kind, unknown status counted, planned places not. */
const REPORT_FILTER: PlaceFilter = { groups: KIND_GROUP_IDS, includePlanned: false, includeUnknown: true };

/**
 * Share of people beyond 5 and 10 km on the two "bassin" territories, by the two methods (every kind of place,
 * unknown status counted, planned not): cells of the perimeter or of the 330 communes, and commune label points
 * of the communes mostly inside the perimeter or of the 330 communes. Computed with the app's domain functions
 * on the decoded cells.json, so that DATA.md can quote figures the app reproduces.
 */
function coverageComparison(
  table: CellsOutput['table'],
  communes: readonly CommuneRecord[],
  lieux: readonly Lieu[],
): Record<string, unknown> {
  const { grid } = decodeCells(JSON.parse(JSON.stringify(table)));
  const cellCov = computeCellCoverage(grid, lieux, REPORT_FILTER);
  const clientCommunes: Commune[] = communes.map(toClientCommune);
  const pointCov = computeCoverage({ communes: clientCommunes, cites: [], lieux }, REPORT_FILTER).communes;
  const pointShare = (keep: (c: CommuneRecord) => boolean, km: number): number => {
    let all = 0;
    let far = 0;
    communes.forEach((c, i) => {
      if (!keep(c)) return;
      const d = pointCov[i]?.distanceKm ?? null;
      all += c.population;
      if (d === null || d > km) far += c.population;
    });
    return Math.round((far / all) * 1000) / 1000;
  };
  const cellShare = (t: CellTerritory, km: number): number =>
    Math.round(summarizeCells(grid, cellCov, selectCells(grid, clientCommunes, t), km).shareBeyond * 1000) /
    1000;
  const line = computeLowIncomeLine(grid);
  const perimeterCells = selectCells(grid, clientCommunes, { type: 'perimetre' });
  const low = summarizeCells(grid, cellCov, perimeterCells, 5, line).lowIncome;
  return {
    low_income_line_eur: line,
    low_income_population_in_perimeter: low?.population ?? null,
    filter: 'all kinds of place, unknown status counted, planned not',
    share_beyond: Object.fromEntries(
      [5, 10].map((km) => [
        `${km}_km`,
        {
          perimetre_cells: cellShare({ type: 'perimetre' }, km),
          perimetre_communes_point: pointShare((c) => c.perimetre, km),
          bassin_330_cells: cellShare({ type: 'bassin' }, km),
          bassin_330_communes_point: pointShare((c) => c.bassin, km),
        },
      ]),
    ),
  };
}

/** Reads and builds the population grid; rows are counted and rejected in `report`. */
export function cellsStep(
  communes: readonly CommuneRecord[],
  index: CommuneIndex,
  perimeter: Polygon | MultiPolygon | null,
  cites: readonly CiteRecord[],
  lieux: readonly Lieu[],
  report: Report,
): CellsStep {
  const source = rel(inputs.filosofi);
  const rows = readFilosofi(fs.readFileSync(inputs.filosofi, 'utf8'), source, report);
  const completeCommunes = communes
    .filter((c) => c.bassin || c.perimetre_share >= COMPLETE_MIN_SHARE)
    .map((c) => c.insee);
  const out = buildCells({ rows, source, communes: index, perimeter, cites, completeCommunes }, report);
  const table = out.table;

  const pop = out.cells.map((c) => c.population);
  const inPerimeter = out.cells.filter((c) => c.inPerimeter);
  const citePeople = out.links.map((l) => sum(l.links.map((k) => (pop[k.cell] as number) * k.weight)));
  const mc = new Set(cites.filter((c) => c.maisons_et_cites).map((c) => c.id));
  const peopleOf = (keep: (id: string) => boolean) =>
    r1(sum(out.links.map((l, i) => (keep(l.id) ? (citePeople[i] as number) : 0))));
  const perimetre = communes.filter((c) => c.perimetre);
  const bassinOnly = communes.filter((c) => c.bassin && !c.perimetre);
  const perimetreOnly = communes.filter((c) => c.perimetre && !c.bassin);
  report.note(
    `population grid: ${out.cells.length} cells kept, ${out.disagreements.length} whose commune (IGN polygons) differs from the CSV's insee_mbm (communes-mbm polygons)`,
  );
  return {
    tiles: out.tiles,
    table,
    counts: {
      cells: out.cells.length,
      cells_in_perimeter: inPerimeter.length,
      cells_imputed: out.cells.filter((c) => c.imputed).length,
      cells_population: Math.round(sum(pop)),
      cells_population_in_perimeter: Math.round(sum(inPerimeter.map((c) => c.population))),
      communes_perimetre: perimetre.length,
      cites_with_cells: out.links.filter((l) => l.links.length > 0).length,
    },
    attribution: {
      name: `${CELLS_SOURCE.replace(/^Source : /, '')} (via github.com/jgaffuri/tiled-grid-france-filosofi)`,
      licence: 'Licence Ouverte',
      url: 'https://github.com/jgaffuri/tiled-grid-france-filosofi',
    },
    figures: {
      cells: out.cells.length,
      population: sum(pop),
      population_in_perimeter: sum(inPerimeter.map((c) => c.population)),
      population_imputed_in_perimeter: sum(inPerimeter.filter((c) => c.imputed).map((c) => c.population)),
      bassin_definitions: {
        communes_perimetre: perimetre.length,
        communes_bassin: communes.filter((c) => c.bassin).length,
        bassin_and_perimetre: communes.filter((c) => c.bassin && c.perimetre).length,
        bassin_mostly_outside_perimetre: bassinOnly.length,
        perimetre_not_bassin: perimetreOnly.map((c) => ({
          insee: c.insee,
          nom: c.nom,
          share: c.perimetre_share,
        })),
        population_perimetre_communes: sum(perimetre.map((c) => c.population)),
        population_bassin_communes: sum(communes.filter((c) => c.bassin).map((c) => c.population)),
      },
      communes_incomplete: table.communes.filter((_, j) => table.communes_complete[j] === 0),
      insee_mbm_disagreements: {
        cells: out.disagreements.length,
        population: sum(out.disagreements.map((d) => d.population)),
        list: out.disagreements,
      },
      cites: {
        population: peopleOf(() => true),
        population_maisons_et_cites: peopleOf((id) => mc.has(id)),
        links: sum(out.links.map((l) => l.links.length)),
      },
      ...coverageComparison(table, communes, lieux),
    },
  };
}
