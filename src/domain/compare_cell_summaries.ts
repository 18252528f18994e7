import type { CellSummary, CellSummaryDelta } from './cell_summary_types.ts';

export type { CellSummaryDelta } from './cell_summary_types.ts';

/**
 * Differences `after − before` between two cell summaries of the same territory and threshold — typically
 * without and with a "what if" scenario (`applyScenario`, then `computeCellCoverage` on both place lists): a
 * negative `populationBeyond` means that many fewer people beyond the threshold.
 *
 * @example
 * const before = summarizeCells(grid, computeCellCoverage(grid, lieux, f), sel, 5, line);
 * const after = summarizeCells(grid, computeCellCoverage(grid, applyScenario(lieux, scenario), f), sel, 5, line);
 * compareCellSummaries(before, after); // { populationBeyond: -1834, shareBeyond: -0.021, lowIncomeBeyond: -512, … }
 */
export function compareCellSummaries(before: CellSummary, after: CellSummary): CellSummaryDelta {
  return {
    populationBeyond: after.populationBeyond - before.populationBeyond,
    shareBeyond: after.shareBeyond - before.shareBeyond,
    lowIncomeBeyond:
      before.lowIncome === null || after.lowIncome === null
        ? null
        : after.lowIncome.populationBeyond - before.lowIncome.populationBeyond,
    meanDistanceKm:
      before.meanDistanceKm === null || after.meanDistanceKm === null
        ? null
        : after.meanDistanceKm - before.meanDistanceKm,
  };
}
