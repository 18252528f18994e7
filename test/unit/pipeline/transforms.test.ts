/** Pure transforms of the pipeline on small hand-made fixtures; expected values worked out by hand. */

import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { centroid } from '@turf/centroid';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { baseName, buildCites, isMaisonsEtCites } from '../../../scripts/build_cites.ts';
import type { CommuneRecord } from '../../../scripts/build_communes.ts';
import { buildCommunes, formerCodes } from '../../../scripts/build_communes.ts';
import { clsStatusOf, readClsRows } from '../../../scripts/build_epci.ts';
import {
  aggregateCountOf,
  buildCuratedLieux,
  kindOfFiness,
  mergeFiness,
} from '../../../scripts/build_lieux.ts';
import { dissolve } from '../../../scripts/lib/dissolve.ts';
import { labelPoint, polygonProblem } from '../../../scripts/lib/geo.ts';
import { CommuneIndex } from '../../../scripts/lib/locate.ts';
import { communeKey, normName, parseCsv } from '../../../scripts/lib/text.ts';
import type { FinessEt } from '../../../scripts/read_finess.ts';
import type { InFeature, PkgCommune, PkgEpci } from '../../../scripts/read_inputs.ts';
import { Report } from '../../../scripts/report.ts';

const sq = (x0: number, y0: number, s = 1): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x0, y0],
      [x0 + s, y0],
      [x0 + s, y0 + s],
      [x0, y0 + s],
      [x0, y0],
    ],
  ],
});
const multi = (p: Polygon): MultiPolygon => ({ type: 'MultiPolygon', coordinates: [p.coordinates] });
const feat = (
  line: number,
  props: Record<string, unknown>,
  geometry: Polygon | MultiPolygon | null,
): InFeature => ({ type: 'Feature', properties: props, geometry, line });

function commune(insee: string, nom: string, geom: Polygon, bassin = true): CommuneRecord {
  return {
    insee,
    nom,
    dep: insee.slice(0, 2) as '59',
    population: 100,
    postcodes: ['59000'],
    epci_siren: '200000001',
    epci_nom: 'CA Test',
    bassin,
    perimetre: bassin,
    perimetre_share: bassin ? 1 : 0,
    label: labelPoint(multi(geom)),
    geometry: multi(geom),
    merged_from: [],
  };
}

describe('text helpers', () => {
  it('normalises names across accents, case, articles and abbreviations', () => {
    expect(normName("CONDE-sur-l'ESCAUT")).toBe(normName("Condé-sur-l'Escaut"));
    expect(normName('Cité St-Albert')).toBe(normName('Cité Saint-Albert'));
    expect(communeKey('Bassée')).toBe(communeKey('La Bassée'));
    expect(normName('Nœux-les-Mines')).toBe('noeux les mines');
  });
  it('parses quoted CSV fields with commas, quotes and line numbers', () => {
    const r = parseCsv('a,b\n1,"x, ""y"""\n2,z\n3\n');
    expect(r.rows.map((x) => x.values)).toEqual([
      { a: '1', b: 'x, "y"' },
      { a: '2', b: 'z' },
    ]);
    expect(r.rows.map((x) => x.line)).toEqual([2, 3]);
    expect(r.errors).toEqual([{ line: 4, reason: 'expected 2 fields, found 1' }]);
  });
});

describe('geometry helpers', () => {
  it('puts the label point inside a C-shaped polygon whose centroid is outside', () => {
    const c: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [3, 0],
          [3, 1],
          [1, 1],
          [1, 2],
          [3, 2],
          [3, 3],
          [0, 3],
          [0, 0],
        ],
      ],
    };
    const cen = centroid(c).geometry.coordinates as [number, number];
    expect(booleanPointInPolygon(cen, c)).toBe(false);
    expect(booleanPointInPolygon(labelPoint(c), c)).toBe(true);
  });
  it('rejects unclosed rings and null geometries', () => {
    expect(polygonProblem(null)).toBe('null geometry');
    expect(
      polygonProblem({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
          ],
        ],
      }),
    ).toBe('ring not closed');
    expect(polygonProblem(sq(0, 0))).toBeNull();
  });
  it('dissolves two adjacent squares into one polygon without mutating the input', () => {
    const input = [
      { type: 'Feature' as const, properties: { k: 'a' }, geometry: sq(0, 0) },
      { type: 'Feature' as const, properties: { k: 'a' }, geometry: sq(1, 0) },
      { type: 'Feature' as const, properties: { k: 'b' }, geometry: sq(5, 5) },
    ];
    const before = JSON.stringify(input);
    const out = dissolve(input, (f) => f.properties.k);
    expect(JSON.stringify(input)).toBe(before);
    const a = out.get('a');
    expect(a?.coordinates).toHaveLength(1);
    const xs = (a?.coordinates[0]?.[0] ?? []).map((p) => p[0] as number);
    expect(Math.min(...xs)).toBe(0);
    expect(Math.max(...xs)).toBe(2);
    expect(out.get('b')?.coordinates).toHaveLength(1);
  });
});

