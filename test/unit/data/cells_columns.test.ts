import { describe, expect, test } from 'vitest';
import {
  type CellRecord,
  type CiteLinksRecord,
  cellId,
  decodeCells,
  encodeCells,
} from '../../../src/data/cells_columns.ts';
import { unprojectLaea } from '../../../src/domain/project_laea.ts';

// Three cells on two grid rows (south row first, west to east), the grid box is cols 100..102, rows 50..51
const CELLS: CellRecord[] = [
  {
    col: 100,
    row: 50,
    population: 5,
    livingStandard: 14_996,
    imputed: true,
    inPerimeter: true,
    insee: '62498',
  },
  {
    col: 102,
    row: 50,
    population: 12.5,
    livingStandard: 21_004,
    imputed: false,
    inPerimeter: true,
    insee: '62510',
  },
  {
    col: 101,
    row: 51,
    population: 40,
    livingStandard: 30_000,
    imputed: false,
    inPerimeter: false,
    insee: '62498',
  },
];
const CITES: CiteLinksRecord[] = [
  {
    id: 'lsm-1',
    links: [
      { cell: 0, weight: 0.25 },
      { cell: 2, weight: 1 },
    ],
  },
  { id: 'lsm-2', links: [] },
  { id: 'lsm-3', links: [{ cell: 1, weight: 0.4996 }] },
];
const TABLE = [
  { insee: '62510', complete: true },
  { insee: '62498', complete: true },
  { insee: '62001', complete: false },
];

describe('cellId', () => {
  test('is row·100000 + col, the N/E of the INSEE id divided by 200', () => {
    // CRS3035RES200mN3035600E3850000: N 3035600 / 200 = 15178, E 3850000 / 200 = 19250
    expect(cellId(19250, 15178)).toBe(1517819250);
  });
});

describe('encodeCells', () => {
  test('writes positions as grid offsets, first absolute then differences', () => {
    const t = encodeCells(CELLS, CITES, TABLE);
    expect(t.grid).toEqual({ crs: 'EPSG:3035', size_m: 200, col0: 100, row0: 50, width: 3, height: 2 });
    // offsets (row − 50)·3 + (col − 100): 0, 2, 4 → 0, +2, +2
    expect(t.columns.position).toEqual([0, 2, 2]);
    expect(t.columns.population2).toEqual([10, 25, 80]);
    // 14,996 / 10 = 1499.6 → 1500; 21,004 → 2100; 30,000 → 3000
    expect(t.columns.living_standard).toEqual([1500, 2100, 3000]);
    expect(t.columns.imputed).toEqual([1, 0, 0]);
    expect(t.columns.perimetre).toEqual([1, 1, 0]);
    expect(t.communes).toEqual(['62001', '62498', '62510']);
    expect(t.communes_complete).toEqual([0, 1, 1]);
    expect(t.columns.commune).toEqual([1, 2, 1]);
    expect(t.cites).toEqual({
      id: ['lsm-1', 'lsm-2', 'lsm-3'],
      count: [2, 0, 1],
      cell: [0, 2, 1],
      weight: [250, 1000, 500],
    });
  });

  test('refuses what it cannot write back', () => {
    expect(() => encodeCells([CELLS[1]!, CELLS[0]!], [], TABLE)).toThrow(/not sorted/);
    expect(() => encodeCells([CELLS[0]!, CELLS[0]!], [], TABLE)).toThrow(/not sorted/);
    expect(() => encodeCells([{ ...CELLS[0]!, population: 2.25 }], [], TABLE)).toThrow(/population 2.25/);
    expect(() => encodeCells([{ ...CELLS[0]!, insee: '59001' }], [], TABLE)).toThrow(
      /59001 not in communeTable/,
    );
    expect(() => encodeCells(CELLS, [{ id: 'x', links: [{ cell: 3, weight: 1 }] }], TABLE)).toThrow(/cell 3/);
    expect(() => encodeCells(CELLS, [{ id: 'x', links: [{ cell: 0, weight: 1.5 }] }], TABLE)).toThrow(
      /weight/,
    );
  });

  test('does not modify its input', () => {
    const cells = structuredClone(CELLS);
    const cites = structuredClone(CITES);
    encodeCells(cells, cites, TABLE);
    expect(cells).toEqual(CELLS);
    expect(cites).toEqual(CITES);
  });
});

