import { describe, expect, test } from 'vitest';
import { layoutPrintMap } from '../../../src/domain/layout_print_map.ts';

// Two communes 0.1° apart in longitude and latitude around 50° N, no margin, a 600 × 420 box. By hand:
// k = cos(50.05°) = 0.642119; horizontal scale 600 / (0.1 × k) = 9344.1, vertical 420 / 0.1 = 4200 → 4200
// (the smaller). A (3.0, 50.0) is at x = 0, y = 0.1 × 4200 = 420; B (3.1, 50.1) at x = 0.1 × k × 4200 =
// 269.69, y = 0. Radii 2 + 10 × √(pop / 400): A (100) 7, B (400) 12. A centre at (3.05, 50.05): x = 134.84,
// y = 210.
const A = { insee: '59001', lon: 3.0, lat: 50.0, population: 100, classe: 0 };
const B = { insee: '59002', lon: 3.1, lat: 50.1, population: 400, classe: 3 };
const BOX = { width: 600, height: 420, padDeg: 0 };

describe('layoutPrintMap', () => {
  test('places the communes and the centres in the box, sized by population', () => {
    const layout = layoutPrintMap([A, B], [{ id: 'scenario-1', lon: 3.05, lat: 50.05 }], BOX);
    expect(layout?.dots.map((d) => d.insee)).toEqual(['59001', '59002']);
    const [a, b] = layout?.dots ?? [];
    expect(a?.x).toBeCloseTo(0, 6);
    expect(a?.y).toBeCloseTo(420, 6);
    expect(a?.r).toBeCloseTo(7, 6);
    expect(a?.classe).toBe(0);
    expect(b?.x).toBeCloseTo(269.69, 1);
    expect(b?.y).toBeCloseTo(0, 6);
    expect(b?.r).toBeCloseTo(12, 6);
    expect(b?.classe).toBe(3);
    expect(layout?.squares).toHaveLength(1);
    expect(layout?.squares[0]?.x).toBeCloseTo(134.84, 1);
    expect(layout?.squares[0]?.y).toBeCloseTo(210, 6);
  });

  test('a margin in degrees moves everything inside the box', () => {
    const layout = layoutPrintMap([A, B], [], { ...BOX, padDeg: 0.05 });
    // vertical extent 0.2° over 420 units: scale 2100; A at y = (50.15 - 50.0) × 2100 = 315
    expect(layout?.dots[0]?.y).toBeCloseTo(315, 6);
    expect(layout?.dots[1]?.y).toBeCloseTo(105, 6);
  });

  test('no commune, no map', () => {
    expect(layoutPrintMap([], [{ id: 'scenario-1', lon: 3, lat: 50 }], BOX)).toBeNull();
  });
});
