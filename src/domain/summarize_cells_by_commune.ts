import type { CommuneCellFigures } from './cell_summary_types.ts';
import type { CellCoverage, CellGrid } from './cell_types.ts';

export type { CommuneCellFigures } from './cell_summary_types.ts';

/**
 * Cell figures of every commune of the grid's table (`grid.communes`, same order), so that each commune's
 * "where people live" figure can be shown beside its commune-point figure (`computeCoverage`): the difference
 * between the two methods is itself informative. A cell counts in the commune containing its centre; "beyond"
 * means strictly farther than `thresholdKm` (or no place). One pass over the cells; inputs are not modified.
 *
 * @throws RangeError when `thresholdKm` is negative or not finite
 * @example
 * const byCommune = summarizeCellsByCommune(grid, cov, 5, line);
 * const lens = byCommune.find((c) => c.insee === '62498');
 * lens.populationBeyond; // people of Lens living more than 5 km from the nearest counted place
 */
export function summarizeCellsByCommune(
  grid: CellGrid,
  coverage: CellCoverage,
  thresholdKm: number,
  lowIncomeLine: number | null = null,
): CommuneCellFigures[] {
  if (!Number.isFinite(thresholdKm) || thresholdKm < 0) {
    throw new RangeError(`thresholdKm must be a finite number ≥ 0, got ${thresholdKm}`);
  }
  const out: CommuneCellFigures[] = grid.communes.map((insee, k) => ({
    insee,
    cells: 0,
    population: 0,
    populationBeyond: 0,
    populationImputed: 0,
    lowIncomePopulation: 0,
    lowIncomeBeyond: 0,
    complete: grid.communeComplete[k] === 1,
  }));
  const line = lowIncomeLine ?? Number.NEGATIVE_INFINITY;
  for (let i = 0; i < grid.count; i++) {
    const f = out[grid.commune[i]!];
    if (f === undefined) continue;
    const p = grid.population[i]!;
    const far = coverage.distanceKm[i]! > thresholdKm;
    f.cells += 1;
    f.population += p;
    if (far) f.populationBeyond += p;
    if (grid.imputed[i] === 1) f.populationImputed += p;
    if (grid.livingStandard[i]! <= line) {
      f.lowIncomePopulation += p;
      if (far) f.lowIncomeBeyond += p;
    }
  }
  return out;
}
