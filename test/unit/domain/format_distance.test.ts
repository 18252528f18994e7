import { describe, expect, it } from 'vitest';
import { formatDistance, formatDuration, formatWhole } from '../../../src/domain/format_distance.ts';

describe('formatDistance', () => {
  it.each([
    [0.347, '350 m'],
    [0, '0 m'],
    [0.004, '0 m'],
    [0.994, '990 m'],
    [0.996, '1,0 km'],
    [1.24, '1,2 km'],
    [1.25, '1,3 km'],
    [9.94, '9,9 km'],
    [9.96, '10 km'],
    [12.4, '12 km'],
    [12.5, '13 km'],
    [1234.4, '1\u202f234 km'],
  ])('%s km precise → %s', (km, expected) => {
    expect(formatDistance(km, false)).toBe(expected);
  });

  it.each([
    [3.2, 'environ 3 km'],
    [3.5, 'environ 4 km'],
    [1, 'environ 1 km'],
    [0.99, 'moins de 1 km'],
    [0, 'moins de 1 km'],
    [24.6, 'environ 25 km'],
  ])('%s km approximate → %s', (km, expected) => {
    expect(formatDistance(km, true)).toBe(expected);
  });

  it('shows a dash for impossible values', () => {
    expect(formatDistance(Number.NaN, false)).toBe('—');
    expect(formatDistance(-1, true)).toBe('—');
    expect(formatDistance(Number.POSITIVE_INFINITY, false)).toBe('—');
  });
});

describe('formatDistance in English', () => {
  it.each([
    [0.347, false, '350 m'],
    [1.24, false, '1.2 km'],
    [12.4, false, '12 km'],
    [1234.4, false, '1,234 km'],
    [3.2, true, 'about 3 km'],
    [0.4, true, 'less than 1 km'],
  ])('%s km (approximate: %s) → %s', (km, approximate, expected) => {
    expect(formatDistance(km, approximate, 'en')).toBe(expected);
  });
});

describe('formatDuration', () => {
  it.each([
    [5, '5 min'],
    [0, '0 min'],
    [59, '59 min'],
    [59.6, '1 h'],
    [60, '1 h'],
    [65, '1 h 05'],
    [125, '2 h 05'],
    [174, '2 h 54'],
  ])('%s min → %s', (minutes, expected) => {
    expect(formatDuration(minutes)).toBe(expected);
  });

  it('shows a dash for impossible values', () => {
    expect(formatDuration(-3)).toBe('—');
    expect(formatDuration(Number.NaN)).toBe('—');
  });
});

describe('formatWhole', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1\u202f000'],
    [4073540, '4\u202f073\u202f540'],
    [1234.5, '1\u202f235'],
  ])('%s → %s (as Intl fr-FR writes it)', (n, expected) => {
    expect(formatWhole(n, 'fr')).toBe(expected);
  });
});

describe('formatWhole in English', () => {
  it.each([
    [999, '999'],
    [4073540, '4,073,540'],
  ])('%s → %s', (n, expected) => {
    expect(formatWhole(n, 'en')).toBe(expected);
  });
});
