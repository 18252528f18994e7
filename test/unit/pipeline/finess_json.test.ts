/**
 * The FINESS register in its current JSON publication: the real sample published by ANS (counts from
 * data/finess-format/SOURCES.md), the bassin fixture with malformed entries (expected values in its README), the
 * stream reader, and the merge of the register's rows with curated places.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindOfFiness, type LieuRecord, mergeFiness } from '../../../scripts/build_lieux.ts';
import { TopLevelJsonReader } from '../../../scripts/lib/json_stream.ts';
import { CommuneIndex } from '../../../scripts/lib/locate.ts';
import { lambert93ToWgs84 } from '../../../scripts/read_finess.ts';
import { FinessJsonReader, readFinessJson } from '../../../scripts/read_finess_json.ts';
import { FINESS_STRUCTURES_DATASET_URL, readRegister } from '../../../scripts/read_register.ts';
import { Report } from '../../../scripts/report.ts';
import { box, communeRecord } from '../../fixtures/pipeline.ts';

const ROOT = path.resolve(__dirname, '../../..');
const SAMPLE = path.join(ROOT, 'data/finess-format/exemple-finess-structures-journalier-20260309.json');
const FIXTURE = path.join(ROOT, 'test/fixtures/finess-json/finess-structures-fixture.json');
const sampleText = fs.readFileSync(SAMPLE, 'utf8');
const fixtureText = fs.readFileSync(FIXTURE, 'utf8');

describe('the real sample (département 01 and Wallis-et-Futuna, 2026-03-09)', () => {
  const all = readFinessJson(sampleText, { departements: null });

  it('is the file SOURCES.md describes: CRLF, 23 legal entities (9 active), 27 establishments (15 active)', () => {
    expect(fs.readFileSync(SAMPLE, 'utf8')).toContain('\r\n');
    expect(all.schemaVersion).toBe('v1.0.0');
    expect(all.generatedAt).toBe('2026-03-09T15:49:37.615611300Z');
    expect(all.counts).toMatchObject({ pmej: 23, pmejActive: 9, ege: 27, egeActive: 15 });
    expect(all.pmejErrors).toEqual([]);
  });

  it('has the categories of the SOURCES.md table (establishments, active)', () => {
    expect(all.counts.byCategory).toEqual({
      '108': { ege: 3, active: 0 },
      '109': { ege: 3, active: 1 },
      '122': { ege: 1, active: 0 },
      '141': { ege: 1, active: 0 },
      '146': { ege: 1, active: 0 },
      '161': { ege: 1, active: 0 },
      '182': { ege: 3, active: 2 },
      '195': { ege: 1, active: 1 },
      '200': { ege: 1, active: 0 },
      '321': { ege: 1, active: 0 },
      '354': { ege: 1, active: 1 },
      '355': { ege: 2, active: 2 },
      '365': { ege: 1, active: 1 },
      '461': { ege: 1, active: 1 },
      '500': { ege: 6, active: 6 },
    });
  });

  it('keeps the one active hospital with coordinates; every other establishment is left out with its reason', () => {
    expect(all.kept.map((e) => e.nofinesset)).toEqual(['010780195']);
    expect(all.kept.length + all.dropped.length).toBe(27);
    const reasons = all.dropped.map((d) =>
      d.reason.replace(/\(closed .*\)/, '(closed)').replace(/\d{3}/, 'N'),
    );
    const count = (r: string) => reasons.filter((x) => x === r).length;
    expect(count('inactive (closed)')).toBe(12);
    expect(count('category N not selected')).toBe(11); // 182 ×2, 195, 354, 461, 500 ×6
    // 010011641 (SSR 109) and the two Wallis-et-Futuna hospitals (355) have no coordinates
    expect(all.dropped.filter((d) => d.kind === 'rejected').map((d) => [d.key, d.reason])).toEqual([
      ['010011641', 'no coordinates (coordonneesGeographique absent)'],
      ['980600027', 'no coordinates (coordonneesGeographique absent)'],
      ['980600035', 'no coordinates (coordonneesGeographique absent)'],
    ]);
  });

  it('reads the kept row as published: padded names stripped, phone, SIRET, opening date, both positions', () => {
    const e = all.kept[0];
    expect(e).toMatchObject({
      nofinessej: '010000156',
      rs: 'CLINIQUE CONVERT',
      rslongue: 'CLINIQUE DOCTEUR CONVERT',
      categetab: '365',
      libcategetab: 'Etablissement de Soins Pluridisciplinaire',
      address: '62 AVENUE DE JASSERON', // ligneQuatre; the lieu-dit "BP 132" is a postal box, left out
      insee: '01053',
      postcode: '01000',
      phone: '04 28 63 12 34',
      siret: '77220148900022',
      dateouv: '1956-11-16',
      lon: 5.254203,
      lat: 46.211257,
      precision: 'address',
      filieris: false,
    });
    // Lambert-93 read with its axes swapped: coordonneeY is the easting, coordonneeX the northing
    expect([e?.x, e?.y]).toEqual([873766.07, 6570414.61]);
    const [lon, lat] = lambert93ToWgs84(873766.07, 6570414.61);
    expect(lon).toBeCloseTo(5.254203, 5);
    expect(lat).toBeCloseTo(46.211257, 5);
    expect(e && kindOfFiness(e)).toBe('hopital');
  });

  it('keeps nothing of it for Nord and Pas-de-Calais', () => {
    const r = readFinessJson(sampleText, { departements: ['59', '62'] });
    expect(r.kept).toEqual([]);
    expect(r.dropped).toHaveLength(27);
  });
});

describe('the bassin fixture (invented rows, malformed entries)', () => {
  const r = readFinessJson(fixtureText, { departements: ['59', '62'] });
  const byLine = new Map(r.dropped.map((d) => [d.line, d]));

  it('18 in = 7 kept + 4 filtered + 7 rejected', () => {
    expect(r.counts.ege).toBe(18);
    expect(r.kept.map((e) => e.line)).toEqual([1, 2, 3, 7, 14, 15, 17]);
    expect(r.dropped.filter((d) => d.kind === 'filtered').map((d) => d.line)).toEqual([4, 5, 11, 16]);
    expect(r.dropped.filter((d) => d.kind === 'rejected').map((d) => d.line)).toEqual([
      6, 8, 9, 10, 12, 13, 18,
    ]);
  });

  it('gives each establishment left out its reason', () => {
    expect(byLine.get(4)?.reason).toBe('inactive (closed 2019-06-30)');
    expect(byLine.get(5)?.reason).toBe('département 57 not selected');
    expect(byLine.get(6)?.reason).toBe('duplicate FINESS ET number');
    expect(byLine.get(8)?.reason).toMatch(/^WGS84 and Lambert-93 positions disagree by 49\d\d m/);
    expect(byLine.get(9)?.reason).toMatch(/no coordinates/);
    expect(byLine.get(10)?.reason).toBe('missing or malformed category "ABC"');
    expect(byLine.get(11)?.reason).toBe('category 999 not selected');
    expect(byLine.get(12)?.reason).toMatch(/missing or invalid FINESS ET number/);
    expect(byLine.get(13)?.reason).toMatch(/bad WGS84 coordinates "abc"/);
    expect(byLine.get(16)?.reason).toBe('category 500 not selected');
    expect(byLine.get(18)?.reason).toMatch(/legal entity without a valid FINESS number/);
  });

  it('maps categories to kinds: 124, 628 (pharmacie minière), 603, hospitals, and a Filieris entity found by name', () => {
    const kinds = Object.fromEntries(r.kept.map((e) => [e.nofinesset, kindOfFiness(e)]));
    expect(kinds).toEqual({
      '599999018': 'filieris_centre_sante',
      '629999020': 'filieris_pharmacie',
      '629999038': 'filieris_dentaire',
      '599999075': 'msp',
      '629999145': 'hopital',
      '629999152': 'hopital_psychiatrie',
      '599999174': 'filieris_autre',
    });
    expect(r.filierisEj.map((f) => f.numFinessPm)).toEqual(['750050759', '599990504']);
  });

  it('takes the precision from the BAN key and score', () => {
    const p = Object.fromEntries(r.kept.map((e) => [e.nofinesset, e.precision]));
    expect(p['599999018']).toBe('address'); // house-number key, score 0.95
    expect(p['629999038']).toBe('quartier'); // street-level key, score 0.62
  });

  it('reads the same fed one character at a time (a stream)', () => {
    const reader = new FinessJsonReader({ departements: ['59', '62'] });
    for (const c of fixtureText) reader.push(c);
    const streamed = reader.end();
    expect(streamed.kept).toEqual(r.kept);
    expect(streamed.dropped).toEqual(r.dropped);
  });
});

describe('TopLevelJsonReader', () => {
  it('hands over top-level members and the elements of top-level arrays, whatever the chunks', () => {
    const text =
      '{"a": "x\\"}", "n": -1.5e3, "t": true, "list": [ {"k": [1, {"z": "]"}]}, "s", 2, null ], "o": {"p": {}}}';
    for (const size of [1, 2, 5, 1000]) {
      const reader = new TopLevelJsonReader();
      const items = [];
      for (let i = 0; i < text.length; i += size) items.push(...reader.push(text.slice(i, i + size)));
      items.push(...reader.end());
      expect(items.map((x) => [x.key, x.index, JSON.parse(x.text)])).toEqual([
        ['a', -1, 'x"}'],
        ['n', -1, -1500],
        ['t', -1, true],
        ['list', 0, { k: [1, { z: ']' }] }],
        ['list', 1, 's'],
        ['list', 2, 2],
        ['list', 3, null],
        ['o', -1, { p: {} }],
      ]);
    }
  });
  it('refuses what is not a top-level object, or ends too early', () => {
    expect(() => new TopLevelJsonReader().push('[1]')).toThrow();
    expect(() => new TopLevelJsonReader().push('{"a":,}')).toThrow();
    const r = new TopLevelJsonReader();
    r.push('{"pmej": [{"a": 1}');
    expect(() => r.end()).toThrow(/too early/);
  });
});

// ---------- the register vendored in data/finess/, merged with curated places ----------

const commune = communeRecord;

describe('readRegister + mergeFiness with the JSON fixture vendored', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'finess-'));
  fs.copyFileSync(FIXTURE, path.join(dir, 'finess-structures-20260309.json'));
  const index = new CommuneIndex([
    commune('59632', 'Wallers', box(3.3, 50.3, 3.5, 50.45)),
    commune('62498', 'Lens', box(2.8, 50.425, 2.86, 50.46)),
    commune('62510', 'Liévin', box(2.74, 50.4, 2.8, 50.425)),
    commune('59153', "Condé-sur-l'Escaut", box(3.55, 50.44, 3.65, 50.5)),
  ]);
  const wallers = index.byInsee.get('59632');
  const curated: LieuRecord = {
    id: 'filieris-cs-wallers-fixture',
    nom: 'Centre de santé Filieris de Wallers (fixture)',
    kind: 'filieris_centre_sante',
    operator: 'Filieris (CANSSM)',
    status: 'unknown',
    precision: 'commune',
    address: null,
    commune: 'Wallers',
    commune_insee: '59632',
    postcode: null,
    lon: wallers?.label[0] ?? 0,
    lat: wallers?.label[1] ?? 0,
    source_url: 'https://curated.example/page',
    source_date: '2025-11-19',
    evidence: 'quote',
    finess: null,
    aggregate_count: null,
    phone: null,
    category: null,
    siret: null,
    opened: null,
    source_name: null,
    line: 2,
    placement_note: null,
  };
  const report = new Report();
  const register = readRegister(dir, report);
  const out = register
    ? mergeFiness(
        [curated],
        register.selected,
        register.date,
        index,
        register.source,
        report,
        register.origin,
      )
    : [];
  const source = 'finess/finess-structures-20260309.json';

  it('is read as the JSON register of 2026-03-09', () => {
    expect(register).toMatchObject({ format: 'json', date: '2026-03-09', source });
    expect(register?.origin.url).toBe(FINESS_STRUCTURES_DATASET_URL);
  });

  it('counts every establishment: 18 in = 6 added + 1 merged + 4 filtered + 7 rejected, none blocks the build', () => {
    expect(report.sources[source]).toMatchObject({ read: 18, kept: 6, merged: 1, filtered: 4, rejected: 7 });
    expect(report.unbalanced()).toEqual([]);
    expect(report.unacceptedErrors()).toEqual([]);
    expect(report.issues.filter((i) => i.source === source && i.severity === 'warning').length).toBe(7);
  });

  it('the curated row keeps its id, name and source, and takes position, address and phone from the register', () => {
    expect(out.find((l) => l.id === 'filieris-cs-wallers-fixture')).toMatchObject({
      nom: 'Centre de santé Filieris de Wallers (fixture)',
      source_url: 'https://curated.example/page',
      source_date: '2025-11-19',
      source_name: null,
      status: 'open',
      precision: 'address',
      lon: 3.39778,
      lat: 50.38507,
      address: '1 RUE DU DISPENSAIRE FIXTURE',
      postcode: '59135',
      phone: '03 27 00 00 01',
      finess: '599999018',
      siret: '77505075900015',
      opened: '2001-01-01',
      category: 'Centre de Santé',
    });
    expect(curated.precision).toBe('commune'); // input not mutated
  });

  it('the other rows are added with the register as their source and its date', () => {
    const pharmacy = out.find((l) => l.id === 'finess-629999020');
    expect(pharmacy).toMatchObject({
      kind: 'filieris_pharmacie',
      category: 'Pharmacie Minière',
      operator: 'Filieris (CANSSM)',
      phone: '03 21 00 00 02',
      source_url: FINESS_STRUCTURES_DATASET_URL,
      source_date: '2026-03-09',
      source_name: 'FINESS, répertoire des établissements (data.gouv.fr), état du 2026-03-09',
    });
    expect(out.find((l) => l.id === 'finess-629999145')).toMatchObject({
      kind: 'hopital',
      category: 'Centre Hospitalier (C.H.)',
      nom: 'CENTRE HOSPITALIER FICTIF FIXTURE DE LENS',
      opened: '1970-01-01',
    });
    expect(out.find((l) => l.id === 'finess-599999174')?.operator).toBe('Filieris (CANSSM)');
    expect(out.find((l) => l.id === 'finess-629999038')?.precision).toBe('quartier');
    expect(out).toHaveLength(7);
  });
});

describe('fixtures stay out of the published data', () => {
  it('no place of public/data/lieux.json comes from a FINESS fixture', () => {
    const lieux = (
      JSON.parse(fs.readFileSync(path.join(ROOT, 'public/data/lieux.json'), 'utf8')) as {
        lieux: { nom: string; finess: string | null }[];
      }
    ).lieux;
    const fixtureNumbers = new Set(
      readFinessJson(fixtureText, { departements: null }).kept.map((e) => e.nofinesset),
    );
    expect(fixtureNumbers.size).toBeGreaterThan(0);
    for (const l of lieux) {
      expect(l.nom).not.toMatch(/FIXTURE|FICTI/i);
      expect(fixtureNumbers.has(l.finess ?? '')).toBe(false);
    }
  });
});
