/**
 * Result types of the figures computed on the population grid (`summarizeCells`, `summarizeCellsByCommune`,
 * `estimateCitePopulation`, `compareCellSummaries`, `summarizeStatusRange`). No runtime code here.
 * Populations are INSEE Filosofi counts of people (halves possible), not the communes' legal populations.
 */

/** People in low-income cells (mean standard of living at or below the basin's low-income line). */
export interface LowIncomeFigures {
  /** the line used, € per person and year (see `computeLowIncomeLine`) */
  line: number;
  population: number;
  /** low-income people whose cell centre is strictly beyond the threshold (or has no place at all) */
  populationBeyond: number;
  /** populationBeyond / population, 0..1; 0 when population is 0 */
  shareBeyond: number;
}

/** Figures on cells for one territory and one threshold ("where people live" method). */
export interface CellSummary {
  /** number of inhabited cells */
  cells: number;
  population: number;
  /** people whose cell centre is strictly farther than the threshold from the nearest counted place (or has none) */
  populationBeyond: number;
  /** populationBeyond / population, 0..1; 0 when population is 0 */
  shareBeyond: number;
  /** people in cells whose values INSEE estimated (fewer than 11 households): figures are for areas, not cells */
  populationImputed: number;
  /** population-weighted mean distance (km) over cells that have a place; null when none has */
  meanDistanceKm: number | null;
  /** null when no low-income line was given */
  lowIncome: LowIncomeFigures | null;
  /** the grid holds every inhabited cell of the territory (see `selectCells`) */
  complete: boolean;
  /** true when no care place is counted at all */
  noPlace: boolean;
}

/** Cell figures of one commune of the grid, to show beside its commune-point figure. */
export interface CommuneCellFigures {
  insee: string;
  cells: number;
  population: number;
  populationBeyond: number;
  populationImputed: number;
  /** people in low-income cells, and those of them beyond the threshold (0 when no line was given) */
  lowIncomePopulation: number;
  lowIncomeBeyond: number;
  /** false when the grid holds only the commune's cells inside the perimeter */
  complete: boolean;
}

/** Estimated inhabitants of a cité, from the cells it covers. */
export interface CitePopulation {
  id: string;
  /** Σ weight × people of the linked cells (area share, people spread evenly in each cell) */
  population: number;
  /** the part of them whose cell centre is strictly beyond the threshold; null when no coverage was given */
  populationBeyond: number | null;
  /** number of cells the cité covers */
  cells: number;
}

/** Differences `after − before` between two cell summaries of the same territory and threshold. */
export interface CellSummaryDelta {
  populationBeyond: number;
  shareBeyond: number;
  /** null when either summary has no low-income figures */
  lowIncomeBeyond: number | null;
  /** null when either mean is null */
  meanDistanceKm: number | null;
}

/** A figure computed twice: places of unknown status counted as open, and left out. */
export interface StatusRange {
  /** unknown-status places counted (the app's default) */
  counted: CellSummary;
  /** unknown-status places left out */
  notCounted: CellSummary;
  /** smallest and largest population beyond the threshold of the two ("entre … et … habitants") */
  populationBeyond: { min: number; max: number };
  /** the same for low-income people; null without a low-income line */
  lowIncomeBeyond: { min: number; max: number } | null;
}
