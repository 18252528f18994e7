import { describe, expect, it } from 'vitest';
import { roundedSquareDistance, squareSdfImage } from '../../../src/map/square_icon.ts';

describe('the hospitals’ square marker', () => {
  it('distance to a rounded square: negative inside, zero on the sides, positive outside (by hand)', () => {
    expect(roundedSquareDistance(0, 0, 10, 2)).toBe(-10);
    expect(roundedSquareDistance(10, 0, 10, 2)).toBe(0);
    expect(roundedSquareDistance(13, 0, 10, 2)).toBe(3);
    // corner: the arc of radius 2 centred at (8, 8)
    expect(roundedSquareDistance(11, 12, 10, 2)).toBeCloseTo(5 - 2, 9);
  });

  it('is an SDF image: opaque in the middle, the edge at 0.75, empty in the corners, symmetric', () => {
    const img = squareSdfImage(48, 15, 3);
    expect([img.width, img.height, img.data.length]).toEqual([48, 48, 48 * 48 * 4]);
    const alpha = (i: number, j: number) => img.data[(j * 48 + i) * 4 + 3] ?? -1;
    expect(alpha(24, 24)).toBe(255);
    expect(alpha(0, 0)).toBe(0);
    // pixel centre at x = 38.5 - 24 = 14.5 → 0.5 px inside the side at 15: 0.75 + 0.5/8
    expect(alpha(38, 24)).toBe(Math.round((0.75 + 0.5 / 8) * 255));
    for (let j = 0; j < 48; j += 7)
      for (let i = 0; i < 48; i += 5) {
        expect(alpha(i, j)).toBe(alpha(47 - i, j));
        expect(alpha(i, j)).toBe(alpha(i, 47 - j));
      }
  });
});
