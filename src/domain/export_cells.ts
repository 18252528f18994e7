import type { Lieu } from '../schema.ts';
import type { CellCoverage, CellGrid } from './cell_types.ts';
import type { CellSelection } from './select_cells.ts';
import { type CsvFormat, type CsvValue, writeCsv } from './write_csv.ts';

/**
 * Columns of the cells export, in order. The names state the method: the distance is measured as the crow
 * flies from the centre of the 200 m cell to the nearest counted place; people and the mean standard of living
 * are INSEE Filosofi 2021's.
 */
export const CELLS_CSV_HEADER = [
  'carreau',
  'code_insee_commune',
  'lon_centre',
  'lat_centre',
  'habitants',
  'niveau_de_vie_moyen_eur',
  'valeurs_estimees_insee',
  'dans_le_perimetre_du_bassin',
  'revenus_modestes',
  'distance_km_depuis_le_centre_du_carreau',
  'au_dela_du_seuil',
  'au_dela_du_seuil_sans_lieux_incertains',
  'lieu_le_plus_proche',
  'seuil_km',
  'scenario',
] as const;
type CellColumn = (typeof CELLS_CSV_HEADER)[number];

/** INSEE's identifier of a 200 m cell from its EPSG:3035 grid indices: `CRS3035RES200mN{200·row}E{200·col}`. */
export const inseeCellId = (col: number, row: number): string => `CRS3035RES200mN${row * 200}E${col * 200}`;

const round = (x: number, digits: number): number => Number(x.toFixed(digits));

/**
 * The cells of a territory as CSV (`writeCsv`, in `format`): one line per inhabited 200 m cell of `selection`,
 * in grid order, with INSEE's cell id, its commune, its centre (WGS84, 5 decimals), its people (halves kept),
 * mean standard of living (€ per person and year, to the file's 10 € step), INSEE's imputation flag, whether
 * its centre is in the drawn perimeter, whether it is a low-income cell (at or below `lowIncomeLine`; empty
 * without a line), the distance from its centre to the nearest counted place (0.01 km; empty when there is no
 * place), whether that is strictly beyond `thresholdKm` (and, with `withoutUnknown` — the coverage computed
 * without the places of unknown status — whether it is without them), the place's name, the threshold and
 * `scenario` (what the figures include, in words). `lieux` is the list the coverage was computed from (its `nearest` indices point
 * into it). Inputs are not modified.
 *
 * @example
 * cellsToCsv(grid, cov, selectCells(grid, communes, territory), 5, 17_230, lieux, CSV_FORMATS.fr, 'situation actuelle');
 * // "\uFEFFcarreau;code_insee_commune;…\r\n\"CRS3035RES200mN3035600E3850000\";\"59350\";3,05;50,63;12,5;…"
 */
export function cellsToCsv(
  grid: CellGrid,
  coverage: CellCoverage,
  selection: CellSelection,
  thresholdKm: number,
  lowIncomeLine: number | null,
  lieux: readonly Pick<Lieu, 'nom'>[],
  format: CsvFormat,
  scenario: string,
  withoutUnknown: CellCoverage | null = null,
): string {
  function* rows(): Generator<Record<CellColumn, CsvValue>> {
    const cells = selection.cells;
    for (let k = 0; k < cells.length; k++) {
      const i = cells[k]!;
      const d = coverage.distanceKm[i]!;
      const none = d === Number.POSITIVE_INFINITY;
      yield {
        carreau: inseeCellId(grid.col[i]!, grid.row[i]!),
        code_insee_commune: grid.communes[grid.commune[i]!] ?? null,
        lon_centre: round(grid.lon[i]!, 5),
        lat_centre: round(grid.lat[i]!, 5),
        habitants: grid.population[i]!,
        niveau_de_vie_moyen_eur: grid.livingStandard[i]!,
        valeurs_estimees_insee: grid.imputed[i] === 1,
        dans_le_perimetre_du_bassin: grid.inPerimeter[i] === 1,
        revenus_modestes: lowIncomeLine === null ? null : grid.livingStandard[i]! <= lowIncomeLine,
        distance_km_depuis_le_centre_du_carreau: none ? null : round(d, 2),
        au_dela_du_seuil: none || d > thresholdKm,
        au_dela_du_seuil_sans_lieux_incertains:
          withoutUnknown === null ? null : withoutUnknown.distanceKm[i]! > thresholdKm,
        lieu_le_plus_proche: lieux[coverage.nearest[i]!]?.nom ?? null,
        seuil_km: thresholdKm,
        scenario,
      };
    }
  }
  return writeCsv(CELLS_CSV_HEADER, rows(), format);
}
