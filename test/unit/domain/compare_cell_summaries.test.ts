import { describe, expect, it } from 'vitest';
import { applyScenario } from '../../../src/domain/apply_scenario.ts';
import { compareCellSummaries } from '../../../src/domain/compare_cell_summaries.ts';
import { computeCellCoverage } from '../../../src/domain/compute_cell_coverage.ts';
import { selectCells } from '../../../src/domain/select_cells.ts';
import { summarizeCells } from '../../../src/domain/summarize_cells.ts';
import type { PlaceFilter, Scenario } from '../../../src/domain/types.ts';
import type { Lieu } from '../../../src/schema.ts';
import { COMMUNES } from '../../fixtures/domain/basin.ts';
import { CELL_PLACES, CELLS, centreOf, makeGrid } from '../../fixtures/domain/cells.ts';

const MSP: PlaceFilter = { groups: ['msp'], includePlanned: false, includeUnknown: true };
const grid = makeGrid();
const all = selectCells(grid, COMMUNES, { type: 'all' });
const summaryWith = (lieux: readonly Lieu[], km: number) =>
  summarizeCells(grid, computeCellCoverage(grid, lieux, MSP), all, km, 11000);
const [lilleLon, lilleLat] = centreOf(CELLS[5]!);

describe('compareCellSummaries (scenario delta on cells)', () => {
  it('a hypothetical centre in the Lille cell brings its 300 people (all low-income) within 5 km', () => {
    const scenario: Scenario = {
      added: [{ id: '1', lon: lilleLon, lat: lilleLat, kind: 'msp', nom: 'Centre hypothétique n° 1' }],
      closed: [],
    };
    const before = summaryWith(CELL_PLACES, 5);
    const after = summaryWith(applyScenario(CELL_PLACES, scenario), 5);
    const delta = compareCellSummaries(before, after);
    expect(delta.populationBeyond).toBe(-300);
    expect(delta.lowIncomeBeyond).toBe(-300);
    expect(delta.shareBeyond).toBeCloseTo(-300 / 560.5, 12);
    expect(delta.meanDistanceKm).toBeLessThan(-30); // 300 of 560.5 people lose ≈ 61.8 km
  });

  it('closing the Lens MSP sends lens-c (8 km from Liévin) beyond 5 km: +20', () => {
    const closed = applyScenario(CELL_PLACES, { added: [], closed: ['p-lens'] });
    const delta = compareCellSummaries(summaryWith(CELL_PLACES, 5), summaryWith(closed, 5));
    // lens-a 4.6 km and lens-b 4.8 km from the Liévin MSP stay within 5 km
    expect(delta.populationBeyond).toBe(20);
    expect(delta.lowIncomeBeyond).toBe(0);
  });

  it('has no low-income or mean delta when a summary lacks them', () => {
    const a = summarizeCells(grid, computeCellCoverage(grid, CELL_PLACES, MSP), all, 5);
    const none = summarizeCells(grid, computeCellCoverage(grid, [], MSP), all, 5);
    const d = compareCellSummaries(a, none);
    expect(d.lowIncomeBeyond).toBeNull();
    expect(d.meanDistanceKm).toBeNull();
    expect(d.populationBeyond).toBe(560.5 - 300);
  });
});
