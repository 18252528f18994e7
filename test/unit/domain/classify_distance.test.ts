import { describe, expect, test } from 'vitest';
import { classifyDistance, isBeyond } from '../../../src/domain/classify_distance.ts';

describe('classifyDistance', () => {
  test.each([
    [0, 5, 0],
    [2.5, 5, 0], // exactly half the threshold: nearest class
    [2.51, 5, 1],
    [5, 5, 1], // exactly the threshold: within reach
    [5.01, 5, 2],
    [10, 5, 2],
    [10.01, 5, 3],
    [null, 5, 4],
    [0, 0, 0],
    [0.1, 0, 3],
  ] as const)('%s km at a threshold of %s km is class %s', (d, t, expected) => {
    expect(classifyDistance(d, t)).toBe(expected);
  });

  test('classes 2 to 4 are exactly the distances beyond the threshold', () => {
    for (const d of [null, 0, 1, 2.5, 3, 5, 5.5, 9, 10, 11, 40])
      expect(classifyDistance(d, 5) >= 2, String(d)).toBe(isBeyond(d, 5));
  });
});
