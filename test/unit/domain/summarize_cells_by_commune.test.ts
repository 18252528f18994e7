import { describe, expect, it } from 'vitest';
import { computeCellCoverage } from '../../../src/domain/compute_cell_coverage.ts';
import { summarizeCellsByCommune } from '../../../src/domain/summarize_cells_by_commune.ts';
import type { PlaceFilter } from '../../../src/domain/types.ts';
import { CELL_PLACES, makeGrid, snapshotGrid } from '../../fixtures/domain/cells.ts';

const MSP: PlaceFilter = { groups: ['msp'], includePlanned: false, includeUnknown: true };

describe('summarizeCellsByCommune', () => {
  it('gives each commune of the grid its people, beyond, imputed and low-income figures (by hand)', () => {
    const g = makeGrid();
    const rows = summarizeCellsByCommune(g, computeCellCoverage(g, CELL_PLACES, MSP), 5, 11000);
    expect(rows).toEqual([
      {
        insee: '62498',
        cells: 3,
        population: 170.5,
        populationBeyond: 0,
        populationImputed: 50.5,
        lowIncomePopulation: 0,
        lowIncomeBeyond: 0,
        complete: true,
      },
      {
        insee: '62510',
        cells: 2,
        population: 90,
        populationBeyond: 0,
        populationImputed: 10,
        lowIncomePopulation: 80,
        lowIncomeBeyond: 0,
        complete: true,
      },
      {
        insee: '59350',
        cells: 1,
        population: 300,
        populationBeyond: 300,
        populationImputed: 0,
        lowIncomePopulation: 300,
        lowIncomeBeyond: 300,
        complete: false,
      },
      {
        insee: '62291',
        cells: 0,
        population: 0,
        populationBeyond: 0,
        populationImputed: 0,
        lowIncomePopulation: 0,
        lowIncomeBeyond: 0,
        complete: true,
      },
      {
        insee: '62882',
        cells: 0,
        population: 0,
        populationBeyond: 0,
        populationImputed: 0,
        lowIncomePopulation: 0,
        lowIncomeBeyond: 0,
        complete: true,
      },
    ]);
  });

  it('moves lievin-b (10 people) beyond 5 km when the place of unknown status is left out', () => {
    const g = makeGrid();
    const rows = summarizeCellsByCommune(
      g,
      computeCellCoverage(g, CELL_PLACES, { ...MSP, includeUnknown: false }),
      5,
    );
    expect(rows.find((r) => r.insee === '62510')?.populationBeyond).toBe(10);
    expect(rows.every((r) => r.lowIncomePopulation === 0)).toBe(true); // no line given
  });

  it('adds up to the grid total and does not modify its inputs', () => {
    const g = makeGrid();
    const before = snapshotGrid(g);
    const rows = summarizeCellsByCommune(g, computeCellCoverage(g, CELL_PLACES, MSP), 3);
    expect(rows.reduce((s, r) => s + r.population, 0)).toBe(560.5);
    expect(rows.reduce((s, r) => s + r.populationBeyond, 0)).toBe(320);
    expect(snapshotGrid(g)).toEqual(before);
    expect(() => summarizeCellsByCommune(g, computeCellCoverage(g, CELL_PLACES, MSP), Number.NaN)).toThrow(
      RangeError,
    );
  });
});
