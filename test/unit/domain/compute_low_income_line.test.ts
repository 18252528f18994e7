import { describe, expect, it } from 'vitest';
import { computeLowIncomeLine, LOW_INCOME_FRACTION } from '../../../src/domain/compute_low_income_line.ts';
import { makeGrid, snapshotGrid } from '../../fixtures/domain/cells.ts';

// Perimeter cells of the fixture, by mean standard of living: lievin-a 80 people at 11,000 €, lens-a 100 at
// 12,000 €, lens-b 50.5 at 15,000 €, lens-c 20 at 30,000 € — 250.5 people. lievin-b and lille-a (10,500 €, the
// poorest cell) are outside the perimeter and do not count.
describe('computeLowIncomeLine', () => {
  it('is the value below which the poorest fifth of the perimeter lives (by hand: 11,000 €)', () => {
    expect(LOW_INCOME_FRACTION).toBe(0.2);
    // 20 % of 250.5 = 50.1 people; lievin-a alone holds 80
    expect(computeLowIncomeLine(makeGrid())).toBe(11000);
  });

  it('moves up the cells as the fraction grows', () => {
    const g = makeGrid();
    expect(computeLowIncomeLine(g, 0.5)).toBe(12000); // 125.25 people: 80 + 100
    expect(computeLowIncomeLine(g, 0.75)).toBe(15000); // 187.875: 80 + 100 + 50.5
    expect(computeLowIncomeLine(g, 1)).toBe(30000);
  });

  it('ignores cells outside the perimeter, and is null without a perimeter cell', () => {
    const g = makeGrid();
    const outside = { ...g, inPerimeter: new Uint8Array(g.count) };
    expect(computeLowIncomeLine(outside)).toBeNull();
  });

  it('does not depend on the order of the cells, with a brute force over every candidate value', () => {
    const g = makeGrid();
    for (const f of [0.1, 0.2, 0.33, 0.6, 0.9]) {
      // brute force: the smallest candidate value v whose cells at or below it hold ≥ f of the people
      const cells = [0, 1, 2, 3];
      const total = cells.reduce((s, i) => s + g.population[i]!, 0);
      const candidates = cells.map((i) => g.livingStandard[i]!).sort((a, b) => a - b);
      const expected = candidates.find(
        (v) =>
          cells.filter((i) => g.livingStandard[i]! <= v).reduce((s, i) => s + g.population[i]!, 0) >=
          f * total,
      );
      expect(computeLowIncomeLine(g, f), `fraction ${f}`).toBe(expected);
    }
  });

  it('rejects a fraction outside ]0, 1] and does not modify the grid', () => {
    const g = makeGrid();
    const before = snapshotGrid(g);
    expect(() => computeLowIncomeLine(g, 0)).toThrow(RangeError);
    expect(() => computeLowIncomeLine(g, 1.5)).toThrow(RangeError);
    computeLowIncomeLine(g);
    expect(snapshotGrid(g)).toEqual(before);
  });
});