describe('communes', () => {
  const pkg: PkgCommune[] = [
    {
      code: '59001',
      nom: 'Alpha',
      type: 'commune-actuelle',
      departement: '59',
      population: 10,
      codesPostaux: ['59100'],
      anciensCodes: ['59003'],
    },
    {
      code: '59002',
      nom: 'La Beta',
      type: 'commune-actuelle',
      departement: '59',
      population: 20,
      codesPostaux: ['59200'],
    },
    { code: '59003', nom: 'Gamma', type: 'commune-deleguee', departement: '59', chefLieu: '59001' },
    { code: '80001', nom: 'Ailleurs', type: 'commune-actuelle', departement: '80', population: 5 },
  ];
  const epci: PkgEpci[] = [
    {
      code: '200000001',
      nom: 'CA Test',
      type: 'CA',
      populationTotale: 0,
      populationMunicipale: 0,
      membres: [
        { code: '59001', siren: '', nom: 'Alpha', populationTotale: 0, populationMunicipale: 0 },
        { code: '59002', siren: '', nom: 'La Beta', populationTotale: 0, populationMunicipale: 0 },
      ],
    },
  ];
  it('maps former codes to the current commune', () => {
    expect(formerCodes(pkg.filter((c) => c.type === 'commune-actuelle'))).toEqual(
      new Map([['59003', '59001']]),
    );
  });
  it('dissolves merged communes, flags the bassin, rejects unknown codes; counts balance', () => {
    const report = new Report();
    const out = buildCommunes(
      {
        polygons: [
          {
            source: 'p',
            features: [
              feat(1, { code: '59001', nom: 'Alpha' }, sq(0, 0)),
              feat(2, { code: '59003', nom: 'Gamma' }, sq(1, 0)),
              feat(3, { code: '59002', nom: 'Beta' }, sq(0, 1)),
              feat(4, { code: '59999', nom: 'X' }, sq(9, 9)),
            ],
          },
        ],
        pkgCommunes: pkg,
        pkgEpci: epci,
        mbm: [feat(1, { insee: '59002', nom: 'La Beta' }, sq(0, 1))],
        mbmSource: 'm',
        perimeter: null,
      },
      report,
    );
    expect(out.map((c) => c.insee)).toEqual(['59001', '59002']);
    expect(out[0]?.merged_from).toEqual(['59003']);
    expect(out[0]?.geometry.coordinates).toHaveLength(1);
    expect(out.map((c) => c.bassin)).toEqual([false, true]);
    expect(out[1]?.epci_siren).toBe('200000001');
    expect(report.sources.p).toMatchObject({ read: 4, kept: 2, merged: 1, rejected: 1 });
    expect(report.issues.find((i) => i.severity === 'error')?.line).toBe(4);
    expect(report.unbalanced()).toEqual([]);
    // no warning for an article-only difference ("Beta" vs "La Beta")
    expect(report.issues.filter((i) => i.key === '59002')).toEqual([]);
  });
});

