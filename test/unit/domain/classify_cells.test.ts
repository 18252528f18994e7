/**
 * Classes of the cells of the hand-made grid (test/fixtures/domain/cells.ts), from distances set by hand:
 * classes are 0 (≤ ½ threshold), 1 (≤ threshold), 2 (≤ 2 × threshold), 3 (farther), 4 (no place), and 5 for the
 * cells that are not low-income when only those are coloured.
 */
import { describe, expect, it } from 'vitest';
import { classifyCells, NOT_LOW_INCOME_CLASS } from '../../../src/domain/classify_cells.ts';
import { selectCells } from '../../../src/domain/select_cells.ts';
import { summarizeCellClasses } from '../../../src/domain/summarize_cell_classes.ts';
import { COMMUNES } from '../../fixtures/domain/basin.ts';
import { makeGrid, snapshotGrid } from '../../fixtures/domain/cells.ts';

const grid = makeGrid();
/** lievin-a, lens-a, lens-b, lens-c, lievin-b, lille-a */
const coverage = {
  distanceKm: Float64Array.from([0, 2.5, 2.6, 5, 10.01, Number.POSITIVE_INFINITY]),
  nearest: Int32Array.from([0, 0, 0, 0, 0, -1]),
};

describe('classifyCells', () => {
  it('gives each cell its distance class (5 km: bounds 2.5, 5, 10 km, each included)', () => {
    expect([...classifyCells(grid, coverage, 5)]).toEqual([0, 0, 1, 1, 3, 4]);
  });

  it('greys the cells above the low-income line (12,000 €: lievin-a, lens-a, lille-a stay)', () => {
    const g = NOT_LOW_INCOME_CLASS;
    expect([...classifyCells(grid, coverage, 5, 12000)]).toEqual([0, 0, g, g, g, 4]);
  });

  it('refuses a negative threshold and modifies nothing', () => {
    const before = snapshotGrid(grid);
    expect(() => classifyCells(grid, coverage, -1)).toThrow(RangeError);
    classifyCells(grid, coverage, 5, 12000);
    expect(snapshotGrid(grid)).toEqual(before);
  });
});

describe('summarizeCellClasses', () => {
  it('counts cells and people per class in a territory (the perimeter: 250.5 people)', () => {
    const counts = summarizeCellClasses(
      grid,
      classifyCells(grid, coverage, 5),
      selectCells(grid, COMMUNES, { type: 'perimetre' }),
    );
    expect(counts).toEqual([
      { cells: 2, population: 180 },
      { cells: 2, population: 70.5 },
      { cells: 0, population: 0 },
      { cells: 0, population: 0 },
      { cells: 0, population: 0 },
      { cells: 0, population: 0 },
    ]);
  });
});
