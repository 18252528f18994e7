import { describe, expect, it } from 'vitest';
import { computeCellCoverage } from '../../../src/domain/compute_cell_coverage.ts';
import { computeLowIncomeLine } from '../../../src/domain/compute_low_income_line.ts';
import { type CellTerritory, selectCells } from '../../../src/domain/select_cells.ts';
import { summarizeCells } from '../../../src/domain/summarize_cells.ts';
import type { PlaceFilter } from '../../../src/domain/types.ts';
import { CALL, COMMUNES, haversineKm, MEL } from '../../fixtures/domain/basin.ts';
import { CELL_PLACES, CELLS, centreOf, makeGrid, snapshotGrid } from '../../fixtures/domain/cells.ts';

const MSP: PlaceFilter = { groups: ['msp'], includePlanned: false, includeUnknown: true };
const grid = makeGrid();
const cov = computeCellCoverage(grid, CELL_PLACES, MSP);
const summary = (t: CellTerritory, km: number, line: number | null = null) =>
  summarizeCells(grid, cov, selectCells(grid, COMMUNES, t), km, line);

describe('selectCells', () => {
  it('takes the cells of the perimeter, an EPCI, a commune, the 330 communes or all', () => {
    const names = (t: CellTerritory) => [...selectCells(grid, COMMUNES, t).cells].map((i) => CELLS[i]!.name);
    expect(names({ type: 'perimetre' })).toEqual(['lievin-a', 'lens-a', 'lens-b', 'lens-c']);
    expect(names({ type: 'epci', siren: CALL })).toEqual([
      'lievin-a',
      'lens-a',
      'lens-b',
      'lens-c',
      'lievin-b',
    ]);
    expect(names({ type: 'commune', insee: '62510' })).toEqual(['lievin-a', 'lievin-b']);
    expect(names({ type: 'bassin' })).toEqual(['lievin-a', 'lens-a', 'lens-b', 'lens-c', 'lievin-b']);
    expect(names({ type: 'epci', siren: MEL })).toEqual(['lille-a']);
    expect(names({ type: 'all' })).toHaveLength(6);
    expect(names({ type: 'commune', insee: '99999' })).toEqual([]);
  });

  it("says whether the grid holds all the territory's cells", () => {
    const complete = (t: CellTerritory) => selectCells(grid, COMMUNES, t).complete;
    expect(complete({ type: 'perimetre' })).toBe(true);
    expect(complete({ type: 'epci', siren: CALL })).toBe(true); // its 4 communes are in the table, complete
    expect(complete({ type: 'bassin' })).toBe(false); // Wallers, Condé… of basin.ts are not in the grid
    expect(complete({ type: 'epci', siren: MEL })).toBe(false); // Lille: partial
    expect(complete({ type: 'commune', insee: '99999' })).toBe(false);
    expect(complete({ type: 'all' })).toBe(false);
  });
});

describe('summarizeCells', () => {
  it('counts the people beyond 5 km by hand: only Lille (300 of 560.5)', () => {
    const s = summary({ type: 'all' }, 5);
    expect(s.cells).toBe(6);
    expect(s.population).toBe(80 + 100 + 50.5 + 20 + 10 + 300);
    expect(s.populationBeyond).toBe(300);
    expect(s.shareBeyond).toBeCloseTo(300 / 560.5, 12);
    expect(s.populationImputed).toBe(50.5 + 10);
    expect(s.noPlace).toBe(false);
  });

  it('at 3 km also counts lens-c, 17 cells (3.4 km) from the Lens MSP', () => {
    expect(summary({ type: 'all' }, 3).populationBeyond).toBe(320);
    const p = summary({ type: 'perimetre' }, 3);
    expect([p.population, p.populationBeyond, p.complete]).toEqual([250.5, 20, true]);
  });

  it('gives the figures of an EPCI and of a commune', () => {
    const call = summary({ type: 'epci', siren: CALL }, 3);
    expect([call.cells, call.population, call.populationBeyond]).toEqual([5, 260.5, 20]);
    const lievin = summary({ type: 'commune', insee: '62510' }, 3);
    expect([lievin.cells, lievin.population, lievin.populationBeyond]).toEqual([2, 90, 0]);
  });

  it('weights the mean distance by people, from distances computed independently', () => {
    const d = CELLS.map((c) => {
      const [lon, lat] = centreOf(c);
      const open = CELL_PLACES.filter((p) => p.status === 'open' || p.status === 'unknown');
      return Math.min(...open.map((p) => haversineKm(lon, lat, p.lon, p.lat)));
    });
    const expected = CELLS.reduce((s, c, i) => s + c.population * d[i]!, 0) / 560.5;
    expect(summary({ type: 'all' }, 5).meanDistanceKm).toBeCloseTo(expected, 9);
  });

  it('counts low-income people: the cells at or below the line (lievin-a and lille-a)', () => {
    const line = computeLowIncomeLine(grid);
    expect(line).toBe(11000);
    const s = summary({ type: 'all' }, 5, line);
    expect(s.lowIncome).toEqual({
      line: 11000,
      population: 380,
      populationBeyond: 300,
      shareBeyond: 300 / 380,
    });
    expect(summary({ type: 'perimetre' }, 5, line).lowIncome).toEqual({
      line: 11000,
      population: 80,
      populationBeyond: 0,
      shareBeyond: 0,
    });
    expect(summary({ type: 'all' }, 5).lowIncome).toBeNull();
  });

  it('counts every cell as beyond, with no mean, when no place is counted', () => {
    const none = computeCellCoverage(grid, CELL_PLACES, { ...MSP, groups: ['cs'] });
    const s = summarizeCells(grid, none, selectCells(grid, COMMUNES, { type: 'all' }), 5);
    expect([s.populationBeyond, s.shareBeyond, s.meanDistanceKm, s.noPlace]).toEqual([560.5, 1, null, true]);
  });

  it('rejects a negative or infinite threshold', () => {
    expect(() => summary({ type: 'all' }, -1)).toThrow(RangeError);
    expect(() => summary({ type: 'all' }, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('does not modify its inputs', () => {
    const g = makeGrid();
    const before = snapshotGrid(g);
    const c = computeCellCoverage(g, CELL_PLACES, MSP);
    const distances = [...c.distanceKm];
    const sel = selectCells(g, COMMUNES, { type: 'perimetre' });
    const cells = [...sel.cells];
    summarizeCells(g, c, sel, 5, 11000);
    expect(snapshotGrid(g)).toEqual(before);
    expect([...c.distanceKm]).toEqual(distances);
    expect([...sel.cells]).toEqual(cells);
  });
});
