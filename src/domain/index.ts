/** Public API of the pure domain modules (no DOM, no MapLibre, no network). */
export { acceptWebUrl } from './accept_web_url.ts';
export { applyScenario, isHypothetical, SCENARIO_ID_PREFIX } from './apply_scenario.ts';
export { buildSearchIndex, KIND_SHORT_LABELS, type SearchIndex } from './build_search_index.ts';
export { compareSummaries } from './compare_summaries.ts';
export { type CoverageInput, computeCoverage } from './compute_coverage.ts';
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
export { isApproximate, matchesPlaceFilter } from './match_place_filter.ts';
export { distanceKm } from './measure_distance.ts';
export { normalizeText, tokenizeText } from './normalize_text.ts';
export { searchPlaces } from './search_places.ts';
export { selectCites, selectCommunes } from './select_territory.ts';
export { FARTHEST_COUNT, isBeyond, summarizeTerritory } from './summarize_territory.ts';
export type * from './types.ts';
