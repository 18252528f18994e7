import { describe, expect, it } from 'vitest';
import { isApproximate, matchesPlaceFilter } from '../../../src/domain/match_place_filter.ts';
import type { PlaceFilter } from '../../../src/domain/types.ts';
import { lieu } from '../../fixtures/domain/basin.ts';

const filter = (over: Partial<PlaceFilter> = {}): PlaceFilter => ({
  groups: ['filieris', 'pharmacie', 'msp', 'cs'],
  includePlanned: false,
  includeUnknown: false,
  ...over,
});

describe('matchesPlaceFilter', () => {
  it('keeps open places of selected groups only', () => {
    expect(matchesPlaceFilter(lieu('a', 'A', 'filieris_dentaire', 3, 50), filter())).toBe(true);
    expect(matchesPlaceFilter(lieu('a', 'A', 'filieris_dentaire', 3, 50), filter({ groups: ['msp'] }))).toBe(
      false,
    );
    expect(
      matchesPlaceFilter(lieu('a', 'A', 'filieris_pharmacie', 3, 50), filter({ groups: ['filieris'] })),
    ).toBe(false);
    expect(matchesPlaceFilter(lieu('a', 'A', 'msp', 3, 50), filter({ groups: [] }))).toBe(false);
  });

  it('always drops closed places; planned and unknown only when asked', () => {
    const all = filter({ includePlanned: true, includeUnknown: true });
    expect(matchesPlaceFilter(lieu('a', 'A', 'msp', 3, 50, { status: 'closed' }), all)).toBe(false);
    expect(matchesPlaceFilter(lieu('a', 'A', 'msp', 3, 50, { status: 'planned' }), all)).toBe(true);
    expect(matchesPlaceFilter(lieu('a', 'A', 'msp', 3, 50, { status: 'planned' }), filter())).toBe(false);
    expect(matchesPlaceFilter(lieu('a', 'A', 'msp', 3, 50, { status: 'unknown' }), all)).toBe(true);
    expect(matchesPlaceFilter(lieu('a', 'A', 'msp', 3, 50, { status: 'unknown' }), filter())).toBe(false);
  });
});

describe('isApproximate', () => {
  it('is true for quartier and commune precision only', () => {
    expect(['address', 'building', 'quartier', 'commune'].map((p) => isApproximate(p as never))).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });
});
