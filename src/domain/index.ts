/** Public API of the pure domain modules (no DOM, no MapLibre, no network). */
export { applyScenario, isHypothetical, SCENARIO_ID_PREFIX } from './apply_scenario.ts';
export { buildSearchIndex, KIND_SHORT_LABELS, type SearchIndex } from './build_search_index.ts';
export type * from './cell_summary_types.ts';
export type { CellCoverage, CellGrid, CiteCellLinks } from './cell_types.ts';
export { compareCellSummaries } from './compare_cell_summaries.ts';
export { compareSummaries } from './compare_summaries.ts';
export { computeCellCoverage } from './compute_cell_coverage.ts';
export { type CoverageInput, computeCoverage } from './compute_coverage.ts';
export { computeLowIncomeLine, LOW_INCOME_FRACTION } from './compute_low_income_line.ts';
export { estimateCitePopulation } from './estimate_cite_population.ts';
export {
  CAR_ROAD_KMH,
  CAR_URBAN_KM,
  CAR_URBAN_KMH,
  DETOUR_FACTOR,
  estimateTravel,
  type TravelEstimate,
  WALK_KMH,
} from './estimate_travel.ts';
export {
  COVERAGE_CSV_HEADER,
  type CoveragePositions,
  type CoverageRow,
  coverageToCsv,
  coverageToGeoJson,
} from './export_coverage.ts';
export { findNearestPlaces } from './find_nearest_places.ts';
export { formatDistance, formatDuration } from './format_distance.ts';
export { indexPlaces, PlaceIndex, TIE_KM } from './index_places.ts';
export { isApproximate, matchesPlaceFilter } from './match_place_filter.ts';
export { distanceKm, EARTH_RADIUS_KM, haversineKm } from './measure_distance.ts';
export { normalizeText, tokenizeText } from './normalize_text.ts';
export { projectLaea, unprojectLaea } from './project_laea.ts';
export { searchPlaces } from './search_places.ts';
export { type CellCommune, type CellSelection, type CellTerritory, selectCells } from './select_cells.ts';
export { type CoverageTerritory, selectCites, selectCommunes } from './select_territory.ts';
export { summarizeCells } from './summarize_cells.ts';
export { summarizeCellsByCommune } from './summarize_cells_by_commune.ts';
export { summarizeStatusRange, unknownStatusFilters } from './summarize_status_range.ts';
export { FARTHEST_COUNT, isBeyond, summarizeTerritory } from './summarize_territory.ts';
export type * from './types.ts';
