/**
 * Types of the population grid (INSEE Filosofi 200 m cells) as the domain modules use it: one typed array per
 * field ("struct of arrays"), so that a full recompute over ~23,000 cells allocates nothing per cell.
 * Cell `i` is row `i` of every array. Built by `decodeCells` (`src/data/cells_columns.ts`).
 */

/** Links from cités to the cells they cover, in compressed-row form. */
export interface CiteCellLinks {
  /** cité ids (as in cites.json) */
  readonly ids: readonly string[];
  /** links of cité `k` are `start[k] … start[k + 1] − 1`; length `ids.length + 1` */
  readonly start: Int32Array;
  /** cell index of each link */
  readonly cell: Int32Array;
  /**
   * Share of the cell's population counted in the cité (0 < weight ≤ 1): the part of the cell's 200 m square
   * covered by the cité polygon, assuming people are spread evenly over the cell.
   */
  readonly weight: Float64Array;
}

/** The inhabited 200 m cells. */
export interface CellGrid {
  readonly count: number;
  /** EPSG:3035 grid indices of the south-west corner: easting = 200·col, northing = 200·row (metres) */
  readonly col: Int32Array;
  readonly row: Int32Array;
  /** WGS84 centre of the cell (inverse EPSG:3035 projection of the grid centre) */
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  /** inhabitants (INSEE `ind`, people of fiscal households; halves are published) */
  readonly population: Float64Array;
  /** mean standard of living per person, € per year (INSEE `ind_snv / ind`, rounded to the file's step) */
  readonly livingStandard: Float64Array;
  /** 1 when INSEE estimated the cell's values (fewer than 11 households), 0 when observed */
  readonly imputed: Uint8Array;
  /** 1 when the cell centre is inside the drawn bassin-minier perimeter */
  readonly inPerimeter: Uint8Array;
  /** index into `communes`: the commune of Nord/Pas-de-Calais containing the cell centre */
  readonly commune: Int32Array;
  /** INSEE codes of the communes that `commune` refers to */
  readonly communes: readonly string[];
  /**
   * Aligned with `communes`: 1 when every inhabited cell of the commune is in the grid (the commune is one of the
   * 330 communes of the bassin's intercommunalities, or at least 99.5 % of its area lies inside the drawn
   * perimeter); 0 when only its cells whose centre is inside the perimeter are (the file holds the cells of the
   * perimeter and of the 330 communes, nothing else), so its cell total is partial.
   */
  readonly communeComplete: Uint8Array;
  readonly cites: CiteCellLinks;
}

/** Distance from every cell centre to the nearest counted place (`computeCellCoverage`). */
export interface CellCoverage {
  /** great-circle km, as `distanceKm`; `+Infinity` when no place is counted */
  readonly distanceKm: Float64Array;
  /** index, in the `lieux` array given, of that place; −1 when none */
  readonly nearest: Int32Array;
}
