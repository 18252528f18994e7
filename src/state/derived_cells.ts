/**
 * Coverage mode's figures on the 200 m population grid ("where people live"), memoized like derived.ts: the
 * distance from every cell to the nearest counted place (scenario applied, current situation, unknown-status
 * places left out), the territory's and the perimeter's summaries, the low-income line, the cités' inhabitants,
 * the figures of each commune, and the class of every cell for the map and its legend. Everything is null until
 * the grid is loaded (`ensureCells`, when the coverage mode opens); the commune-point figures of
 * derived_coverage.ts do not wait for it. Never loaded by the finder's first screen.
 */

import type { CellCoverage, CellGrid } from '../domain/cell_types.ts';
import { classifyCells } from '../domain/classify_cells.ts';
import { type CellSummaryDelta, compareCellSummaries } from '../domain/compare_cell_summaries.ts';
import { computeCellCoverage } from '../domain/compute_cell_coverage.ts';
import { computeLowIncomeLine } from '../domain/compute_low_income_line.ts';
import { type CitePopulation, estimateCitePopulation } from '../domain/estimate_cite_population.ts';
import { type CellSelection, selectCells } from '../domain/select_cells.ts';
import { type CellClassCount, summarizeCellClasses } from '../domain/summarize_cell_classes.ts';
import { type CellSummary, summarizeCells } from '../domain/summarize_cells.ts';
import { type CommuneCellFigures, summarizeCellsByCommune } from '../domain/summarize_cells_by_commune.ts';
import { rangeOfStatus, type StatusRange } from '../domain/summarize_status_range.ts';
import type { CiteCoverage, PlaceFilter, Territory } from '../domain/types.ts';
import type { Commune, Lieu } from '../schema.ts';
import { EMPTY, memoLast, selectLieux } from './derived.ts';
import {
  PERIMETRE,
  selectCoverageFilter,
  selectCoverageSummaries,
  selectFilterWithoutUnknown,
} from './derived_coverage.ts';
import type { AppState } from './store.ts';

const NO_COMMUNES: readonly Commune[] = [];

/** The population grid once loaded, else null. */
export const selectCellGrid = (s: AppState): CellGrid | null => s.cells.grid;

const lowIncomeLine = memoLast((grid: CellGrid | null) => (grid ? computeLowIncomeLine(grid) : null));

/**
 * The basin's low-income line (€ per person and year): the population-weighted 20th percentile of the cells'
 * mean standard of living over the drawn perimeter (`computeLowIncomeLine`). Null without the grid.
 */
export function selectLowIncomeLine(s: AppState): number | null {
  return lowIncomeLine(selectCellGrid(s));
}

const computeOf = (
  grid: CellGrid | null,
  lieux: readonly Lieu[],
  filter: PlaceFilter,
): CellCoverage | null => (grid ? computeCellCoverage(grid, lieux, filter) : null);
/** three caches: the scenario's, the current situation's, and the scenario's without unknown-status places */
const cellCoverage = memoLast(computeOf);
const baselineCellCoverage = memoLast(computeOf);
const cellCoverageWithoutUnknown = memoLast(computeOf);

const scenarioActive = (s: AppState): boolean => s.scenario.added.length > 0 || s.scenario.closed.length > 0;

/** Distance from every cell to the nearest counted place, scenario applied. Null without the grid. */
export function selectCellCoverage(s: AppState): CellCoverage | null {
  return cellCoverage(selectCellGrid(s), selectLieux(s), selectCoverageFilter(s));
}

/** The same for the current situation (the scenario's coverage itself when there is no scenario). */
export function selectBaselineCellCoverage(s: AppState): CellCoverage | null {
  if (!scenarioActive(s)) return selectCellCoverage(s);
  return baselineCellCoverage(selectCellGrid(s), s.data?.lieux ?? EMPTY, selectCoverageFilter(s));
}

/** The scenario's coverage with the places of unknown status left out (the other end of the sensitivity). */
export function selectCellCoverageWithoutUnknown(s: AppState): CellCoverage | null {
  return cellCoverageWithoutUnknown(selectCellGrid(s), selectLieux(s), selectFilterWithoutUnknown(s));
}

const selectionOf = (
  grid: CellGrid | null,
  communes: readonly Commune[],
  territory: Territory,
): CellSelection | null => (grid ? selectCells(grid, communes, territory) : null);
const territorySelection = memoLast(selectionOf);
const perimeterSelection = memoLast(selectionOf);

