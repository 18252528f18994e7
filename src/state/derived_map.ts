/**
 * What the map shows, decided here and only applied by the map controller (src/map/map_controller.ts):
 * the care places drawn, the choropleth's class of each commune, the highlighted places, whether the CLS
 * tint is drawn. Memoized: a selector returns the same object until its inputs change, so the controller
 * compares identities and skips unchanged work.
 *
 * The visible places are computed in derived.ts (the text list of the first screen reads them too), the
 * choropleth in derived_coverage.ts and the cells' classes in derived_cells.ts (beside the legend's counts, which
 * must count the same classes); they are re-exported or wrapped here so that the map reads one module.
 */
import { cellId } from '../data/cells_columns.ts';
import type { CellGrid } from '../domain/cell_types.ts';
import { memoLast } from './derived.ts';
import type { AppState } from './store.ts';

export { selectMapClickable, selectVisibleLieux } from './derived.ts';
export { selectCommuneClasses } from './derived_coverage.ts';

import { selectCellClasses, selectCellGrid } from './derived_cells.ts';
import { selectCommuneClasses } from './derived_coverage.ts';

const NONE: readonly string[] = [];

const highlighted = memoLast(
  (hovered: string | null, selection: AppState['selection']): readonly string[] => {
    const ids = [hovered, selection?.type === 'lieu' ? selection.id : null].filter(
      (x): x is string => x !== null,
    );
    return ids.length === 0 ? NONE : ids;
  },
);

/** Ids of the care places drawn highlighted: the one under the pointer (or focused in a list), the selected one. */
export function selectHighlightedLieux(s: AppState): readonly string[] {
  return highlighted(s.hoveredLieu, s.selection);
}

/**
 * The choropleth the map colours: in coverage mode, the class of each commune in scope; otherwise none
 * (null), and the map removes the colours it set.
 */
export function selectMapChoropleth(s: AppState): ReturnType<typeof selectCommuneClasses> {
  return s.mode === 'couverture' ? selectCommuneClasses(s) : null;
}

/**
 * Whether the CLS perimeters' tint is drawn when their layer is ticked: not in coverage mode, where it would
 * alter the choropleth's colours (the outline stays).
 */
export const selectClsTintShown = (s: AppState): boolean => s.mode !== 'couverture';

/** Whether the next map click places or moves a hypothetical centre (the map shows a crosshair). */
export const selectMapArmed = (s: AppState): boolean => s.placingCentre !== null || s.movingCentre !== null;

/** The 200 m cells the map colours: the tile id of every cell of the grid and its class (aligned arrays). */
export interface MapCells {
  /** `carreau` ids (`cellId`), the promoteId of the `carreaux` tile layer; the same array while the grid is */
  ids: Int32Array;
  /** 0–4 distance class, 5 a cell that is not low-income when only those are coloured (`classifyCells`) */
  classes: Int8Array;
}

const cellIds = memoLast((grid: CellGrid) =>
  Int32Array.from({ length: grid.count }, (_, i) => cellId(grid.col[i]!, grid.row[i]!)),
);

const mapCells = memoLast((grid: CellGrid | null, classes: Int8Array | null): MapCells | null =>
  grid && classes ? { ids: cellIds(grid), classes } : null,
);

/**
 * The cells the map colours in coverage mode once the grid is loaded; null otherwise, and the map hides them
 * (the commune choropleth then serves at every zoom).
 */
export function selectMapCells(s: AppState): MapCells | null {
  return s.mode === 'couverture' ? mapCells(selectCellGrid(s), selectCellClasses(s)) : null;
}

/**
 * Whether the map draws the commune polygons' fill (an invisible layer outside coverage mode, kept for clicks
 * when the communes layer is shown): drawing it costs the first frames on a phone, so it is left out when
 * nothing needs it — the finder with the communes layer off.
 */
export function selectCommuneFillNeeded(s: AppState): boolean {
  return s.mode === 'couverture' || s.toggles.includes('communes');
}