describe('decodeCells', () => {
  const json = () => JSON.parse(JSON.stringify(encodeCells(CELLS, CITES, TABLE)));

  test('reads back grid indices, people, standard of living (to 10 €), flags, communes and links', () => {
    const { grid, rejected, rejectedLinks } = decodeCells(json());
    expect(rejected).toEqual([]);
    expect(rejectedLinks).toEqual([]);
    expect(grid.count).toBe(3);
    expect([...grid.col]).toEqual([100, 102, 101]);
    expect([...grid.row]).toEqual([50, 50, 51]);
    expect([...grid.population]).toEqual([5, 12.5, 40]);
    expect([...grid.livingStandard]).toEqual([15_000, 21_000, 30_000]);
    expect([...grid.imputed]).toEqual([1, 0, 0]);
    expect([...grid.inPerimeter]).toEqual([1, 1, 0]);
    expect([...grid.commune].map((j) => grid.communes[j])).toEqual(['62498', '62510', '62498']);
    expect([...grid.communeComplete]).toEqual([0, 1, 1]);
    expect(grid.cites.ids).toEqual(['lsm-1', 'lsm-2', 'lsm-3']);
    expect([...grid.cites.start]).toEqual([0, 2, 2, 3]);
    expect([...grid.cites.cell]).toEqual([0, 2, 1]);
    expect([...grid.cites.weight]).toEqual([0.25, 1, 0.5]);
  });

  test('puts each centre at the inverse projection of the grid centre (200·col + 100, 200·row + 100)', () => {
    const { grid } = decodeCells(json());
    const [lon, lat] = unprojectLaea(101 * 200 + 100, 51 * 200 + 100);
    expect(grid.lon[2]).toBe(lon);
    expect(grid.lat[2]).toBe(lat);
  });

  test('a row with an invalid value is rejected with its position and reason; links to it are left out', () => {
    const t = json();
    t.columns.population2[0] = 0;
    t.columns.imputed[1] = 2;
    const { grid, rejected, rejectedLinks } = decodeCells(t);
    expect(rejected).toEqual([
      { row: 0, cell: cellId(100, 50), reason: 'population invalide' },
      { row: 1, cell: cellId(102, 50), reason: 'indicateur invalide (0 ou 1 attendu)' },
    ]);
    expect(grid.count + rejected.length).toBe(3);
    expect([...grid.col]).toEqual([101]);
    // lsm-1 keeps its link to the third cell (now cell 0); its link to cell 0 and lsm-3's to cell 1 are dropped
    expect([...grid.cites.start]).toEqual([0, 1, 1, 1]);
    expect([...grid.cites.cell]).toEqual([0]);
    expect(rejectedLinks).toEqual([
      { cite: 'lsm-1', reason: 'carreau écarté' },
      { cite: 'lsm-3', reason: 'carreau écarté' },
    ]);
  });

  test('a commune index outside the table, a bad INSEE code, a standard of living of 0 are rejected', () => {
    const t = json();
    t.columns.commune[0] = 9;
    t.communes[2] = '6251';
    t.columns.living_standard[2] = 0;
    expect(decodeCells(t).rejected.map((r) => [r.row, r.reason])).toEqual([
      [0, 'commune invalide'],
      [1, 'commune invalide'],
      [2, 'niveau de vie invalide'],
    ]);
  });

  test('a link with a bad weight or an unknown cell is left out', () => {
    const t = json();
    t.cites.weight[0] = 0;
    t.cites.cell[2] = 7;
    expect(decodeCells(t).rejectedLinks).toEqual([
      { cite: 'lsm-1', reason: 'poids invalide' },
      { cite: 'lsm-3', reason: 'carreau inconnu' },
    ]);
  });

  test('a broken structure is an error that names what is wrong', () => {
    expect(() => decodeCells({})).toThrow('« columns »');
    const t = json();
    expect(() => decodeCells({ ...t, grid: { ...t.grid, size_m: 1000 } })).toThrow('EPSG:3035');
    expect(() => decodeCells({ ...t, columns: { ...t.columns, imputed: [1] } })).toThrow(
      '« imputed » : 1 valeurs',
    );
    // a position that does not move forward would misplace every later cell
    expect(() => decodeCells({ ...t, columns: { ...t.columns, position: [0, 0, 2] } })).toThrow(
      '« position »',
    );
    expect(() => decodeCells({ ...t, columns: { ...t.columns, position: [0, 2, 9] } })).toThrow(
      'hors de la grille',
    );
    expect(() => decodeCells({ ...t, communes_complete: [1] })).toThrow('communes_complete');
    expect(() => decodeCells({ ...t, cites: { ...t.cites, count: [2, 0, 2] } })).toThrow('liens');
  });
});
