/**
 * Domain benchmarks: `npx vitest bench --run --dir test/bench test/bench/domain.bench.ts`
 * (also run by `npm run bench`). Uses the built data in `public/data/*.json` when present,
 * otherwise deterministic synthetic data of the same size (1,534 communes, 320 cités, 31 places;
 * 23,471 cells).
 * Budgets: searchPlaces < 2 ms per query; computeCoverage roughly linear in the number of places;
 * full cell recompute (computeCellCoverage over every cell, all kinds) ≤ 16 ms with the real places and
 * ≤ 50 ms with 3,000 synthetic places spread like the population. Also timed, without a budget: what the app's
 * selectors redo when a hypothetical centre moves (`app_scenario_change_ms_real_places`).
 */

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { decodeCells } from '../../src/data/cells_columns.ts';
import { decodeCommunes } from '../../src/data/communes_columns.ts';
import type { CellGrid } from '../../src/domain/cell_types.ts';
import { computeCellCoverage } from '../../src/domain/compute_cell_coverage.ts';
import { computeCoverage } from '../../src/domain/compute_coverage.ts';
import { computeLowIncomeLine } from '../../src/domain/compute_low_income_line.ts';
import { estimateCitePopulation } from '../../src/domain/estimate_cite_population.ts';
import { buildSearchIndex, searchPlaces } from '../../src/domain/search_places.ts';
import { selectCells } from '../../src/domain/select_cells.ts';
import { summarizeCells } from '../../src/domain/summarize_cells.ts';
import { summarizeCellsByCommune } from '../../src/domain/summarize_cells_by_commune.ts';
import type { PlaceFilter } from '../../src/domain/types.ts';
import { type Cite, type Commune, KIND_GROUP_IDS, type Lieu } from '../../src/schema.ts';
import {
  selectCellClasses,
  selectCellSummaries,
  selectCitesBeyond,
  selectCommuneCellFigures,
} from '../../src/state/derived_cells.ts';
import { selectCoverageSummaries } from '../../src/state/derived_coverage.ts';
import { selectMapCells } from '../../src/state/derived_map.ts';
import { createAppStore } from '../../src/state/store.ts';
import { syntheticBasin } from '../fixtures/domain/synthetic.ts';
import { placesWherePeopleLive, syntheticGrid } from '../fixtures/domain/synthetic_cells.ts';

const DATA_DIR = join(import.meta.dirname, '..', '..', 'public', 'data');

function loadReal(): { communes: Commune[]; cites: Cite[]; lieux: Lieu[] } | null {
  const file = (name: string) => join(DATA_DIR, `${name}.json`);
  if (!['communes', 'cites', 'lieux'].every((n) => existsSync(file(n)))) return null;
  try {
    const read = (n: string) => JSON.parse(readFileSync(file(n), 'utf8')) as Record<string, unknown>;
    return {
      communes: decodeCommunes(read('communes')).communes,
      cites: read('cites').cites as Cite[],
      lieux: read('lieux').lieux as Lieu[],
    };
  } catch {
    return null;
  }
}

/** The cells of public/data/cells.json, or null when it is not built (or unreadable). */
function loadCells(): CellGrid | null {
  const file = join(DATA_DIR, 'cells.json');
  if (!existsSync(file)) return null;
  try {
    return decodeCells(JSON.parse(readFileSync(file, 'utf8'))).grid;
  } catch {
    return null;
  }
}

const real = loadReal();
const base = real ?? syntheticBasin({ communes: 1534, cites: 320, places: 31 });
const SOURCE = real ? 'public/data' : 'synthetic';
/** Every kind of place (hospitals included), planned and unknown-status places counted. */
const ALL: PlaceFilter = {
  groups: KIND_GROUP_IDS,
  includePlanned: true,
  includeUnknown: true,
};
const placesOf = (n: number) => syntheticBasin({ communes: 0, cites: 0, places: n }, 2).lieux;
const P300 = placesOf(300);
const P3000 = placesOf(3000);
const P30000 = placesOf(30000);

const realGrid = loadCells();
const GRID = realGrid ?? syntheticGrid(23471);
const GRID_SOURCE = realGrid ? 'public/data/cells.json' : 'synthetic';
/** 3,000 open places drawn where people live (cells weighted by population, ±100 m) */
const P3000_PEOPLE = placesWherePeopleLive(GRID, 3000);
const LINE = computeLowIncomeLine(GRID);
const PERIMETER = selectCells(GRID, base.communes, { type: 'perimetre' });

/** What the coverage mode redoes at every change of a scenario: cells, the perimeter's figures, communes, cités. */
function cellRecompute(lieux: readonly Lieu[]): void {
  const cov = computeCellCoverage(GRID, lieux, ALL);
  summarizeCells(GRID, cov, PERIMETER, 5, LINE);
  summarizeCellsByCommune(GRID, cov, 5, LINE);
  estimateCitePopulation(GRID, { coverage: cov, thresholdKm: 5 });
}

/**
 * What the app redoes when a hypothetical centre moves (coverage mode, every kind counted, grid loaded): the
 * memoized selectors of the panel and the map — cells with the scenario and without the unknown-status places,
 * commune points likewise, the territory's and the perimeter's figures, the map's classes, the cités and the
 * communes' cell figures. Two scenarios alternate so that every call recomputes.
 */
