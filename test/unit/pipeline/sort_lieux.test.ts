import { describe, expect, test } from 'vitest';
import { sortLieux } from '../../../scripts/build_lieux.ts';
import type { Lieu } from '../../../src/schema.ts';

const at = (id: string, commune_insee: string) => ({ id, commune_insee }) as Lieu;

describe('sortLieux', () => {
  test('orders by commune INSEE code, then id, in a new array; the input is not modified', () => {
    const input = [at('b', '62498'), at('a', '62498'), at('z', '59014')];
    const before = [...input];
    const sorted = sortLieux(input);
    expect(sorted.map((l) => l.id)).toEqual(['z', 'a', 'b']);
    expect(sorted).not.toBe(input);
    expect(input).toEqual(before);
    expect(input.map((l) => l.id)).toEqual(['b', 'a', 'z']);
  });
});