/** The chosen territory's cells. */
export function selectTerritoryCells(s: AppState): CellSelection | null {
  return territorySelection(selectCellGrid(s), s.data?.communes ?? NO_COMMUNES, s.territory);
}

/** The drawn perimeter's cells (« bassin minier »). */
export function selectPerimeterCells(s: AppState): CellSelection | null {
  return perimeterSelection(selectCellGrid(s), s.data?.communes ?? NO_COMMUNES, PERIMETRE);
}

/**
 * Figures on cells of the coverage panel: the chosen territory and « le bassin minier » (the perimeter's cells;
 * the same object when the territory is the perimeter), scenario applied and current situation, the change, and
 * the sensitivity to the places of unknown status.
 */
export interface CellSummaries {
  territory: CellSummary;
  baselineTerritory: CellSummary;
  bassin: CellSummary;
  baselineBassin: CellSummary;
  /** scenario − current situation, for the territory */
  delta: CellSummaryDelta;
  /** unknown-status places counted as open (the figures above) or left out */
  territoryStatus: StatusRange;
  bassinStatus: StatusRange;
  /** the low-income line used (null when the perimeter has no people) */
  lowIncomeLine: number | null;
}

const cellSummaries = memoLast(
  (
    grid: CellGrid | null,
    cov: CellCoverage | null,
    base: CellCoverage | null,
    withoutUnknown: CellCoverage | null,
    territory: CellSelection | null,
    perimeter: CellSelection | null,
    thresholdKm: number,
    line: number | null,
  ): CellSummaries | null => {
    if (!grid || !cov || !base || !withoutUnknown || !territory || !perimeter) return null;
    if (!Number.isFinite(thresholdKm) || thresholdKm < 0) return null;
    const sum = (c: CellCoverage, sel: CellSelection) => summarizeCells(grid, c, sel, thresholdKm, line);
    const samePerimeter = territory === perimeter;
    const t = sum(cov, territory);
    const b = samePerimeter ? t : sum(cov, perimeter);
    const baseT = base === cov ? t : sum(base, territory);
    const baseB = base === cov ? b : samePerimeter ? baseT : sum(base, perimeter);
    const tOut = sum(withoutUnknown, territory);
    const bOut = samePerimeter ? tOut : sum(withoutUnknown, perimeter);
    return {
      territory: t,
      baselineTerritory: baseT,
      bassin: b,
      baselineBassin: baseB,
      delta: compareCellSummaries(baseT, t),
      territoryStatus: rangeOfStatus(t, tOut),
      bassinStatus: rangeOfStatus(b, bOut),
      lowIncomeLine: line,
    };
  },
);

/** The panel's figures on cells, or null until the grid is loaded. */
export function selectCellSummaries(s: AppState): CellSummaries | null {
  const territory = selectTerritoryCells(s);
  const perimeter = selectPerimeterCells(s);
  return cellSummaries(
    selectCellGrid(s),
    selectCellCoverage(s),
    selectBaselineCellCoverage(s),
    selectCellCoverageWithoutUnknown(s),
    s.territory.type === 'perimetre' ? perimeter : territory,
    perimeter,
    s.thresholdKm,
    selectLowIncomeLine(s),
  );
}

const citePeopleOf = (grid: CellGrid | null, cov: CellCoverage | null, thresholdKm: number) => {
  if (!grid || !cov || !Number.isFinite(thresholdKm) || thresholdKm < 0) return null;
  const out = new Map<string, CitePopulation>();
  for (const c of estimateCitePopulation(grid, { coverage: cov, thresholdKm })) out.set(c.id, c);
  return out;
};
const citePeople = memoLast(citePeopleOf);
const citePeopleWithoutUnknown = memoLast(citePeopleOf);

/** `selectCitePeople` with the places of unknown status left out (for the exports). */
export function selectCitePeopleWithoutUnknown(s: AppState): ReadonlyMap<string, CitePopulation> | null {
  return citePeopleWithoutUnknown(selectCellGrid(s), selectCellCoverageWithoutUnknown(s), s.thresholdKm);
}

/**
 * Estimated inhabitants of each cité (area share of the cells it covers) and those of them living beyond the
 * threshold (scenario applied), by cité id. Null until the grid is loaded.
 */
export function selectCitePeople(s: AppState): ReadonlyMap<string, CitePopulation> | null {
  return citePeople(selectCellGrid(s), selectCellCoverage(s), s.thresholdKm);
}

