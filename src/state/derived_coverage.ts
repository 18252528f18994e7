/**
 * Coverage mode's derived data (issue 5), memoized like derived.ts: coverage with and without the scenario,
 * territory summaries, choropleth class counts, the data-limits inventory. Loaded with the coverage panel
 * and the map, not by the finder's first screen.
 */
import { computeCoverage } from '../domain/compute_coverage.ts';
import { describeInventory, type InventoryLimits } from '../domain/describe_inventory.ts';
import { summarizeTerritory } from '../domain/summarize_territory.ts';
import type { CoverageResult, PlaceFilter, Territory, TerritorySummary } from '../domain/types.ts';
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
