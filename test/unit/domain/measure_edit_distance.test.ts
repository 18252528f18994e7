import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../src/domain/measure_edit_distance.ts';

describe('editDistance', () => {
  it.each([
    ['lens', 'lens', 2, 0],
    ['lens', 'lnes', 2, 1], // transposition
    ['lievn', 'lievin', 2, 1], // insertion
    ['lievin', 'lievn', 2, 1], // deletion
    ['lens', 'lans', 2, 1], // substitution
    ['valancienes', 'valenciennes', 2, 2],
    ['', 'abc', 5, 3],
    ['abc', '', 5, 3],
  ])('%s ↔ %s (max %i) = %i', (a, b, max, expected) => {
    expect(editDistance(a, b, max)).toBe(expected);
  });

  it('returns max + 1 when the distance exceeds max', () => {
    expect(editDistance('lens', 'lievin', 1)).toBe(2);
    expect(editDistance('abcdef', 'ghijkl', 2)).toBe(3);
    expect(editDistance('a', 'abcd', 1)).toBe(2);
  });
});
