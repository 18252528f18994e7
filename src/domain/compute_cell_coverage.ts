import type { Lieu } from '../schema.ts';
import type { CellCoverage, CellGrid } from './cell_types.ts';
import { PlaceIndex } from './index_places.ts';
import { matchesPlaceFilter } from './match_place_filter.ts';
import type { PlaceFilter } from './types.ts';

export type { CellCoverage } from './cell_types.ts';

/**
 * For every inhabited 200 m cell, the great-circle distance (km, as `distanceKm`) from its centre to the nearest
 * care place kept by `filter`, and which place it is — the cell counterpart of `computeCoverage`, with the same
 * kd-tree (`index_places`) and the same tie rule (distance, then name, then id).
 *
 * Built for a full recompute at every change of a scenario: one index of the places, then one pass over the
 * cells in file order (south to north, west to east), each query seeded with the previous cell's place, writing
 * into two typed arrays; nothing is allocated per cell. When no place is kept, every distance is `Infinity` and
 * every `nearest` −1. `nearest[i]` is a position in `lieux` as given. Inputs are not modified.
 *
 * @example
 * const cov = computeCellCoverage(grid, lieux, { groups: ['msp'], includePlanned: false, includeUnknown: true });
 * cov.distanceKm[0]; // km from the first cell's centre to the nearest open or unknown-status MSP
 * lieux[cov.nearest[0]]?.nom;
 */
export function computeCellCoverage(
  grid: CellGrid,
  lieux: readonly Lieu[],
  filter: PlaceFilter,
): CellCoverage {
  const keptAt: number[] = [];
  const kept: Lieu[] = [];
  lieux.forEach((l, i) => {
    if (matchesPlaceFilter(l, filter)) {
      keptAt.push(i);
      kept.push(l);
    }
  });
  const index = new PlaceIndex(kept);
  const n = grid.count;
  const distanceKm = new Float64Array(n);
  const nearest = new Int32Array(n);
  const { lon, lat } = grid;
  let hint = -1;
  for (let i = 0; i < n; i++) {
    const k = index.nearest(lon[i]!, lat[i]!, hint);
    distanceKm[i] = index.lastDistanceKm;
    nearest[i] = k < 0 ? -1 : keptAt[k]!;
    hint = k;
  }
  return { distanceKm, nearest };
}
