import type { CellCoverage, CellGrid } from './cell_types.ts';
import { classifyDistance } from './classify_distance.ts';

/** The class given to a cell that is not low-income when only low-income cells are coloured (drawn greyed). */
export const NOT_LOW_INCOME_CLASS = 5;

/**
 * The class of every cell, for the map and its legend: its distance class (0–4, as `classifyDistance`: ≤ ½
 * threshold, ≤ threshold, ≤ 2 × threshold, farther, no place at all), measured from the cell centre. When
 * `lowIncomeLine` is given, only the cells whose mean standard of living is at or below it keep their distance
 * class; the others get NOT_LOW_INCOME_CLASS. One pass, one Int8Array aligned with the grid; inputs are not
 * modified.
 *
 * @throws RangeError when `thresholdKm` is negative or not finite
 * @example
 * const classes = classifyCells(grid, cov, 5);            // by distance
 * const poorOnly = classifyCells(grid, cov, 5, 17_230);   // low-income cells by distance, the others 5
 */
export function classifyCells(
  grid: CellGrid,
  coverage: CellCoverage,
  thresholdKm: number,
  lowIncomeLine: number | null = null,
): Int8Array {
  if (!Number.isFinite(thresholdKm) || thresholdKm < 0) {
    throw new RangeError(`thresholdKm must be a finite number ≥ 0, got ${thresholdKm}`);
  }
  const out = new Int8Array(grid.count);
  const distance = coverage.distanceKm;
  for (let i = 0; i < grid.count; i++) {
    if (lowIncomeLine !== null && grid.livingStandard[i]! > lowIncomeLine) {
      out[i] = NOT_LOW_INCOME_CLASS;
      continue;
    }
    const d = distance[i]!;
    out[i] = classifyDistance(d === Number.POSITIVE_INFINITY ? null : d, thresholdKm);
  }
  return out;
}
