import { describe, expect, it } from 'vitest';
import { CELLS_CSV_HEADER, cellsToCsv, inseeCellId } from '../../../src/domain/export_cells.ts';
import { selectCells } from '../../../src/domain/select_cells.ts';
import { CSV_FORMATS } from '../../../src/domain/write_csv.ts';
import { CALL, COMMUNES } from '../../fixtures/domain/basin.ts';
import { centreOf, makeGrid } from '../../fixtures/domain/cells.ts';

const grid = makeGrid();
/** lievin-a, lens-a, lens-b, lens-c, lievin-b, lille-a; distances set by hand */
const coverage = {
  distanceKm: Float64Array.from([0, 0, 0.2, 3.4, 0, Number.POSITIVE_INFINITY]),
  nearest: Int32Array.from([1, 0, 0, 0, 2, -1]),
};
const withoutUnknown = {
  distanceKm: Float64Array.from([0, 0, 0.2, 3.4, 10, Number.POSITIVE_INFINITY]),
  nearest: Int32Array.from([1, 0, 0, 0, 1, -1]),
};
const lieux = [{ nom: 'MSP de Lens' }, { nom: '=MSP de Liévin' }, { nom: 'MSP incertaine' }];

describe('cellsToCsv', () => {
  const csv = cellsToCsv(
    grid,
    coverage,
    selectCells(grid, COMMUNES, { type: 'epci', siren: CALL }),
    3,
    11000,
    lieux,
    CSV_FORMATS.fr,
    'situation actuelle (aucun scénario)',
    withoutUnknown,
  );
  const lines = csv.slice(1).split('\r\n');

  it('has a header that states the method, then one line per cell of the territory', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe(CELLS_CSV_HEADER.join(';'));
    expect(lines[0]).toContain('distance_km_depuis_le_centre_du_carreau');
    expect(lines.filter((l) => l !== '')).toHaveLength(1 + 5); // the CALL's 5 cells; Lille is not in it
  });

  it('writes a cell by hand: lens-b, 50.5 people, imputed, 0.2 km, in the French form', () => {
    const [lon, lat] = centreOf({ col: 19064, row: 15302 });
    expect(lines[3]).toBe(
      [
        '"CRS3035RES200mN3060400E3812800"',
        '"62498"',
        String(Number(lon.toFixed(5))).replace('.', ','),
        String(Number(lat.toFixed(5))).replace('.', ','),
        '50,5',
        '15000',
        'oui', // imputed by INSEE
        'oui', // centre inside the perimeter
        'non', // 15,000 € > 11,000 €
        '0,2',
        'non',
        'non',
        '"MSP de Lens"',
        '3',
        '"situation actuelle (aucun scénario)"',
      ].join(';'),
    );
  });

  it('says which cells are beyond only without the places of unknown status (lievin-b: 10 km)', () => {
    const lievinB = lines.find((l) => l.startsWith(`"${inseeCellId(19000, 15330)}"`));
    expect(lievinB?.split(';').slice(9, 12)).toEqual(['0', 'non', 'oui']);
  });

  it('keeps a place name that starts like a formula inert', () => {
    expect(lines[1]).toContain(`"'=MSP de Liévin"`);
  });

  it('leaves the distance empty and counts the cell beyond when no place is counted', () => {
    const all = cellsToCsv(
      grid,
      coverage,
      selectCells(grid, COMMUNES, { type: 'all' }),
      3,
      null,
      lieux,
      CSV_FORMATS.intl,
      'x',
    );
    const lille = all.split('\r\n')[6]?.split(',');
    expect(lille?.slice(8, 13)).toEqual(['', '', 'oui', '', '']);
  });
});
