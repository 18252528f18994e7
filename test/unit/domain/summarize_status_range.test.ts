import { describe, expect, it } from 'vitest';
import { selectCells } from '../../../src/domain/select_cells.ts';
import { summarizeStatusRange, unknownStatusFilters } from '../../../src/domain/summarize_status_range.ts';
import type { PlaceFilter } from '../../../src/domain/types.ts';
import { CALL, COMMUNES } from '../../fixtures/domain/basin.ts';
import { CELL_PLACES, makeGrid, snapshotGrid } from '../../fixtures/domain/cells.ts';

const MSP: PlaceFilter = { groups: ['msp'], includePlanned: false, includeUnknown: true };

describe('unknown-status sensitivity on cells', () => {
  it('makes the two filters: unknown status counted, and left out', () => {
    expect(unknownStatusFilters({ ...MSP, includeUnknown: false })).toEqual({
      counted: { ...MSP, includeUnknown: true },
      notCounted: { ...MSP, includeUnknown: false },
    });
  });

  it('gives the range of people beyond 5 km: 300 with the uncertain MSP, 310 without (lievin-b)', () => {
    const g = makeGrid();
    const r = summarizeStatusRange(
      g,
      CELL_PLACES,
      selectCells(g, COMMUNES, { type: 'all' }),
      5,
      unknownStatusFilters(MSP),
      11000,
    );
    expect(r.counted.populationBeyond).toBe(300);
    expect(r.notCounted.populationBeyond).toBe(310);
    expect(r.populationBeyond).toEqual({ min: 300, max: 310 });
    expect(r.lowIncomeBeyond).toEqual({ min: 300, max: 300 }); // lievin-b (25,000 €) is not low-income
  });

  it('for the CALL: from 0 to 10 people, and no low-income range without a line', () => {
    const g = makeGrid();
    const r = summarizeStatusRange(
      g,
      CELL_PLACES,
      selectCells(g, COMMUNES, { type: 'epci', siren: CALL }),
      5,
      unknownStatusFilters(MSP),
    );
    expect(r.populationBeyond).toEqual({ min: 0, max: 10 });
    expect(r.lowIncomeBeyond).toBeNull();
  });

  it('does not modify its inputs', () => {
    const g = makeGrid();
    const before = snapshotGrid(g);
    const places = structuredClone(CELL_PLACES);
    const filters = unknownStatusFilters(MSP);
    const copy = structuredClone(filters);
    summarizeStatusRange(g, places, selectCells(g, COMMUNES, { type: 'all' }), 5, filters);
    expect(snapshotGrid(g)).toEqual(before);
    expect(places).toEqual(CELL_PLACES);
    expect(filters).toEqual(copy);
  });
});