describe('CLS status', () => {
  it('maps the labels of the curated file', () => {
    expect(clsStatusOf('CLS signé', '2019-09-25')).toBe('signe');
    expect(clsStatusOf('CLS signé', '2023 (article du 2023-11-09)')).toBe('signe');
    expect(clsStatusOf('Charte partenariale préalable au CLS (commune avec CCCO)', 'inconnue')).toBe(
      'preparation',
    );
    expect(clsStatusOf('inconnu', '')).toBe('inconnu');
    expect(clsStatusOf('CLS (co-piloté ARS + CUA)', 'inconnue')).toBe('inconnu');
    expect(clsStatusOf('CLS (co-piloté ARS + CUA)', '2021-01-01')).toBe('signe');
    expect(clsStatusOf('quelque chose', '')).toBeNull();
  });
  it('rejects unknown SIREN and duplicates, keeps raw labels and drops "inconnue" dates', () => {
    const report = new Report();
    const rows = parseCsv(
      'epci_siren,epci_nom,statut,date,note,source_url\n1,A,CLS signé,2020,,http://a\n2,B,Charte x,inconnue,,http://b\n2,B,CLS signé,2020,,http://b\n9,Z,CLS signé,2020,,http://z\n',
    ).rows;
    rows.forEach((r) => {
      r.values.epci_siren = r.values.epci_siren === '9' ? '999999999' : `20000000${r.values.epci_siren}`;
    });
    const m = readClsRows(rows, new Set(['200000001', '200000002']), 'cls', report);
    expect(m.get('200000002')).toEqual({
      statut: 'preparation',
      libelle: 'Charte x',
      date: null,
      source: 'http://b',
      note: null,
    });
    expect(report.sources.cls).toMatchObject({ read: 4, kept: 2, rejected: 2 });
  });
  it('rejects a row whose source_url is not an http(s) URL (the app would render it as a link), with the reason', () => {
    const report = new Report();
    const rows = parseCsv(
      'epci_siren,epci_nom,statut,date,note,source_url\n' +
        '200000001,A,CLS signé,2020,,javascript:alert(document.domain)\n' +
        '200000002,B,CLS signé,2020,,"data:text/html;base64,PHNjcmlwdD4="\n' +
        '200000003,C,CLS signé,2020,,https://c.example/cls\n' +
        '200000004,D,CLS signé,2020,,\n',
    ).rows;
    const m = readClsRows(rows, new Set(['200000001', '200000002', '200000003', '200000004']), 'cls', report);
    expect([...m.keys()]).toEqual(['200000003', '200000004']);
    expect(m.get('200000003')?.source).toBe('https://c.example/cls');
    const errors = report.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.line, i.key])).toEqual([
      [2, '200000001'],
      [3, '200000002'],
    ]);
    expect(errors[0]?.reason).toContain('is not an http(s) URL');
    expect(errors[0]?.reason).toContain('javascript:alert');
    expect(report.sources.cls).toMatchObject({ read: 4, kept: 2, rejected: 2 });
  });
});

describe('cités', () => {
  const communes = [commune('59001', 'Alpha', sq(0, 0, 10))];
  const index = new CommuneIndex(communes);
  it('merges records sharing an id_lsm, a "partie en zone-tampon" split, but never two different id_lsm', () => {
    const report = new Report();
    const out = buildCites(
      {
        sources: [
          {
            source: 'unesco',
            sourceName: 'u',
            features: [
              feat(
                1,
                { nom: 'Cité du Moulin', commune_1: 'Alpha', type: 'Corons', id_unesco: '1A' },
                sq(1, 1),
              ),
              feat(2, { nom: 'Cité Rouge', commune_1: 'ALPHA', id_lsm: 7, proprietaire: 'SIA' }, sq(4, 4)),
            ],
          },
          {
            source: 'zone_tampon',
            sourceName: 'z',
            features: [
              feat(
                1,
                {
                  nom: 'Cité du Moulin (partie en zone-tampon)',
                  commune_1: 'ALPHA',
                  id_lsm: 5,
                  proprietaire: 'Maisons et Cités',
                },
                sq(2, 1),
              ),
              feat(
                2,
                { nom: 'Cité Bleue', commune_1: 'ALPHA', id_lsm: 8, proprietaire: 'Maisons et Cités / SIA' },
                sq(4.2, 4.2),
              ),
            ],
          },
          {
            source: 'erbm',
            sourceName: 'e',
            features: [
              feat(
                1,
                {
                  nom: 'Cité Rouge',
                  commune_1: 'ALPHA',
                  id_lsm: 7,
                  proprietaire: 'SIA',
                  type: 'Cité pavillon',
                },
                sq(4, 4),
              ),
            ],
          },
        ],
      },
      index,
      report,
    );
    expect(out).toHaveLength(3);
    const moulin = out.find((c) => c.nom === 'Cité du Moulin');
    expect(moulin?.sources).toEqual(['unesco', 'zone_tampon']);
    expect(moulin?.maisons_et_cites).toBe(true);
    expect(moulin?.type).toBe('Corons');
    expect(moulin?.id).toBe('lsm-5');
    const rouge = out.find((c) => c.nom === 'Cité Rouge');
    expect(rouge?.sources).toEqual(['unesco', 'erbm']);
    expect(rouge?.maisons_et_cites).toBe(false);
    expect(rouge?.type).toBe('Cité pavillonnaire');
    expect(out.find((c) => c.nom === 'Cité Bleue')?.maisons_et_cites).toBe(true);
    for (const c of out) expect(booleanPointInPolygon([c.lon, c.lat], c.geometry)).toBe(true);
    expect(report.unbalanced()).toEqual([]);
    expect(report.sources.u?.kept).toBe(2);
    expect((report.sources.z?.merged ?? 0) + (report.sources.e?.merged ?? 0)).toBe(2);
  });
  it('helpers', () => {
    expect(baseName('Cité n°1 de Lens (partie en zone-tampon)')).toBe(baseName('Cité n°1 de Lens'));
    expect(isMaisonsEtCites('Maisons et Cités / SIA')).toBe(true);
    expect(isMaisonsEtCites('Partenord')).toBe(false);
    expect(isMaisonsEtCites(null)).toBe(false);
  });
});

