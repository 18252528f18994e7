/** FINESS extract parser on a fixture in the published format (latin-1, metadata line, structureet then geolocalisation, malformed lines). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodeLatin1,
  FILIERIS_EJ,
  lambert93ToWgs84,
  parseFiness,
  selectFiness,
} from '../../../scripts/read_finess.ts';

const FIXTURE = path.resolve(__dirname, '../../fixtures/finess/etalab-cs1100507-stock-fixture.csv');
const parsed = parseFiness(decodeLatin1(fs.readFileSync(FIXTURE)));

describe('parseFiness', () => {
  it('reads the metadata line', () => {
    expect(parsed.meta).toEqual({ producer: 'etalab', date: '2026-01-15' });
  });

  it('keeps the 6 well-formed establishments and reports every malformed line with its line number', () => {
    expect(parsed.etablissements.map((e) => e.nofinesset).sort()).toEqual([
      '599999001',
      '599999005',
      '599999006',
      '629999002',
      '629999003',
      '759999004',
    ]);
    const byLine = Object.fromEntries(parsed.errors.map((e) => [e.line, e.reason]));
    expect(
      Object.keys(byLine)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual([7, 8, 9, 11, 17, 18, 19]);
    expect(byLine[7]).toMatch(/fields/);
    expect(byLine[8]).toMatch(/invalid FINESS ET/);
    expect(byLine[9]).toMatch(/duplicate/);
    expect(byLine[11]).toMatch(/unknown record type/);
    expect(byLine[17]).toMatch(/non-numeric/);
    expect(byLine[18]).toMatch(/unknown FINESS ET/);
    expect(byLine[19]).toMatch(/fields/);
    expect(parsed.lines).toBe(19);
  });

  it('decodes latin-1, builds the INSEE code from département + commune, splits the postcode', () => {
    const msp = parsed.etablissements.find((e) => e.nofinesset === '629999002');
    expect(msp?.rslongue).toBe('MAISON DE SANTÉ FICTIVE DE TEST');
    expect(msp?.insee).toBe('62498');
    expect(msp?.postcode).toBe('62300');
    expect(msp?.communeLabel).toBe('LENS');
    const cs = parsed.etablissements.find((e) => e.nofinesset === '599999001');
    expect(cs?.address).toBe('1 R DE LA FIXTURE');
    expect(cs?.nofinessej).toBe(FILIERIS_EJ);
  });

  it('converts the Lambert-93 coordinates of geolocalisation rows', () => {
    const cs = parsed.etablissements.find((e) => e.nofinesset === '599999001');
    expect([cs?.x, cs?.y]).toEqual([728000, 7029000]);
    const [lon, lat] = lambert93ToWgs84(728000, 7029000);
    expect(cs?.lon).toBe(lon);
    expect(cs?.lat).toBe(lat);
    expect(cs?.lat).toBeGreaterThan(50);
    expect(cs?.lat).toBeLessThan(51);
    expect(parsed.etablissements.find((e) => e.nofinesset === '599999006')?.lon).toBeNull();
  });

  it('selects centres de santé (124), maisons de santé (603) and every Filieris establishment of 59/62', () => {
    const sel = selectFiness(parsed.etablissements)
      .map((e) => e.nofinesset)
      .sort();
    // not selected: 759999004 (Paris) and 599999005 (hospital, not Filieris)
    expect(sel).toEqual(['599999001', '599999006', '629999002', '629999003']);
  });

  it('never throws on garbage', () => {
    expect(() => parseFiness('')).not.toThrow();
    expect(parseFiness('not;a;finess;file\n;;;\n').errors.length).toBeGreaterThan(0);
  });
});
