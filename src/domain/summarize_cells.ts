import type { CellSummary } from './cell_summary_types.ts';
import type { CellCoverage, CellGrid } from './cell_types.ts';
import type { CellSelection } from './select_cells.ts';

export type { CellSummary, LowIncomeFigures } from './cell_summary_types.ts';

/**
 * Figures of a territory on the population grid at one distance threshold: its people, those whose cell
 * centre is strictly farther than `thresholdKm` from the nearest counted place (cells without any place count
 * as beyond), their share, the population-weighted mean distance, the people of imputed cells, and — when a
 * low-income line is given (`computeLowIncomeLine`) — the same for people of cells at or below the line.
 *
 * `selection` comes from `selectCells` (compute it once per territory; this function is one pass over the
 * selected cells, no allocation per cell, so it can follow every recompute of a scenario). Inputs are not
 * modified. Figures are INSEE Filosofi people (fiscal households in ordinary dwellings), so they are a little
 * below the legal populations that the commune-point method uses: compare shares, or say which is which.
 *
 * @throws RangeError when `thresholdKm` is negative or not finite
 * @example
 * const perimeter = selectCells(grid, communes, { type: 'perimetre' });
 * const cov = computeCellCoverage(grid, lieux, filter);
 * const s = summarizeCells(grid, cov, perimeter, 5, computeLowIncomeLine(grid));
 * `${Math.round(s.shareBeyond * 100)} % des habitants à plus de 5 km (carreaux de 200 m)`;
 */
export function summarizeCells(
  grid: CellGrid,
  coverage: CellCoverage,
  selection: CellSelection,
  thresholdKm: number,
  lowIncomeLine: number | null = null,
): CellSummary {
  if (!Number.isFinite(thresholdKm) || thresholdKm < 0) {
    throw new RangeError(`thresholdKm must be a finite number ≥ 0, got ${thresholdKm}`);
  }
  const { population, livingStandard, imputed } = grid;
  const distance = coverage.distanceKm;
  const cells = selection.cells;
  const line = lowIncomeLine ?? Number.NEGATIVE_INFINITY;
  let people = 0;
  let beyond = 0;
  let imputedPeople = 0;
  let weighted = 0;
  let weights = 0;
  let poor = 0;
  let poorBeyond = 0;
  for (let k = 0; k < cells.length; k++) {
    const i = cells[k]!;
    const p = population[i]!;
    const d = distance[i]!;
    const far = d > thresholdKm;
    const low = livingStandard[i]! <= line;
    people += p;
    if (far) beyond += p;
    if (imputed[i] === 1) imputedPeople += p;
    if (d !== Number.POSITIVE_INFINITY) {
      weighted += d * p;
      weights += p;
    }
    if (low) {
      poor += p;
      if (far) poorBeyond += p;
    }
  }
  return {
    cells: cells.length,
    population: people,
    populationBeyond: beyond,
    shareBeyond: people > 0 ? beyond / people : 0,
    populationImputed: imputedPeople,
    meanDistanceKm: weights > 0 ? weighted / weights : null,
    lowIncome:
      lowIncomeLine === null
        ? null
        : {
            line: lowIncomeLine,
            population: poor,
            populationBeyond: poorBeyond,
            shareBeyond: poor > 0 ? poorBeyond / poor : 0,
          },
    complete: selection.complete,
    noPlace: grid.count > 0 && coverage.nearest[0] === -1,
  };
}
