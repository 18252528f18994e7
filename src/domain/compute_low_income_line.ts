import type { CellGrid } from './cell_types.ts';

/** The low-income line is the standard of living below which the poorest fifth of the perimeter lives. */
export const LOW_INCOME_FRACTION = 0.2;

/**
 * The basin's low-income line: the population-weighted `fraction` quantile (by default the 20th percentile) of
 * the cells' mean standard of living per person, over the cells whose centre lies in the drawn bassin-minier
 * perimeter. It is the smallest cell value v such that the perimeter's cells with a mean standard of living ≤ v
 * hold at least `fraction` of its inhabitants; "low-income cells" are the cells (anywhere) at or below it.
 *
 * It ranks areas, not people: a cell's mean hides the spread of incomes inside it, and the values of cells with
 * fewer than 11 households are estimated by INSEE (`imputed`). Returns null when the grid has no perimeter cell
 * or no inhabitant there. The grid is not modified.
 *
 * @throws RangeError when `fraction` is not in ]0, 1]
 * @example
 * const line = computeLowIncomeLine(grid);          // € per person and year
 * const poor = grid.livingStandard[i] <= line;     // is cell i among the basin's lowest fifth?
 */
export function computeLowIncomeLine(grid: CellGrid, fraction = LOW_INCOME_FRACTION): number | null {
  if (!(fraction > 0 && fraction <= 1)) throw new RangeError(`fraction must be in ]0, 1], got ${fraction}`);
  const cells: number[] = [];
  let total = 0;
  for (let i = 0; i < grid.count; i++) {
    if (grid.inPerimeter[i] !== 1) continue;
    cells.push(i);
    total += grid.population[i]!;
  }
  if (total <= 0) return null;
  cells.sort((a, b) => grid.livingStandard[a]! - grid.livingStandard[b]!);
  const target = fraction * total;
  let cumulated = 0;
  for (const i of cells) {
    cumulated += grid.population[i]!;
    if (cumulated >= target) return grid.livingStandard[i]!;
  }
  return grid.livingStandard[cells[cells.length - 1]!]!;
}