function appScenarioChange(): () => void {
  const store = createAppStore({
    data: { ...base, epci: [], meta: null, populationVintage: 'bench' },
    cells: { status: 'ready', grid: GRID },
    mode: 'couverture',
    coverageGroups: KIND_GROUP_IDS,
    territory: { type: 'epci', siren: '200042190' },
  });
  const at = (lon: number) => ({
    added: [{ id: 'scenario-1', lon, lat: 50.38, kind: 'msp' as const, nom: 'Centre hypothétique n° 1' }],
    closed: [],
  });
  let flip = false;
  return () => {
    flip = !flip;
    store.setState({ scenario: at(flip ? 3.4 : 3.45) });
    const s = store.getState();
    selectCoverageSummaries(s);
    selectCellSummaries(s);
    selectMapCells(s);
    selectCellClasses(s);
    selectCitesBeyond(s);
    selectCommuneCellFigures(s);
  };
}

const QUERIES = [
  'lievin',
  'conde sur escaut',
  '62300',
  'arenberg',
  'valancienes',
  'st amand',
  'cité du 9',
  'b',
];
const INDEX = buildSearchIndex(base);

/** Median of `runs` timings of `fn`, in ms (performance.now), after a warm-up. */
function medianMs(fn: () => void, runs: number): number {
  for (let i = 0; i < 3; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)]!;
}

// Plain figures first, so the log shows ms and the growth ratio at a glance.
{
  const cov = (lieux: readonly Lieu[]) => () =>
    computeCoverage({ communes: base.communes, cites: base.cites, lieux }, ALL);
  const figures = {
    data: `${SOURCE}: ${base.communes.length} communes, ${base.cites.length} cités, ${base.lieux.length} places`,
    coverage_ms_real_places: medianMs(cov(base.lieux), 30),
    coverage_ms_300_places: medianMs(cov(P300), 30),
    coverage_ms_3000_places: medianMs(cov(P3000), 20),
    coverage_ms_30000_places: medianMs(cov(P30000), 10),
    build_search_index_ms: medianMs(() => buildSearchIndex(base), 20),
    search_ms_per_query: Object.fromEntries(
      QUERIES.map((q) => [q, medianMs(() => searchPlaces(INDEX, q), 200)]),
    ),
  };
  console.log('[domain bench, median ms]', JSON.stringify(figures, null, 2));
  const worst = Math.max(...Object.values(figures.search_ms_per_query));
  if (worst >= 2) console.warn(`[domain bench] searchPlaces over the 2 ms budget: ${worst.toFixed(3)} ms`);
}

// Cells: the budget of issue 9 (full cell recompute ≤ 16 ms with the real places, ≤ 50 ms with 3,000).
{
  const cells = (lieux: readonly Lieu[]) => () => computeCellCoverage(GRID, lieux, ALL);
  const figures = {
    data: `${GRID_SOURCE}: ${GRID.count} cells; places: ${SOURCE}`,
    cell_coverage_ms_real_places: medianMs(cells(base.lieux), 30),
    cell_coverage_ms_3000_places_where_people_live: medianMs(cells(P3000_PEOPLE), 20),
    cell_coverage_ms_3000_places_clustered: medianMs(cells(P3000), 10),
    cell_recompute_with_summaries_ms_real_places: medianMs(() => cellRecompute(base.lieux), 30),
    cell_recompute_with_summaries_ms_3000_places: medianMs(() => cellRecompute(P3000_PEOPLE), 20),
    select_perimeter_cells_ms: medianMs(() => selectCells(GRID, base.communes, { type: 'perimetre' }), 30),
    low_income_line_ms: medianMs(() => computeLowIncomeLine(GRID), 20),
    app_scenario_change_ms_real_places: medianMs(appScenarioChange(), 20),
  };
  console.log('[domain bench, cells, median ms]', JSON.stringify(figures, null, 2));
  const over = [
    ['real places', figures.cell_coverage_ms_real_places, 16],
    ['3,000 places', figures.cell_coverage_ms_3000_places_where_people_live, 50],
  ] as const;
  for (const [what, ms, budget] of over)
    if (ms > budget)
      console.warn(
        `[domain bench] full cell recompute (${what}) over the ${budget} ms budget: ${ms.toFixed(1)} ms`,
      );
}

describe(`computeCoverage (${SOURCE} communes and cités)`, () => {
  bench(`${base.lieux.length} places`, () => {
    computeCoverage(base, ALL);
  });
  bench('300 places', () => {
    computeCoverage({ communes: base.communes, cites: base.cites, lieux: P300 }, ALL);
  });
  bench('3,000 places', () => {
    computeCoverage({ communes: base.communes, cites: base.cites, lieux: P3000 }, ALL);
  });
  bench('30,000 places', () => {
    computeCoverage({ communes: base.communes, cites: base.cites, lieux: P30000 }, ALL);
  });
});

describe(`computeCellCoverage (${GRID_SOURCE}, ${GRID.count} cells)`, () => {
  bench(`${base.lieux.length} places`, () => {
    computeCellCoverage(GRID, base.lieux, ALL);
  });
  bench('3,000 places where people live', () => {
    computeCellCoverage(GRID, P3000_PEOPLE, ALL);
  });
  bench(`recompute with summaries, ${base.lieux.length} places`, () => {
    cellRecompute(base.lieux);
  });
});

describe(`search (${SOURCE})`, () => {
  bench('buildSearchIndex', () => {
    buildSearchIndex(base);
  });
  for (const q of QUERIES) {
    bench(`searchPlaces "${q}"`, () => {
      searchPlaces(INDEX, q);
    });
  }
});