/** The Maisons & Cités cités beyond the threshold, with their people when the grid is loaded. */
export interface CitesBeyond {
  /** ranked by people beyond the threshold, then by distance (by distance only before the grid is loaded) */
  cites: CiteCoverage[];
  /** estimated inhabitants by cité id; null until the grid is loaded */
  people: ReadonlyMap<string, CitePopulation> | null;
  /** sums over the listed cités; null until the grid is loaded */
  totals: { population: number; beyond: number } | null;
}

const citesBeyond = memoLast(
  (listed: readonly CiteCoverage[], people: ReadonlyMap<string, CitePopulation> | null): CitesBeyond => {
    if (!people) return { cites: [...listed], people: null, totals: null };
    const beyond = (c: CiteCoverage) => people.get(c.id)?.populationBeyond ?? 0;
    // a stable sort keeps the distance order among equals
    const cites = [...listed].sort((a, b) => beyond(b) - beyond(a));
    let population = 0;
    let far = 0;
    for (const c of cites) {
      population += people.get(c.id)?.population ?? 0;
      far += beyond(c);
    }
    return { cites, people, totals: { population, beyond: far } };
  },
);

/**
 * The territory's Maisons & Cités cités whose point is beyond the threshold (as `summarizeTerritory` lists
 * them), with their estimated inhabitants, ranked by "people far from care" once the grid is loaded.
 */
export function selectCitesBeyond(s: AppState): CitesBeyond | null {
  const summaries = selectCoverageSummaries(s);
  return summaries ? citesBeyond(summaries.territory.citesBeyond, selectCitePeople(s)) : null;
}

const communeFiguresOf = (
  grid: CellGrid | null,
  cov: CellCoverage | null,
  thresholdKm: number,
  line: number | null,
) => {
  if (!grid || !cov || !Number.isFinite(thresholdKm) || thresholdKm < 0) return null;
  const out = new Map<string, CommuneCellFigures>();
  for (const f of summarizeCellsByCommune(grid, cov, thresholdKm, line)) out.set(f.insee, f);
  return out;
};
const communeFigures = memoLast(communeFiguresOf);
const communeFiguresWithoutUnknown = memoLast(communeFiguresOf);

/** `selectCommuneCellFigures` with the places of unknown status left out (for the exports). */
export function selectCommuneCellFiguresWithoutUnknown(
  s: AppState,
): ReadonlyMap<string, CommuneCellFigures> | null {
  return communeFiguresWithoutUnknown(
    selectCellGrid(s),
    selectCellCoverageWithoutUnknown(s),
    s.thresholdKm,
    selectLowIncomeLine(s),
  );
}

/** The cell figures of every commune of the grid (scenario applied), by INSEE code. Null until loaded. */
export function selectCommuneCellFigures(s: AppState): ReadonlyMap<string, CommuneCellFigures> | null {
  return communeFigures(selectCellGrid(s), selectCellCoverage(s), s.thresholdKm, selectLowIncomeLine(s));
}

const cellClasses = memoLast(
  (
    grid: CellGrid | null,
    cov: CellCoverage | null,
    thresholdKm: number,
    colouring: AppState['cellColouring'],
    line: number | null,
  ): Int8Array | null => {
    if (!grid || !cov || !Number.isFinite(thresholdKm) || thresholdKm < 0) return null;
    return classifyCells(grid, cov, thresholdKm, colouring === 'low_income' ? line : null);
  },
);

/**
 * The class of every cell (aligned with the grid): its distance class 0–4, or — when only low-income cells are
 * coloured — NOT_LOW_INCOME_CLASS for the others. The map colours exactly these; the legend counts them.
 */
export function selectCellClasses(s: AppState): Int8Array | null {
  return cellClasses(
    selectCellGrid(s),
    selectCellCoverage(s),
    s.thresholdKm,
    s.cellColouring,
    selectLowIncomeLine(s),
  );
}

const cellClassCounts = memoLast(
  (grid: CellGrid | null, classes: Int8Array | null, selection: CellSelection | null) =>
    grid && classes && selection ? summarizeCellClasses(grid, classes, selection) : null,
);

/** Cells and people of the chosen territory in each class of the map's cells (legend). */
export function selectCellClassCounts(s: AppState): CellClassCount[] | null {
  return cellClassCounts(selectCellGrid(s), selectCellClasses(s), selectTerritoryCells(s));
}
