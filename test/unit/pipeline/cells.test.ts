/**
 * The population-grid steps of the pipeline on small hand-made inputs: reading and checking the Filosofi CSV
 * (test/fixtures/filosofi/broken.csv), giving cells a commune, linking cités to cells, clipping helpers, the
 * `perimetre` flag of communes. Expected values are worked out by hand in the comments.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildCells, cellSquare, communeTable, linkCites } from '../../../scripts/build_cells.ts';
import type { CommuneRecord } from '../../../scripts/build_communes.ts';
import { buildCommunes } from '../../../scripts/build_communes.ts';
import { areaShareInside, clipToBox } from '../../../scripts/lib/area_share.ts';
import { areaInBox, clipRingToBox, ringArea } from '../../../scripts/lib/clip.ts';
import { CommuneIndex } from '../../../scripts/lib/locate.ts';
import { readFilosofi } from '../../../scripts/read_filosofi.ts';
import type { InFeature, PkgCommune } from '../../../scripts/read_inputs.ts';
import { Report } from '../../../scripts/report.ts';
import { cellId } from '../../../src/data/cells_columns.ts';
import { unprojectLaea } from '../../../src/domain/project_laea.ts';
import { box } from '../../fixtures/pipeline.ts';

const FIXTURE = path.resolve(__dirname, '../../fixtures/filosofi/broken.csv');
const SOURCE = 'filosofi/broken.csv';

const multi = (p: Polygon): MultiPolygon => ({ type: 'MultiPolygon', coordinates: [p.coordinates] });

function commune(insee: string, nom: string, geom: Polygon, bassin: boolean): CommuneRecord {
  return {
    insee,
    nom,
    dep: '59',
    population: 1000,
    postcodes: [],
    epci_siren: '200000001',
    epci_nom: 'CA Test',
    bassin,
    perimetre: bassin,
    perimetre_share: bassin ? 1 : 0,
    label: [geom.coordinates[0]?.[0]?.[0] as number, geom.coordinates[0]?.[0]?.[1] as number],
    geometry: multi(geom),
    merged_from: [],
  };
}

// Hand-made communes around the fixture's cells (centres at lon 3.38594–3.391778, lat 50.2422–50.2440 and
// lon 3.172047, lat 50.261932). A gap lon 3.3888–3.39 lies between the first two.
const WEST = commune('59038', 'Ouest', box(3.3, 50.2, 3.3888, 50.3), true);
const EAST = commune('59600', 'Est', box(3.39, 50.2, 3.5, 50.3), false);
const FAR_WEST = commune('59224', 'Loin', box(3.1, 50.2, 3.3, 50.3), true);
const INDEX = new CommuneIndex([WEST, EAST, FAR_WEST]);

describe('readFilosofi', () => {
  it('rejects every broken row with its line and reason and returns the others', () => {
    const report = new Report();
    const rows = readFilosofi(fs.readFileSync(FIXTURE, 'utf8'), SOURCE, report);
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7]);
    const reasons = report.issues.map((i) => [i.line, i.reason]);
    expect(reasons).toEqual([
      [19, 'expected 10 fields, found 9'],
      [8, expect.stringContaining('is not CRS3035RES200mN{Y}E{X}')],
      [9, expect.stringContaining('is not the centre of cell')],
      [10, expect.stringContaining('away from the centre')],
      [11, expect.stringContaining('ind -3 is not positive')],
      [12, expect.stringContaining('ind "abc" is not a number')],
      [13, expect.stringContaining('not a whole or half number')],
      [14, expect.stringContaining('mean standard of living 2 €')],
      [15, 'imputed "2" is not 0 or 1'],
      [16, 'in_perimeter "x" is not 0 or 1'],
      [17, 'insee_mbm "75056" is not an INSEE code of 59/62'],
      [18, 'duplicate idcar_200m (first on line 2)'],
    ]);
    expect(report.sources[SOURCE]).toMatchObject({ read: 18, rejected: 12, kept: 0 });
  });

  it('reads grid indices from the id, the centre by inverse projection, halves of people and the flags', () => {
    const rows = readFilosofi(fs.readFileSync(FIXTURE, 'utf8'), SOURCE, new Report());
    const [a, , , d, half] = rows;
    // CRS3035RES200mN3035600E3850000 → col 3850000/200 = 19250, row 3035600/200 = 15178
    expect([a?.col, a?.row]).toEqual([19250, 15178]);
    expect(Math.abs((a?.lon ?? 0) - 3.388984)).toBeLessThan(6e-7);
    expect(Math.abs((a?.lat ?? 0) - 50.242232)).toBeLessThan(6e-7);
    expect(a).toMatchObject({ population: 5, livingStandardSum: 145762, imputed: true, inseeMbm: '59038' });
    expect(d).toMatchObject({ population: 24, imputed: true, inPerimeter: false, inseeMbm: '59026' });
    expect(half?.population).toBe(38.5);
  });

  it('refuses a file whose header is not the grid', () => {
    expect(() => readFilosofi('a,b\n1,2\n', SOURCE, new Report())).toThrow(/header/);
  });
});

describe('buildCells', () => {
  const run = () => {
    const report = new Report();
    const rows = readFilosofi(fs.readFileSync(FIXTURE, 'utf8'), SOURCE, report);
    // a perimeter around the third row's centre only (lon 3.38594, lat 50.24386), whose in_perimeter says 0
    const perimeter = box(3.3855, 50.2435, 3.3865, 50.2445);
    const out = buildCells(
      { rows, source: SOURCE, communes: INDEX, perimeter, cites: [], completeCommunes: ['59038'] },
      report,
    );
    return { report, out };
  };

  it('keeps cells in a commune, rejects the one in Paris; read = kept + rejected', () => {
    const { report, out } = run();
    expect(report.sources[SOURCE]).toMatchObject({ read: 18, kept: 5, rejected: 13 });
    expect(report.unbalanced()).toEqual([]);
    const paris = report.issues.find((i) => i.line === 7);
    expect(paris?.reason).toMatch(/outside the communes of Nord and Pas-de-Calais/);
    expect(out.cells).toHaveLength(5);
  });

  it('sorts cells south to north then west to east and gives each its commune', () => {
    const { out } = run();
    // rows 15178 (cols 19250, 19251), 15179 (19249, 19250), 15196 (19174)
    expect(out.cells.map((c) => [c.row, c.col, c.insee])).toEqual([
      [15178, 19250, '59038'], // centre 3.388984: in the gap, 13 m from Ouest's edge (3.3888), 72 m from Est
      [15178, 19251, '59600'],
      [15179, 19249, '59038'],
      [15179, 19250, '59038'],
      [15196, 19174, '59224'],
    ]);
    expect(out.cells[0]?.livingStandard).toBeCloseTo(145762 / 5, 9);
  });

  it('gives a centre just outside every polygon to the nearest commune, with a warning', () => {
    const { report } = run();
    const w = report.issues.find((i) => i.line === 2);
    expect(w?.severity).toBe('warning');
    expect(w?.reason).toMatch(/in no commune polygon, 1\d m from Ouest \(59038\)/);
  });

  it('lists the cells whose commune is not the one of insee_mbm (among the 330)', () => {
    const { out } = run();
    // line 3: insee_mbm 59038 but in Est (not of the 330); line 5: insee_mbm 59026 but in Loin (59224)
    expect(out.disagreements.map((d) => [d.line, d.insee_mbm, d.commune, d.population])).toEqual([
      [3, '59038', '59600', 7],
      [5, '59026', '59224', 24],
    ]);
  });

  it('warns when the centre and in_perimeter disagree, keeping the CSV value', () => {
    const { report, out } = run();
    const w = report.issues.find((i) => i.line === 4);
    expect(w?.reason).toMatch(/in_perimeter = 0 but the centre is inside/);
    expect(out.cells.every((c) => !c.inPerimeter)).toBe(true);
  });

  it('writes the commune table with completeness and one square per cell', () => {
    const { out } = run();
    expect(out.table.communes).toEqual(['59038', '59224', '59600']);
    expect(out.table.communes_complete).toEqual([1, 0, 0]);
    expect(out.tiles.map((t) => t.properties.carreau)).toEqual(out.cells.map((c) => c.row * 100000 + c.col));
  });
});

describe('communeTable', () => {
  it('lists the communes of cells and the complete communes, even without a cell', () => {
    expect(communeTable([{ insee: '62498' }, { insee: '59001' }], ['62498', '62510'])).toEqual([
      { insee: '59001', complete: false },
      { insee: '62498', complete: true },
      { insee: '62510', complete: true },
    ]);
  });
});

describe('cellSquare', () => {
  it('has the four corners of the 200 m square, counter-clockwise, from the EPSG:3035 grid', () => {
    const sq = cellSquare({ col: 19250, row: 15178 });
    expect(sq.properties).toEqual({ carreau: cellId(19250, 15178) });
    const ring = (sq.geometry as Polygon).coordinates[0] as [number, number][];
    expect(ring).toHaveLength(5);
    expect(ring[0]).toEqual(ring[4]);
    const corners: [number, number][] = [
      [3850000, 3035600],
      [3850200, 3035600],
      [3850200, 3035800],
      [3850000, 3035800],
    ];
    corners.forEach(([x, y], k) => {
      const [lon, lat] = unprojectLaea(x, y);
      expect(Math.abs((ring[k]?.[0] ?? 0) - lon)).toBeLessThanOrEqual(5e-7);
      expect(Math.abs((ring[k]?.[1] ?? 0) - lat)).toBeLessThanOrEqual(5e-7);
    });
  });
});

describe('linkCites', () => {
  // two cells side by side (cols 19250 and 19251, row 15178) and one far away
  const cells = [
    {
      col: 19250,
      row: 15178,
      population: 5,
      livingStandard: 1,
      imputed: false,
      inPerimeter: true,
      insee: '59038',
    },
    {
      col: 19251,
      row: 15178,
      population: 7,
      livingStandard: 1,
      imputed: false,
      inPerimeter: true,
      insee: '59038',
    },
    {
      col: 19300,
      row: 15300,
      population: 9,
      livingStandard: 1,
      imputed: false,
      inPerimeter: true,
      insee: '59038',
    },
  ];
  /** A rectangle given in EPSG:3035 metres, as WGS84 (what the cité files hold). */
  const rect = (x0: number, y0: number, x1: number, y1: number): [number, number][] =>
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ].map(([x, y]) => unprojectLaea(x as number, y as number));

  it('shares each cell by the part of its square inside the cité (holes left out)', () => {
    // cité: x 3850100–3850300, y 3035600–3035800 → the east half of cell 19250 and the west half of 19251;
    // a 20 m × 20 m hole in the first half: 400 m² of 40,000 → 0.5 − 0.01 = 0.49
    const geometry: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        [rect(3850100, 3035600, 3850300, 3035800), rect(3850120, 3035620, 3850140, 3035640).reverse()],
      ],
    };
    const [links] = linkCites([{ id: 'c1', geometry }], cells);
    expect(links?.id).toBe('c1');
    expect(links?.links.map((l) => l.cell)).toEqual([0, 1]);
    expect(links?.links[0]?.weight).toBeCloseTo(0.49, 6);
    expect(links?.links[1]?.weight).toBeCloseTo(0.5, 6);
  });

  it('gives no link to a cité over cells without inhabitants', () => {
    const geometry: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[rect(3840000, 3030000, 3840400, 3030400)]],
    };
    expect(linkCites([{ id: 'empty', geometry }], cells)).toEqual([{ id: 'empty', links: [] }]);
  });
});

