import { describe, expect, it } from 'vitest';
import {
  COVERAGE_CSV_EXTRA_HEADER,
  COVERAGE_CSV_HEADER,
  CSV_FORMATS,
  coverageToCsv,
  coverageToGeoJson,
} from '../../../src/domain/export_coverage.ts';
import type { CoverageResult } from '../../../src/domain/types.ts';
import type { Cite, Commune } from '../../../src/schema.ts';
import { CITES, COMMUNES, deepFreeze } from '../../fixtures/domain/basin.ts';

const COVERAGE: CoverageResult = deepFreeze({
  communes: [
    {
      insee: '62498',
      nom: 'Lens',
      population: 32000,
      epci_siren: '200033579',
      bassin: true,
      perimetre: true,
      distanceKm: 0.2345,
      nearestId: 'f-lens',
      nearestNom: 'Centre "Filiéris", Lens',
      approximate: false,
    },
    {
      insee: '59632',
      nom: 'Wallers',
      population: 5500,
      epci_siren: '200041960',
      bassin: true,
      perimetre: true,
      distanceKm: 5,
      nearestId: 'f-wallers',
      nearestNom: 'Filiéris Wallers',
      approximate: true,
    },
    {
      insee: '59350',
      nom: 'Lille',
      population: 236000,
      epci_siren: '200093201',
      bassin: false,
      perimetre: false,
      distanceKm: null,
      nearestId: null,
      nearestNom: null,
      approximate: false,
    },
  ],
  cites: [
    {
      id: 'cite-arenberg',
      nom: "Cité d'Arenberg",
      commune: 'Wallers',
      commune_insee: '59632',
      maisons_et_cites: true,
      distanceKm: 5.004,
      nearestId: 'f-wallers',
      nearestNom: 'Filiéris Wallers',
      approximate: true,
    },
  ],
});

const HEADER =
  'type,code_insee,nom,commune,population,epci_siren,distance_km,au_dela_du_seuil,lieu_le_plus_proche,position_approximative';

describe('coverageToCsv', () => {
  it('writes a BOM, the header, communes of the territory then its cités, CRLF line ends', () => {
    const csv = coverageToCsv(COVERAGE, { type: 'bassin' }, 5);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      HEADER,
      'commune,"62498","Lens","Lens",32000,"200033579",0.23,non,"Centre ""Filiéris"", Lens",non',
      'commune,"59632","Wallers","Wallers",5500,"200041960",5,non,"Filiéris Wallers",oui', // exactly 5 km: not beyond
      'cite,"59632","Cité d\'Arenberg","Wallers",,"200041960",5,oui,"Filiéris Wallers",oui', // 5.004 km > 5
      '',
    ]);
  });

  it('leaves distance and nearest place empty and marks beyond when there is no place', () => {
    const csv = coverageToCsv(COVERAGE, { type: 'commune', insee: '59350' }, 5);
    expect(csv.slice(1).split('\r\n')[1]).toBe(
      'commune,"59350","Lille","Lille",236000,"200093201",,oui,,non',
    );
  });

  it('an empty territory gives only the header', () => {
    expect(coverageToCsv(COVERAGE, { type: 'epci', siren: 'nope' }, 5)).toBe(`\uFEFF${HEADER}\r\n`);
  });

  it('neutralises formula injection: a text cell from data starting with = + - @ tab or CR gets an apostrophe', () => {
    const base = COVERAGE.communes[0]!;
    const names = [
      '=HYPERLINK("http://evil.example","clic")',
      '+33 1 23',
      '-2+3',
      '@SUM(A1)',
      '\tcmd',
      '\rx',
    ];
    const coverage: CoverageResult = {
      communes: names.map((nom, i) => ({ ...base, insee: `6200${i}`, nom, nearestNom: nom })),
      cites: [],
    };
    const lines = coverageToCsv(coverage, { type: 'all' }, 5).slice(1).split('\r\n');
    // by hand: an apostrophe in front of the text, then the RFC 4180 quoting
    expect(lines[1]).toBe(
      'commune,"62000","\'=HYPERLINK(""http://evil.example"",""clic"")","\'=HYPERLINK(""http://evil.example"",""clic"")",32000,"200033579",0.23,non,"\'=HYPERLINK(""http://evil.example"",""clic"")",non',
    );
    expect(lines.slice(2, 7).map((l) => l.split(',')[2])).toEqual([
      '"\'+33 1 23"',
      '"\'-2+3"',
      '"\'@SUM(A1)"',
      '"\'\tcmd"',
      '"\'\rx"',
    ]);
  });

  it('numbers we write are not prefixed, even negative ones; ordinary names are unchanged', () => {
    const base = COVERAGE.communes[0]!;
    const coverage: CoverageResult = {
      communes: [{ ...base, nom: 'Sainte-Marie - Kerque', distanceKm: -1.5, population: -3 }],
      cites: [],
    };
    expect(coverageToCsv(coverage, { type: 'all' }, 5).slice(1).split('\r\n')[1]).toBe(
      'commune,"62498","Sainte-Marie - Kerque","Sainte-Marie - Kerque",-3,"200033579",-1.5,non,"Centre ""Filiéris"", Lens",non',
    );
  });

  it("takes a cité's EPCI from communesIndex when its commune is not in the coverage", () => {
    const coverage: CoverageResult = { communes: [], cites: COVERAGE.cites };
    const csv = coverageToCsv(coverage, { type: 'all' }, 5, COMMUNES);
    expect(csv).toContain('cite,"59632","Cité d\'Arenberg","Wallers",,"200041960",');
  });
});

