import { describe, expect, it } from 'vitest';
import { editDistance, prefixEditDistance } from '../../../src/domain/measure_edit_distance.ts';

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

describe('prefixEditDistance', () => {
  it.each([
    ['valancien', 'valenciennes', 2, 1],
    ['valen', 'valenciennes', 1, 0],
    ['vlaen', 'valenciennes', 1, 1], // transposition in a half-typed word
    ['xyzab', 'valenciennes', 1, 2], // more than max → max + 1
    ['', 'abc', 1, 0],
    ['abcdef', 'abc', 1, 2], // b too short
  ])('%s ↔ start of %s (max %i) = %i', (a, b, max, expected) => {
    expect(prefixEditDistance(a, b, max)).toBe(expected);
  });
});

/** Textbook full-matrix optimal string alignment distance, written independently for the test. */
function referenceOsa(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    }
  }
  return d[a.length]![b.length]!;
}

describe('editDistance against a full-matrix reference', () => {
  it('agrees on 2,000 random pairs over a small alphabet', () => {
    let seed = 3;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const word = () =>
      Array.from({ length: Math.floor(rand() * 9) }, () => 'abcd'[Math.floor(rand() * 4)]).join('');
    for (let n = 0; n < 2000; n++) {
      const a = word();
      const b = word();
      const max = Math.floor(rand() * 4);
      const ref = referenceOsa(a, b);
      expect(editDistance(a, b, max)).toBe(ref > max ? max + 1 : ref);
      let prefixRef = Number.POSITIVE_INFINITY;
      for (let j = 0; j <= b.length; j++) prefixRef = Math.min(prefixRef, referenceOsa(a, b.slice(0, j)));
      expect(prefixEditDistance(a, b, max)).toBe(prefixRef > max ? max + 1 : prefixRef);
    }
  });
});
