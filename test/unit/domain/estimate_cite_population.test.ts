import { describe, expect, it } from 'vitest';
import { computeCellCoverage } from '../../../src/domain/compute_cell_coverage.ts';
import { estimateCitePopulation } from '../../../src/domain/estimate_cite_population.ts';
import type { PlaceFilter } from '../../../src/domain/types.ts';
import { CELL_PLACES, makeGrid, snapshotGrid } from '../../fixtures/domain/cells.ts';

const MSP: PlaceFilter = { groups: ['msp'], includePlanned: false, includeUnknown: true };

// cite-x covers a quarter of lens-a (100 people) and all of lens-c (20, 3.4 km from the Lens MSP);
// cite-y half of lievin-b (10, at the place of unknown status; 10 km from the next one); cite-z no cell.
describe('estimateCitePopulation', () => {
  it('sums weight × people over the cells a cité covers', () => {
    expect(estimateCitePopulation(makeGrid())).toEqual([
      { id: 'cite-x', population: 45, populationBeyond: null, cells: 2 },
      { id: 'cite-y', population: 5, populationBeyond: null, cells: 1 },
      { id: 'cite-z', population: 0, populationBeyond: null, cells: 0 },
    ]);
  });

  it('counts the people of a cité whose cell is beyond the threshold', () => {
    const g = makeGrid();
    const cov = computeCellCoverage(g, CELL_PLACES, MSP);
    expect(
      estimateCitePopulation(g, { coverage: cov, thresholdKm: 3 }).map((c) => c.populationBeyond),
    ).toEqual([20, 0, 0]);
    expect(
      estimateCitePopulation(g, { coverage: cov, thresholdKm: 5 }).map((c) => c.populationBeyond),
    ).toEqual([0, 0, 0]);
    const sure = computeCellCoverage(g, CELL_PLACES, { ...MSP, includeUnknown: false });
    expect(estimateCitePopulation(g, { coverage: sure, thresholdKm: 5 })[1]?.populationBeyond).toBe(5);
  });

  it('does not modify its inputs and rejects a bad threshold', () => {
    const g = makeGrid();
    const before = snapshotGrid(g);
    const cov = computeCellCoverage(g, CELL_PLACES, MSP);
    estimateCitePopulation(g, { coverage: cov, thresholdKm: 5 });
    expect(snapshotGrid(g)).toEqual(before);
    expect(() => estimateCitePopulation(g, { coverage: cov, thresholdKm: -2 })).toThrow(RangeError);
  });
});