describe('clipping helpers', () => {
  const square: [number, number][] = [
    [0, 0],
    [2, 0],
    [2, 2],
    [0, 2],
  ];
  it('ringArea is the shoelace area whatever the orientation', () => {
    expect(ringArea(square)).toBe(4);
    expect(ringArea([...square].reverse())).toBe(4);
  });
  it('clips a ring to a box (Sutherland–Hodgman)', () => {
    expect(ringArea(clipRingToBox(square, 1, 1, 3, 3))).toBe(1);
    expect(clipRingToBox(square, 5, 5, 6, 6)).toEqual([]);
    // an L-shape (area 3) cut by the box [0, 2] × [1, 2] keeps its top row: area 1
    const l: [number, number][] = [
      [0, 0],
      [2, 0],
      [2, 1],
      [1, 1],
      [1, 2],
      [0, 2],
    ];
    expect(ringArea(l)).toBe(3);
    expect(ringArea(clipRingToBox(l, 0, 1, 2, 2))).toBe(1);
  });
  it('areaInBox subtracts holes and adds polygons', () => {
    const hole: [number, number][] = [
      [0.5, 0.5],
      [1, 0.5],
      [1, 1],
      [0.5, 1],
    ];
    expect(areaInBox([[square, hole]], 0, 0, 2, 2)).toBe(3.75);
    expect(
      areaInBox([[square], [[...square.map(([x, y]) => [x + 10, y] as [number, number])]]], 0, 0, 11, 2),
    ).toBe(4 + 2);
  });
  it('clipToBox keeps the part of a polygon in a box as a closed multipolygon', () => {
    const out = clipToBox(box(0, 0, 2, 2), [1, 1, 3, 3]);
    expect(out?.coordinates).toHaveLength(1);
    const ring = out?.coordinates[0]?.[0] ?? [];
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(clipToBox(box(0, 0, 2, 2), [5, 5, 6, 6])).toBeNull();
  });
});

