import type { Lieu } from '../schema.ts';
import type { CellSummary, StatusRange } from './cell_summary_types.ts';
import type { CellGrid } from './cell_types.ts';
import { computeCellCoverage } from './compute_cell_coverage.ts';
import type { CellSelection } from './select_cells.ts';
import { summarizeCells } from './summarize_cells.ts';
import type { PlaceFilter } from './types.ts';

export type { StatusRange } from './cell_summary_types.ts';

/**
 * The two filters of the unknown-status sensitivity: `filter` with places of unknown status counted as open,
 * and without them (everything else unchanged).
 *
 * @example
 * unknownStatusFilters({ groups: ['msp'], includePlanned: false, includeUnknown: true });
 * // { counted: { …, includeUnknown: true }, notCounted: { …, includeUnknown: false } }
 */
export function unknownStatusFilters(filter: PlaceFilter): { counted: PlaceFilter; notCounted: PlaceFilter } {
  return { counted: { ...filter, includeUnknown: true }, notCounted: { ...filter, includeUnknown: false } };
}

/**
 * How much a cell figure depends on the places whose status is not known: the territory's summary computed
 * with two filters — `filters.counted` (unknown-status places counted as open) and `filters.notCounted`
 * (left out; see `unknownStatusFilters`) — and the range of the population beyond the threshold, for
 * "entre … et … habitants selon les lieux au statut incertain". Two cell recomputes; inputs are not modified.
 *
 * @example
 * const r = summarizeStatusRange(grid, lieux, selection, 5, unknownStatusFilters(filter), line);
 * `entre ${r.populationBeyond.min} et ${r.populationBeyond.max} habitants`;
 */
export function summarizeStatusRange(
  grid: CellGrid,
  lieux: readonly Lieu[],
  selection: CellSelection,
  thresholdKm: number,
  filters: { counted: PlaceFilter; notCounted: PlaceFilter },
  lowIncomeLine: number | null = null,
): StatusRange {
  const summaryWith = (filter: PlaceFilter) =>
    summarizeCells(grid, computeCellCoverage(grid, lieux, filter), selection, thresholdKm, lowIncomeLine);
  return rangeOfStatus(summaryWith(filters.counted), summaryWith(filters.notCounted));
}

/**
 * The range of two summaries of one territory — places of unknown status counted, and left out — when both
 * are already computed (the app keeps the coverage of each, so it does not recompute them here).
 *
 * @example
 * rangeOfStatus(summarizeCells(grid, covWith, sel, 5, line), summarizeCells(grid, covWithout, sel, 5, line));
 */
export function rangeOfStatus(counted: CellSummary, notCounted: CellSummary): StatusRange {
  const range = (a: number, b: number) => ({ min: Math.min(a, b), max: Math.max(a, b) });
  return {
    counted,
    notCounted,
    populationBeyond: range(counted.populationBeyond, notCounted.populationBeyond),
    lowIncomeBeyond:
      counted.lowIncome === null || notCounted.lowIncome === null
        ? null
        : range(counted.lowIncome.populationBeyond, notCounted.lowIncome.populationBeyond),
  };
}
