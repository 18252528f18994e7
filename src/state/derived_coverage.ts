/**
 * Coverage mode's derived data, memoized like derived.ts: coverage with and without the scenario, territory
 * summaries, the choropleth (class of each commune, and the legend's counts per class), the places a
 * scenario can close, the data-limits inventory. Loaded with the coverage panel and the map, not by the
 * finder's first screen.
 */
import { isHypothetical } from '../domain/apply_scenario.ts';
import { classifyDistance, DISTANCE_CLASSES, type DistanceClass } from '../domain/classify_distance.ts';
import { computeCoverage } from '../domain/compute_coverage.ts';
import { describeInventory, type InventoryLimits } from '../domain/describe_inventory.ts';
import { matchesPlaceFilter } from '../domain/match_place_filter.ts';
import { summarizeTerritory } from '../domain/summarize_territory.ts';
import type {
  CommuneCoverage,
  CoverageResult,
  PlaceFilter,
  Territory,
  TerritorySummary,
} from '../domain/types.ts';
import type { Lieu } from '../schema.ts';
import { EMPTY, memoLast, selectLieux } from './derived.ts';
import type { AppState } from './store.ts';

const coverageFilterOf = memoLast(
  (groups: AppState['coverageGroups'], includePlanned: boolean): PlaceFilter => ({
    groups,
    includePlanned,
    includeUnknown: true,
  }),
);

const computeCoverageOf = (
  data: AppState['data'],
  lieux: readonly Lieu[],
  filter: PlaceFilter,
): CoverageResult | null =>
  data ? computeCoverage({ communes: data.communes, cites: data.cites, lieux }, filter) : null;
/** two caches: the scenario's coverage and the current situation's are both kept */
const coverage = memoLast(computeCoverageOf);
const baselineCoverage = memoLast(computeCoverageOf);

/** Coverage with the scenario applied. */
export function selectCoverage(s: AppState): CoverageResult | null {
  return coverage(s.data, selectLieux(s), coverageFilterOf(s.coverageGroups, s.coveragePlanned));
}

/** Coverage of the current situation (no scenario), for comparison. */
export function selectBaselineCoverage(s: AppState): CoverageResult | null {
  return baselineCoverage(
    s.data,
    s.data?.lieux ?? EMPTY,
    coverageFilterOf(s.coverageGroups, s.coveragePlanned),
  );
}

// ---------- summaries, choropleth, scenario, data limits ----------

/** Figures of the coverage panel: the chosen territory and the whole basin, with and without the scenario. */
export interface CoverageSummaries {
  territory: TerritorySummary;
  bassin: TerritorySummary;
  baselineTerritory: TerritorySummary;
  baselineBassin: TerritorySummary;
  /** true when the scenario adds or closes at least one place */
  scenarioActive: boolean;
}

const BASSIN: Territory = { type: 'bassin' };

const summaries = memoLast(
  (
    cov: CoverageResult | null,
    base: CoverageResult | null,
    territory: Territory,
    thresholdKm: number,
    scenario: AppState['scenario'],
  ): CoverageSummaries | null => {
    if (!cov || !base || !Number.isFinite(thresholdKm) || thresholdKm < 0) return null;
    const same = cov === base;
    const t = summarizeTerritory(cov, territory, thresholdKm);
    const b = summarizeTerritory(cov, BASSIN, thresholdKm);
    return {
      territory: t,
      bassin: b,
      baselineTerritory: same ? t : summarizeTerritory(base, territory, thresholdKm),
      baselineBassin: same ? b : summarizeTerritory(base, BASSIN, thresholdKm),
      scenarioActive: scenario.added.length > 0 || scenario.closed.length > 0,
    };
  },
);

/** Summaries of the chosen territory and of the basin (scenario applied, and baseline), or null without data. */
export function selectCoverageSummaries(s: AppState): CoverageSummaries | null {
  return summaries(selectCoverage(s), selectBaselineCoverage(s), s.territory, s.thresholdKm, s.scenario);
}

const choroplethCommunes = memoLast(
  (cov: CoverageResult | null, scope: AppState['coverageScope']): readonly CommuneCoverage[] | null =>
    cov ? (scope === 'bassin' ? cov.communes.filter((c) => c.bassin) : cov.communes) : null,
);

/** The communes the choropleth colours (those of the basin, or all of 59/62), with their coverage. */
function selectChoroplethCommunes(s: AppState): readonly CommuneCoverage[] | null {
  return choroplethCommunes(selectCoverage(s), s.coverageScope);
}

const communeClasses = memoLast(
  (
    communes: readonly CommuneCoverage[] | null,
    thresholdKm: number,
  ): ReadonlyMap<string, DistanceClass> | null =>
    communes ? new Map(communes.map((c) => [c.insee, classifyDistance(c.distanceKm, thresholdKm)])) : null,
);

/**
 * The choropleth: the distance class of each coloured commune, by INSEE code (communes outside the scope
 * are absent). Null without data. The map colours exactly these; the legend counts them.
 */
export function selectCommuneClasses(s: AppState): ReadonlyMap<string, DistanceClass> | null {
  return communeClasses(selectChoroplethCommunes(s), s.thresholdKm);
}

/** Per distance class (0–4, see `classifyDistance`): communes coloured on the map and their population. */
export type ClassCounts = { communes: number; population: number }[];

const classCounts = memoLast(
  (communes: readonly CommuneCoverage[] | null, classes: ReadonlyMap<string, DistanceClass> | null) => {
    if (!communes || !classes) return null;
    const counts: ClassCounts = DISTANCE_CLASSES.map(() => ({ communes: 0, population: 0 }));
    for (const c of communes) {
      const k = counts[classes.get(c.insee) ?? 4];
      if (k) {
        k.communes += 1;
        k.population += c.population;
      }
    }
    return counts;
  },
);

/** How many communes (and people) fall in each class of the choropleth. */
export function selectClassCounts(s: AppState): ClassCounts | null {
  return classCounts(selectChoroplethCommunes(s), selectCommuneClasses(s));
}

const closable = memoLast((lieux: readonly Lieu[], filter: PlaceFilter, closed: readonly string[]) =>
  lieux.filter((l) => matchesPlaceFilter(l, filter) && !closed.includes(l.id)),
);

/** The existing places a scenario can still close: those counted in the coverage, not closed yet. */
export function selectClosablePlaces(s: AppState): Lieu[] {
  return closable(
    s.data?.lieux ?? EMPTY,
    coverageFilterOf(s.coverageGroups, s.coveragePlanned),
    s.scenario.closed,
  );
}

const closures = memoLast((closed: readonly string[], lieux: readonly Lieu[]) => {
  const byId = new Map(lieux.map((l) => [l.id, l]));
  return closed.filter((id) => !isHypothetical({ id })).map((id) => ({ id, nom: byId.get(id)?.nom ?? id }));
});

/** The existing places the scenario closes, with their names (hypothetical centres left out). */
export function selectScenarioClosures(s: AppState): { id: string; nom: string }[] {
  return closures(s.scenario.closed, s.data?.lieux ?? EMPTY);
}

const inventory = memoLast((lieux: readonly Lieu[], filter: PlaceFilter) => describeInventory(lieux, filter));

/** The inventory behind the coverage figures (scenario not applied), for the data-limits note. */
export function selectInventoryLimits(s: AppState): InventoryLimits {
  return inventory(s.data?.lieux ?? EMPTY, coverageFilterOf(s.coverageGroups, s.coveragePlanned));
}
