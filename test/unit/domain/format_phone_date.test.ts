import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../../src/domain/format_date.ts';
import { formatFrenchPhone, phoneHref } from '../../../src/domain/format_phone.ts';

describe('formatFrenchPhone', () => {
  it('writes the register numbers in the French national format', () => {
    expect(formatFrenchPhone('321691200')).toBe('03 21 69 12 00'); // Eurostat: without the leading 0
    expect(formatFrenchPhone('0321691200')).toBe('03 21 69 12 00'); // FINESS register
    expect(formatFrenchPhone('03.21.69.12.00')).toBe('03 21 69 12 00');
    expect(formatFrenchPhone(' 03 27 93 09 09 ')).toBe('03 27 93 09 09');
  });
  it('never makes up a number', () => {
    for (const bad of [null, undefined, '', '12', '0021691200', '1234567890', '03216912OO', '+33321691200'])
      expect(formatFrenchPhone(bad)).toBeNull();
  });
});

describe('phoneHref', () => {
  it('gives the international tel: link of a French number, else null', () => {
    expect(phoneHref('03 21 69 12 00')).toBe('tel:+33321691200');
    expect(phoneHref('3 21')).toBeNull();
    expect(phoneHref(null)).toBeNull();
  });
});

describe('formatIsoDate', () => {
  it('writes a date for people, in French and English', () => {
    expect(formatIsoDate('2020-03-06')).toBe('6 mars 2020');
    expect(formatIsoDate('2020-03-06', 'en')).toBe('6 March 2020');
    expect(formatIsoDate('2026-01-01')).toBe('1er janvier 2026');
    expect(formatIsoDate('2026-01-01', 'en')).toBe('1 January 2026');
    expect(formatIsoDate('2025-11')).toBe('novembre 2025');
    expect(formatIsoDate('2019')).toBe('2019');
  });
  it('returns anything else as it is', () => {
    expect(formatIsoDate('2023 (article du 2023-11-09)')).toBe('2023 (article du 2023-11-09)');
    expect(formatIsoDate('2020-13-01')).toBe('2020-13-01');
    expect(formatIsoDate('2020-03-32')).toBe('2020-03-32');
  });
});