describe('coverageToGeoJson', () => {
  const positions: { communes: Commune[]; cites: Cite[] } = { communes: COMMUNES, cites: CITES };

  it('gives one point per commune (label point) then per cité, with typed properties', () => {
    const fc = coverageToGeoJson(COVERAGE, { type: 'bassin' }, 5, positions);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f) => f.geometry.coordinates)).toEqual([
      [2.8319, 50.4323],
      [3.3944, 50.3766],
      [3.4114, 50.393],
    ]);
    expect(fc.features[0]?.properties).toEqual({
      type: 'commune',
      code_insee: '62498',
      nom: 'Lens',
      commune: 'Lens',
      population: 32000,
      epci_siren: '200033579',
      distance_km: 0.23,
      au_dela_du_seuil: false,
      lieu_le_plus_proche: 'Centre "Filiéris", Lens',
      position_approximative: false,
    });
    expect(fc.features[2]?.properties).toMatchObject({
      type: 'cite',
      population: null,
      au_dela_du_seuil: true,
    });
  });

  it('threshold 0 puts every commune beyond', () => {
    const fc = coverageToGeoJson(COVERAGE, { type: 'all' }, 0, positions);
    expect(fc.features.every((f) => f.properties.au_dela_du_seuil)).toBe(true);
  });

  it('leaves out items without a known position', () => {
    const fc = coverageToGeoJson(COVERAGE, { type: 'all' }, 5, { communes: [], cites: CITES });
    expect(fc.features.map((f) => f.properties.type)).toEqual(['cite']);
  });
});

describe('coverageToCsv with the figures on cells, in the French form', () => {
  const withoutUnknown: CoverageResult = {
    communes: COVERAGE.communes.map((c) => (c.insee === '62498' ? { ...c, distanceKm: 7.5 } : c)),
    cites: COVERAGE.cites,
  };
  const figures = (insee: string, population: number, beyond: number) => ({
    insee,
    cells: 3,
    population,
    populationBeyond: beyond,
    populationImputed: 0,
    lowIncomePopulation: 10,
    lowIncomeBeyond: 2.5,
    complete: true,
  });
  const csv = coverageToCsv(COVERAGE, { type: 'all' }, 5, undefined, {
    format: CSV_FORMATS.fr,
    extras: {
      communeCells: new Map([['62498', figures('62498', 30100.5, 0)]]),
      citeCells: new Map([
        ['cite-arenberg', { id: 'cite-arenberg', population: 1234.56, populationBeyond: 1000, cells: 4 }],
      ]),
      lowIncome: true,
      withoutUnknown: {
        coverage: withoutUnknown,
        communeCells: new Map([['62498', figures('62498', 30100.5, 12000)]]),
        citeCells: null,
      },
      scenario: 'scénario hypothétique — centres ajoutés : Centre hypothétique n° 1',
    },
  });
  const lines = csv.slice(1).split('\r\n');

  it('adds the columns of the cells, the threshold and the scenario after the first ones', () => {
    expect(lines[0]).toBe([...COVERAGE_CSV_HEADER, ...COVERAGE_CSV_EXTRA_HEADER].join(';'));
  });

  it('writes Lens by hand: decimal comma, both methods, the figure without unknown-status places', () => {
    expect(lines[1]).toBe(
      'commune;"62498";"Lens";"Lens";32000;"200033579";0,23;non;"Centre ""Filiéris"", Lens";non;' +
        '30100,5;0;10;2,5;oui;oui;12000;5;"scénario hypothétique — centres ajoutés : Centre hypothétique n° 1"',
    );
  });

  it('leaves empty what the grid does not hold (Lille), and gives a cité its estimated people', () => {
    expect(lines[3]?.split(';').slice(10, 17)).toEqual(['', '', '', '', '', 'oui', '']);
    expect(lines[4]?.split(';').slice(10, 17)).toEqual(['1234,6', '1000', '', '', '', 'oui', '']);
  });
});
