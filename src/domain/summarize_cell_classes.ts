import type { CellGrid } from './cell_types.ts';
import { NOT_LOW_INCOME_CLASS } from './classify_cells.ts';
import type { CellSelection } from './select_cells.ts';

/** Cells and people of one class of `classifyCells`. */
export interface CellClassCount {
  cells: number;
  population: number;
}

/**
 * How many cells of a territory, and how many people, fall in each class of `classifyCells` (0–4 by distance,
 * NOT_LOW_INCOME_CLASS for the cells left grey when only low-income ones are coloured): an array indexed by class,
 * of length NOT_LOW_INCOME_CLASS + 1. One pass over the selected cells; inputs are not modified.
 *
 * @example
 * const counts = summarizeCellClasses(grid, classifyCells(grid, cov, 5), selectCells(grid, communes, territory));
 * counts[3].population; // people of the territory living more than twice the threshold from a counted place
 */
export function summarizeCellClasses(
  grid: CellGrid,
  classes: Int8Array,
  selection: CellSelection,
): CellClassCount[] {
  const out = Array.from({ length: NOT_LOW_INCOME_CLASS + 1 }, () => ({ cells: 0, population: 0 }));
  const cells = selection.cells;
  for (let k = 0; k < cells.length; k++) {
    const i = cells[k]!;
    const c = out[classes[i]!];
    if (c === undefined) continue;
    c.cells += 1;
    c.population += grid.population[i]!;
  }
  return out;
}
