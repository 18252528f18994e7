/**
 * Derived data, memoized on the identity of its inputs: computed once per change, shared by the UI
 * panels and the map controller (no computation inside components).
 */
import { applyScenario } from '../domain/apply_scenario.ts';
import { computeCoverage } from '../domain/compute_coverage.ts';
import { describeInventory, type InventoryLimits } from '../domain/describe_inventory.ts';
import { findNearestPlaces } from '../domain/find_nearest_places.ts';
import { summarizeTerritory } from '../domain/summarize_territory.ts';
import type {
  CoverageResult,
  NearestByGroup,
  PlaceFilter,
  Territory,
  TerritorySummary,
} from '../domain/types.ts';
import type { Lieu } from '../schema.ts';
import type { AppState } from './store.ts';

/** Memoizes a function of a few arguments on their identity (===), keeping the last result. */
export function memoLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let last: R;
  return (...args: A) => {
    if (lastArgs && lastArgs.length === args.length && lastArgs.every((a, i) => a === args[i])) return last;
    last = fn(...args);
    lastArgs = args;
    return last;
  };
}

const EMPTY: Lieu[] = [];

const effectiveLieux = memoLast((lieux: readonly Lieu[], scenario: AppState['scenario']) =>
  scenario.added.length === 0 && scenario.closed.length === 0 ? [...lieux] : applyScenario(lieux, scenario),
);

/** Care places with the scenario applied (hypothetical centres added, places marked closed). */
export function selectLieux(s: AppState): Lieu[] {
  return s.data ? effectiveLieux(s.data.lieux, s.scenario) : EMPTY;
}

const filterOf = memoLast(
  (groups: AppState['finderGroups'], includePlanned: boolean): PlaceFilter => ({
    groups,
    includePlanned,
    includeUnknown: true,
  }),
);

const nearest = memoLast(
  (origin: AppState['origin'], lieux: Lieu[], filter: PlaceFilter): NearestByGroup | null =>
    origin && Number.isFinite(origin.lon)
      ? findNearestPlaces([origin.lon, origin.lat], lieux, filter, 3)
      : null,
);

/** Nearest places by group from the finder's origin, or null without an origin. */
export function selectNearest(s: AppState): NearestByGroup | null {
  return nearest(s.origin, selectLieux(s), filterOf(s.finderGroups, s.includePlanned));
}

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

/** Coverage class of a distance for a threshold: 0 ≤ ½t, 1 ≤ t, 2 ≤ 2t, 3 > 2t, 4 no place. */
export function coverageClass(distanceKm: number | null, thresholdKm: number): number {
  if (distanceKm === null) return 4;
  if (distanceKm <= thresholdKm / 2) return 0;
  if (distanceKm <= thresholdKm) return 1;
  if (distanceKm <= thresholdKm * 2) return 2;
  return 3;
}

// ---------- coverage mode: summaries, legend counts, data limits (issue 5) ----------

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

/** Per coverage class (0–4, see `coverageClass`): communes coloured on the map and their population. */
export type ClassCounts = { communes: number; population: number }[];

const classCounts = memoLast(
  (cov: CoverageResult | null, thresholdKm: number, scope: AppState['coverageScope']): ClassCounts | null => {
    if (!cov) return null;
    const counts: ClassCounts = [0, 1, 2, 3, 4].map(() => ({ communes: 0, population: 0 }));
    for (const c of cov.communes) {
      if (scope === 'bassin' && !c.bassin) continue;
      const k = counts[coverageClass(c.distanceKm, thresholdKm)];
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
  return classCounts(selectCoverage(s), s.thresholdKm, s.coverageScope);
}

const inventory = memoLast((lieux: readonly Lieu[], filter: PlaceFilter) => describeInventory(lieux, filter));

/** The inventory behind the coverage figures (scenario not applied), for the data-limits note. */
export function selectInventoryLimits(s: AppState): InventoryLimits {
  return inventory(s.data?.lieux ?? EMPTY, coverageFilterOf(s.coverageGroups, s.coveragePlanned));
}