describe('perimetre flag of communes', () => {
  it('is the share of the area inside the perimeter, true above one half', () => {
    // 1°-wide squares at the equator: areas scale with the longitude span, so shares are the span ratios
    const perimeter = box(0, 0, 0.8, 2);
    expect(areaShareInside(box(0, 0, 2, 1), perimeter)).toBeCloseTo(0.4, 6);
    expect(areaShareInside(box(0, 1, 1, 2), perimeter)).toBeCloseTo(0.8, 6);
    expect(areaShareInside(box(5, 5, 6, 6), perimeter)).toBe(0);
  });

  it('is set by buildCommunes from the perimeter polygon', () => {
    const pkg: PkgCommune[] = [
      { code: '59001', nom: 'Alpha', type: 'commune-actuelle', departement: '59', population: 10 },
      { code: '59002', nom: 'Beta', type: 'commune-actuelle', departement: '59', population: 20 },
    ];
    const feat = (line: number, code: string, geometry: Polygon): InFeature => ({
      type: 'Feature',
      properties: { code, nom: code },
      geometry,
      line,
    });
    const out = buildCommunes(
      {
        polygons: [
          { source: 'p', features: [feat(1, '59001', box(0, 0, 2, 1)), feat(2, '59002', box(0, 1, 1, 2))] },
        ],
        pkgCommunes: pkg,
        pkgEpci: [
          {
            code: '200000001',
            nom: 'CA',
            type: 'CA',
            populationTotale: 0,
            populationMunicipale: 0,
            membres: [
              { code: '59001', siren: '1', nom: 'Alpha', populationTotale: 0, populationMunicipale: 0 },
              { code: '59002', siren: '2', nom: 'Beta', populationTotale: 0, populationMunicipale: 0 },
            ],
          },
        ],
        mbm: [],
        mbmSource: 'm',
        perimeter: box(0, 0, 0.8, 2),
      },
      new Report(),
    );
    expect(out.map((c) => [c.insee, c.perimetre, c.perimetre_share])).toEqual([
      ['59001', false, 0.4],
      ['59002', true, 0.8],
    ]);
  });
});
