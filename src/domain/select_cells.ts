import type { Commune } from '../schema.ts';
import type { CellGrid } from './cell_types.ts';
import type { CoverageTerritory } from './select_territory.ts';

/**
 * A territory for figures on cells — the same as for commune points (`CoverageTerritory`): the 330 communes of
 * the bassin's intercommunalities for `bassin`, an EPCI, a commune, everything, and `perimetre`, the drawn
 * bassin-minier perimeter (for cells: those whose centre lies inside it).
 */
export type CellTerritory = CoverageTerritory;

/** The commune fields a cell selection needs. */
export type CellCommune = Pick<Commune, 'insee' | 'bassin' | 'epci_siren'>;

/** The cells of a territory. */
export interface CellSelection {
  /** indices of the territory's cells, in grid order */
  cells: Int32Array;
  /**
   * true when the grid holds every inhabited cell of the territory: always for `perimetre`, never for `all`,
   * otherwise when every commune of the territory is in the grid's table with `communeComplete = 1`.
   */
  complete: boolean;
}

/**
 * The cells of a territory. A cell belongs to the commune that contains its centre (`grid.commune`); a
 * commune's EPCI and `bassin` flag come from `communes` (the communes of communes.json), matched by INSEE code.
 * `perimetre` takes the cells whose centre is inside the drawn perimeter, whatever their commune. A cell whose
 * commune is not in `communes` belongs only to `all` and `perimetre`. Inputs are not modified.
 *
 * @example
 * const { cells, complete } = selectCells(grid, communes, { type: 'epci', siren: '200042190' });
 * // cells: Int32Array of the CA de la Porte du Hainaut's cells; complete: true
 */
export function selectCells(
  grid: CellGrid,
  communes: readonly CellCommune[],
  territory: CellTerritory,
): CellSelection {
  const n = grid.count;
  if (territory.type === 'all')
    return { cells: Int32Array.from({ length: n }, (_, i) => i), complete: false };
  if (territory.type === 'perimetre') {
    const out: number[] = [];
    for (let i = 0; i < n; i++) if (grid.inPerimeter[i] === 1) out.push(i);
    return { cells: Int32Array.from(out), complete: true };
  }
  const inTerritory = (c: CellCommune): boolean =>
    territory.type === 'bassin'
      ? c.bassin
      : territory.type === 'epci'
        ? c.epci_siren === territory.siren
        : c.insee === territory.insee;
  const members = new Set(communes.filter(inTerritory).map((c) => c.insee));
  // which entries of the grid's commune table belong to the territory, and are they complete
  const gridIndex = new Map(grid.communes.map((insee, k) => [insee, k]));
  const member = new Uint8Array(grid.communes.length);
  let complete = members.size > 0;
  for (const insee of members) {
    const k = gridIndex.get(insee);
    if (k === undefined) complete = false;
    else {
      member[k] = 1;
      if (grid.communeComplete[k] !== 1) complete = false;
    }
  }
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (member[grid.commune[i]!] === 1) out.push(i);
  return { cells: Int32Array.from(out), complete };
}