describe('care places', () => {
  const communes = [
    commune('59632', 'Wallers', sq(0, 0, 10)),
    commune('62178', 'Bruay-la-Buissière', sq(20, 0, 10)),
  ];
  const index = new CommuneIndex(communes);
  const header =
    'id,name,kind,operator,address,postcode,commune,commune_insee,phone,status,lat,lon,coord_source,source_url,source_date,evidence';
  const csv = [
    header,
    'filieris-cs-wallers-arenberg,Centre Wallers,filieris_centre_sante,Filieris,"rue du Dispensaire, cité d\'Arenberg",59000,Wallers,59632,,open,,,,https://a.example,,quote',
    'filieris-cs-bruay-la-buissiere-x4,"Centres (4 sites non localisés, ligne agrégée)",filieris_centre_sante,Filieris,,59000,Bruay-la-Buissière,62178,,unknown,,,,https://b.example,,quote',
    'x-bad-kind,Truc,dispensaire,,,,Wallers,59632,,open,,,,https://c.example,,',
    'x-bad-insee,Truc,msp,,,,Wallers,59999,,open,,,,https://c.example,,',
    'x-cite,MSP cité,msp,,cité Rouge,59000,Wallers,59632,,open,,,,https://d.example,,',
  ].join('\n');
  const ssm = [
    {
      id: 'ssm-15I',
      nom: 'Pharmacie et cabinet médical',
      denomination: null,
      compagnie: null,
      proprietaire: null,
      periode: null,
      commune: 'Wallers',
      commune_insee: '59632',
      lon: 3.5,
      lat: 3.5,
      geometry: sq(3, 3),
    },
  ];
  const cites = [
    {
      id: 'lsm-7',
      nom: 'Cité Rouge',
      commune_insee: '59632',
      communes_insee: ['59632'],
      commune: 'Wallers',
      type: null,
      compagnie: null,
      proprietaire: null,
      maisons_et_cites: false,
      sources: ['unesco'],
      lon: 6.5,
      lat: 6.5,
      interet: null,
      geometry: multi(sq(6, 6)),
      members: [],
    },
  ];
  const report = new Report();
  const lieux = buildCuratedLieux(parseCsv(csv).rows, index, cites, ssm, 'f', report);

  it('places each row at the most precise place its evidence supports, else at the commune label point', () => {
    expect(lieux.map((l) => [l.id, l.precision])).toEqual([
      ['filieris-cs-wallers-arenberg', 'building'],
      ['filieris-cs-bruay-la-buissiere-x4', 'commune'],
      ['x-cite', 'quartier'],
    ]);
    expect([lieux[0]?.lon, lieux[0]?.lat]).toEqual([3.5, 3.5]);
    expect([lieux[1]?.lon, lieux[1]?.lat]).toEqual(communes[1]?.label);
    expect([lieux[2]?.lon, lieux[2]?.lat]).toEqual([6.5, 6.5]);
    expect(lieux[1]?.aggregate_count).toBe(4);
    expect(lieux[0]?.aggregate_count).toBeNull();
  });
  it('rejects unknown kinds and INSEE codes with their line; counts balance', () => {
    expect(report.issues.filter((i) => i.severity === 'error').map((i) => i.line)).toEqual([4, 5]);
    expect(report.sources.f).toMatchObject({ read: 5, kept: 3, rejected: 2 });
    expect(aggregateCountOf('a', 'Centres (4 sites non localisés, ligne agrégée)')).toBe(4);
  });
  it('merges FINESS: FINESS wins on location, the curated row keeps its source; unmatched FINESS rows are added', () => {
    const et = (o: Partial<FinessEt>): FinessEt => ({
      line: 2,
      nofinesset: '599999001',
      nofinessej: '750050759',
      rs: 'CS FILIERIS',
      rslongue: 'CENTRE DE SANTE FILIERIS WALLERS',
      address: '1 R DU DISPENSAIRE',
      insee: '59632',
      departement: '59',
      postcode: '59135',
      communeLabel: 'WALLERS',
      categetab: '124',
      libcategetab: 'Centre de Santé',
      siret: null,
      dateouv: null,
      datemaj: null,
      x: 1,
      y: 1,
      lon: 2.5,
      lat: 2.5,
      coordSource: 'test',
      phone: null,
      ...o,
    });
    const r = new Report();
    const out = mergeFiness(
      lieux,
      [
        et({}),
        et({
          nofinesset: '629999003',
          insee: '62178',
          categetab: '124',
          lon: 25,
          lat: 5,
          rslongue: 'CENTRE DE SANTE FILIERIS BRUAY',
        }),
        et({ nofinesset: '599999006', lon: null, lat: null }),
      ],
      '2026-01-15',
      index,
      'finess',
      r,
    );
    const w = out.find((l) => l.id === 'filieris-cs-wallers-arenberg');
    expect(w).toMatchObject({
      precision: 'address',
      lon: 2.5,
      lat: 2.5,
      finess: '599999001',
      source_url: 'https://a.example',
      address: '1 R DU DISPENSAIRE',
    });
    // the aggregate row is never matched: the Bruay FINESS centre is added as its own row
    expect(out.find((l) => l.id === 'filieris-cs-bruay-la-buissiere-x4')?.finess).toBeNull();
    expect(out.find((l) => l.id === 'finess-629999003')).toMatchObject({
      kind: 'filieris_centre_sante',
      precision: 'address',
      source_date: '2026-01-15',
    });
    expect(r.sources.finess).toMatchObject({ read: 3, kept: 1, merged: 1, rejected: 1 });
    expect(lieux.find((l) => l.id === 'filieris-cs-wallers-arenberg')?.precision).toBe('building'); // input not mutated
  });
  it('derives the kind of FINESS rows', () => {
    const base = { nofinessej: '750050759', rs: 'X', rslongue: null, categetab: '124' } as FinessEt;
    expect(kindOfFiness(base)).toBe('filieris_centre_sante');
    expect(kindOfFiness({ ...base, rs: 'CENTRE DENTAIRE FILIERIS' })).toBe('filieris_dentaire');
    expect(kindOfFiness({ ...base, categetab: '620' })).toBe('filieris_pharmacie');
    expect(kindOfFiness({ ...base, categetab: '209' })).toBe('filieris_autre');
    expect(kindOfFiness({ ...base, nofinessej: '123456789', categetab: '603' })).toBe('msp');
    expect(kindOfFiness({ ...base, nofinessej: '123456789' })).toBe('centre_sante_autre');
    // Filieris pharmacies are "pharmacies minières", category 628
    expect(kindOfFiness({ ...base, categetab: '628' })).toBe('filieris_pharmacie');
    expect(kindOfFiness({ ...base, nofinessej: '123456789', categetab: '628' })).toBeNull();
    // a Filieris legal entity found by name in the JSON register (another EJ number)
    expect(kindOfFiness({ ...base, nofinessej: '123456789', filieris: true })).toBe('filieris_centre_sante');
    // hospital categories, classified with their name
    const other = { ...base, nofinessej: '123456789' };
    expect(kindOfFiness({ ...other, categetab: '355', rs: 'CENTRE HOSPITALIER DE LENS' })).toBe('hopital');
    expect(kindOfFiness({ ...other, categetab: '355', rs: 'CMP DE BULLY LES MINES' })).toBe(
      'hopital_psychiatrie',
    );
    expect(kindOfFiness({ ...other, categetab: '362', rs: 'USLD' })).toBe('hopital_ssr');
    expect(kindOfFiness({ ...other, categetab: '355', rs: 'CENTRE DE PLANIFICATION FAMILIALE' })).toBeNull();
    expect(kindOfFiness({ ...other, categetab: '500', rs: 'EHPAD' })).toBeNull();
  });
});
