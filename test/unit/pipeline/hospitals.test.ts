/**
 * The hospital step: validation of every row (broken-row fixture), counts in = kept + filtered + rejected, the
 * category mapping and naming rules, and the counts of the real vendored file in the build report.
 * Expected values are worked out by hand from the fixture's README and the file's SOURCES.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CommuneIndex } from '../../../scripts/lib/locate.ts';
import { isValidFiness, isValidSiret, luhnValid } from '../../../scripts/lib/luhn.ts';
import { HOSPITALS_SOURCE, readHospitalsCsv } from '../../../scripts/read_hospitals.ts';
import { Report } from '../../../scripts/report.ts';
import { box, communeRecord } from '../../fixtures/pipeline.ts';

const ROOT = path.resolve(__dirname, '../../..');
const commune = communeRecord;
// Two made-up communes: one 62 square around Lens, Avion and Beuvry; one 59 square around Denain
const index = new CommuneIndex([
  commune('62498', 'Lens', box(2.6, 50.35, 2.9, 50.55), true),
  commune('59172', 'Denain', box(3.3, 50.25, 3.5, 50.4), true),
]);
const SOURCE = 'fixture';

describe('readHospitalsCsv on the broken-row fixture', () => {
  const report = new Report();
  const text = fs.readFileSync(path.join(ROOT, 'test/fixtures/hospitals/hospitals-fixture.csv'), 'utf8');
  const { lieux, rules } = readHospitalsCsv(text, index, SOURCE, report);
  const errors = report.issues.filter((i) => i.severity === 'error');

  it('counts every line: 18 in = 4 kept + 1 filtered + 13 rejected', () => {
    expect(report.sources[SOURCE]).toMatchObject({ read: 18, kept: 4, merged: 0, filtered: 1, rejected: 13 });
    expect(report.unbalanced()).toEqual([]);
  });

  it('rejects each broken line with its line number and reason', () => {
    const byLine = Object.fromEntries(errors.map((e) => [e.line, e.reason]));
    expect(Object.keys(byLine).map(Number)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 19]);
    expect(byLine[5]).toMatch(/check digit/);
    expect(byLine[6]).toMatch(/duplicate/);
    expect(byLine[7]).toMatch(/département 75/);
    expect(byLine[8]).toMatch(/column dep/);
    expect(byLine[9]).toMatch(/postcode "75005"/);
    expect(byLine[10]).toMatch(/hospital_name/);
    expect(byLine[11]).toMatch(/not numbers/);
    expect(byLine[12]).toMatch(/outside Nord\/Pas-de-Calais/);
    expect(byLine[13]).toMatch(/not inside a commune/);
    expect(byLine[14]).toMatch(/not in département 59/);
    expect(byLine[15]).toMatch(/geo_qual/);
    expect(byLine[16]).toMatch(/unknown facility type/);
    expect(byLine[19]).toMatch(/fields/);
  });

  it('keeps the valid rows with their register facts: type, address, phone, precision and vintage', () => {
    const lens = lieux.find((l) => l.finess === '620000257');
    expect(lens).toMatchObject({
      id: 'finess-620000257',
      nom: 'CENTRE HOSPITALIER DE LENS',
      kind: 'hopital',
      category: 'Centre Hospitalier (C.H.)',
      address: '99 ROUTE DE LA BASSEE SP 8',
      postcode: '62307',
      phone: '03 21 69 12 00',
      precision: 'address',
      status: 'open',
      commune_insee: '62498',
      lon: 2.82062,
      lat: 50.44011,
      siret: null,
      opened: null,
      source_date: '2020-03-06',
      source_name: 'FINESS via Eurostat GISCO, extraction du 6 mars 2020',
      source_url: HOSPITALS_SOURCE.url,
    });
    // geo_qual 2: an approximate position
    expect(lieux.find((l) => l.finess === '620000224')?.precision).toBe('quartier');
    // a day unit of the CH is not "the hospital"
    expect(lieux.find((l) => l.finess === '620108365')?.kind).toBe('hopital_psychiatrie');
    expect(rules.hopital_de_jour).toMatchObject({ rows: 1, bassin: 1, ids: ['620108365'] });
    expect(rules.hors_champ?.rows).toBe(1);
  });

  it('publishes no phone that is not a French number, and says so', () => {
    const clinique = lieux.find((l) => l.nom === 'CLINIQUE FICTIVE DE TEST');
    expect(clinique?.phone).toBeNull();
    expect(clinique?.kind).toBe('hopital');
    expect(report.issues.some((i) => i.severity === 'warning' && /tel "12"/.test(i.reason))).toBe(true);
  });
});

describe('readHospitalsCsv when the current register is vendored', () => {
  it('counts every row of the 2020 file as superseded, and keeps none', () => {
    const report = new Report();
    const text = fs.readFileSync(path.join(ROOT, 'test/fixtures/hospitals/hospitals-fixture.csv'), 'utf8');
    const { lieux } = readHospitalsCsv(text, index, SOURCE, report, 'finess/finess-structures-20260309.json');
    expect(lieux).toEqual([]);
    expect(report.sources[SOURCE]).toMatchObject({ read: 18, kept: 0, filtered: 18, rejected: 0 });
  });
});

describe('check digits', () => {
  it('FINESS numbers: Luhn over the 9 digits', () => {
    expect(isValidFiness('620000257')).toBe(true); // CH Lens
    expect(isValidFiness('750050759')).toBe(true); // Filieris EJ
    expect(isValidFiness('620000258')).toBe(false);
    expect(isValidFiness('62000025')).toBe(false);
    expect(isValidFiness('2A0000000')).toBe(true); // Corsica: format only
  });
  it('SIRET numbers, including La Poste', () => {
    expect(isValidSiret('77220148900022')).toBe(true); // Clinique Convert, in the FINESS sample
    expect(isValidSiret('77220148900023')).toBe(false);
    expect(isValidSiret('35600000000056')).toBe(true); // La Poste: digit sum 25, divisible by 5
    expect(luhnValid('79927398713')).toBe(true); // the classic Luhn example
  });
});

describe('the real file, as built', () => {
  const report = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/build-report.json'), 'utf8')) as {
    sources: Record<string, { read: number; kept: number; filtered: number; rejected: number }>;
    outputs: { hospitals: { kept_by_kind: Record<string, number> } };
  };
  it('278 rows in (SOURCES.md) = 255 kept + 23 not hospital sites, none rejected', () => {
    expect(report.sources['hospitals-eurostat-2020/hospitals-59-62.csv']).toMatchObject({
      read: 278,
      kept: 255,
      filtered: 23,
      rejected: 0,
    });
    const k = report.outputs.hospitals.kept_by_kind;
    expect((k.hopital ?? 0) + (k.hopital_psychiatrie ?? 0) + (k.hopital_ssr ?? 0)).toBe(255);
  });
  it('the meta file carries the attribution asked by the source', () => {
    const meta = JSON.parse(fs.readFileSync(path.join(ROOT, 'public/data/meta.json'), 'utf8')) as {
      attributions: { name: string }[];
    };
    expect(meta.attributions.map((a) => a.name)).toContain(
      'Eurostat GISCO – healthcare services; source FINESS (ministère chargé de la santé), extraction 03/2020',
    );
  });
});
