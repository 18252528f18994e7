import type { CitePopulation } from './cell_summary_types.ts';
import type { CellCoverage, CellGrid } from './cell_types.ts';

export type { CitePopulation } from './cell_summary_types.ts';

/**
 * Estimated inhabitants of every cité of the grid's links (`grid.cites`, same order): for each 200 m cell the
 * cité covers, the cell's people times the share of the cell's square inside the cité polygon (people are taken
 * as spread evenly over a cell), summed. With `beyond`, also the part of them whose cell centre is strictly
 * farther than the threshold from the nearest counted place — so cités can be ranked by "people far from care".
 *
 * An estimate for areas: a cell of fewer than 11 households has INSEE-estimated values, and a cité that covers
 * a sliver of a dense cell gets a share of people who may live outside it. Inputs are not modified.
 *
 * @throws RangeError when `beyond.thresholdKm` is negative or not finite
 * @example
 * const cites = estimateCitePopulation(grid, { coverage: cov, thresholdKm: 5 });
 * cites.filter((c) => (c.populationBeyond ?? 0) > 0).sort((a, b) => b.populationBeyond! - a.populationBeyond!);
 */
export function estimateCitePopulation(
  grid: CellGrid,
  beyond: { coverage: CellCoverage; thresholdKm: number } | null = null,
): CitePopulation[] {
  if (beyond !== null && (!Number.isFinite(beyond.thresholdKm) || beyond.thresholdKm < 0)) {
    throw new RangeError(`thresholdKm must be a finite number ≥ 0, got ${beyond.thresholdKm}`);
  }
  const { ids, start, cell, weight } = grid.cites;
  return ids.map((id, k) => {
    let population = 0;
    let far = 0;
    const from = start[k]!;
    const to = start[k + 1]!;
    for (let j = from; j < to; j++) {
      const i = cell[j]!;
      const people = weight[j]! * grid.population[i]!;
      population += people;
      if (beyond !== null && beyond.coverage.distanceKm[i]! > beyond.thresholdKm) far += people;
    }
    return { id, population, populationBeyond: beyond === null ? null : far, cells: to - from };
  });
}
