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
import { findNearestCommune } from '../domain/find_nearest_commune.ts';
import { matchesPlaceFilter } from '../domain/match_place_filter.ts';
import { selectCommunes } from '../domain/select_territory.ts';
import { unknownStatusFilters } from '../domain/summarize_status_range.ts';
import { summarizeTerritory } from '../domain/summarize_territory.ts';
import type {
  CommuneCoverage,
  CoverageResult,
  PlaceFilter,
  Territory,
  TerritorySummary,
} from '../domain/types.ts';
import { type KindGroup, kindGroupOf, type Lieu } from '../schema.ts';
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

/** Which places the coverage counts: the chosen kinds, planned ones if asked, unknown-status ones as open. */
export function selectCoverageFilter(s: AppState): PlaceFilter {
  return coverageFilterOf(s.coverageGroups, s.coveragePlanned);
}

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

const withoutUnknownFilter = memoLast((f: PlaceFilter) => unknownStatusFilters(f).notCounted);

/** The scenario's filter with places of unknown status left out (the low end of the status sensitivity). */
export function selectFilterWithoutUnknown(s: AppState): PlaceFilter {
  return withoutUnknownFilter(selectCoverageFilter(s));
}

const coverageWithoutUnknown = memoLast(computeCoverageOf);

/** Coverage with the scenario applied and the places of unknown status left out. */
export function selectCoverageWithoutUnknown(s: AppState): CoverageResult | null {
  return coverageWithoutUnknown(s.data, selectLieux(s), selectFilterWithoutUnknown(s));
}

// ---------- summaries, choropleth, scenario, data limits ----------

/** Smallest and largest of two figures ("entre … et … habitants selon les lieux au statut incertain"). */
export interface FigureRange {
  min: number;
  max: number;
}

/**
 * Figures of the coverage panel on commune points: the chosen territory and, beside it, « le bassin minier »
 * (the drawn perimeter's communes; the same figures when the territory is the perimeter), with and without the
 * scenario, and the population beyond the threshold with the places of unknown status left out.
 */
export interface CoverageSummaries {
  territory: TerritorySummary;
  /** the drawn perimeter (« bassin minier »), for comparison */
  bassin: TerritorySummary;
  baselineTerritory: TerritorySummary;
  baselineBassin: TerritorySummary;
  /** population beyond the threshold with unknown-status places counted as open, and left out */
  territoryStatusRange: FigureRange;
  bassinStatusRange: FigureRange;
  /** true when the scenario adds or closes at least one place */
  scenarioActive: boolean;
}

/** « Le bassin minier »: the drawn perimeter, the territory every other one is compared with. */
export const PERIMETRE: Territory = { type: 'perimetre' };

const range = (a: number, b: number): FigureRange => ({ min: Math.min(a, b), max: Math.max(a, b) });

const summaries = memoLast(
  (
    cov: CoverageResult | null,
    base: CoverageResult | null,
    withoutUnknown: CoverageResult | null,
    territory: Territory,
    thresholdKm: number,
    scenario: AppState['scenario'],
  ): CoverageSummaries | null => {
    if (!cov || !base || !withoutUnknown || !Number.isFinite(thresholdKm) || thresholdKm < 0) return null;
    const same = cov === base;
    const t = summarizeTerritory(cov, territory, thresholdKm);
    const b = summarizeTerritory(cov, PERIMETRE, thresholdKm);
    const tOut = summarizeTerritory(withoutUnknown, territory, thresholdKm);
    const bOut = summarizeTerritory(withoutUnknown, PERIMETRE, thresholdKm);
    return {
      territory: t,
      bassin: b,
      baselineTerritory: same ? t : summarizeTerritory(base, territory, thresholdKm),
      baselineBassin: same ? b : summarizeTerritory(base, PERIMETRE, thresholdKm),
      territoryStatusRange: range(t.populationBeyond, tOut.populationBeyond),
      bassinStatusRange: range(b.populationBeyond, bOut.populationBeyond),
      scenarioActive: scenario.added.length > 0 || scenario.closed.length > 0,
    };
  },
);

/** Summaries of the chosen territory and of the basin (scenario applied, and baseline), or null without data. */
export function selectCoverageSummaries(s: AppState): CoverageSummaries | null {
  return summaries(
    selectCoverage(s),
    selectBaselineCoverage(s),
    selectCoverageWithoutUnknown(s),
    s.territory,
    s.thresholdKm,
    s.scenario,
  );
}

/** How the two "bassin" differ, counted on the communes of the data. */
export interface BasinDefinitions {
  /** communes lying mostly inside the drawn perimeter (« bassin minier ») */
  perimetre: number;
  /** communes of the bassin's intercommunalities */
  intercommunalites: number;
  /** of the intercommunalities' communes, those lying mostly outside the drawn perimeter */
  outsidePerimetre: number;
  /** communes lying mostly inside the perimeter that are not among the intercommunalities' */
  insideNotCounted: number;
}

const basinDefinitions = memoLast((data: AppState['data']): BasinDefinitions | null => {
  if (!data) return null;
  let perimetre = 0;
  let intercommunalites = 0;
  let outsidePerimetre = 0;
  let insideNotCounted = 0;
  for (const c of data.communes) {
    if (c.perimetre) perimetre += 1;
    if (c.bassin) intercommunalites += 1;
    if (c.bassin && !c.perimetre) outsidePerimetre += 1;
    if (c.perimetre && !c.bassin) insideNotCounted += 1;
  }
  return { perimetre, intercommunalites, outsidePerimetre, insideNotCounted };
});

/** The counts that say how « le bassin minier » (perimeter) and « les intercommunalités du bassin » differ. */
export function selectBasinDefinitions(s: AppState): BasinDefinitions | null {
  return basinDefinitions(s.data);
}

const choroplethCommunes = memoLast(
  (
    cov: CoverageResult | null,
    scope: AppState['coverageScope'],
    territory: Territory,
  ): readonly CommuneCoverage[] | null => {
    if (!cov) return null;
    if (scope === 'all') return cov.communes;
    // the chosen basin (the 330 communes when they are the territory, the perimeter otherwise) and the territory
    const basin = territory.type === 'bassin' ? territory : PERIMETRE;
    const inTerritory = new Set(selectCommunes(cov.communes, territory).map((c) => c.insee));
    const inBasin = new Set(selectCommunes(cov.communes, basin).map((c) => c.insee));
    return cov.communes.filter((c) => inBasin.has(c.insee) || inTerritory.has(c.insee));
  },
);

/**
 * The communes the choropleth colours: every commune of 59/62 (scope `all`), or those of the chosen basin — the
 * drawn perimeter's, or the 330 communes of the intercommunalities when they are the territory — with the
 * territory's own communes (an EPCI outside the basin is coloured too).
 */
function selectChoroplethCommunes(s: AppState): readonly CommuneCoverage[] | null {
  return choroplethCommunes(selectCoverage(s), s.coverageScope, s.territory);
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

/** Per distance class (0–4, see `classifyDistance`): communes of the territory and their population. */
export type ClassCounts = { communes: number; population: number }[];

const classCounts = memoLast((cov: CoverageResult | null, territory: Territory, thresholdKm: number) => {
  if (!cov || !Number.isFinite(thresholdKm) || thresholdKm < 0) return null;
  const counts: ClassCounts = DISTANCE_CLASSES.map(() => ({ communes: 0, population: 0 }));
  for (const c of selectCommunes(cov.communes, territory)) {
    const k = counts[classifyDistance(c.distanceKm, thresholdKm)];
    if (k) {
      k.communes += 1;
      k.population += c.population;
    }
  }
  return counts;
});

/**
 * How many communes of the chosen territory (and their people) fall in each distance class, for the legend on
 * screen and in print: the territory's communes, not the basin's (the map may colour more of them).
 */
export function selectClassCounts(s: AppState): ClassCounts | null {
  return classCounts(selectCoverage(s), s.territory, s.thresholdKm);
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

const scenarioWords = memoLast(
  (scenario: AppState['scenario'], data: AppState['data']): ScenarioWords | null => {
    if (scenario.added.length === 0 && scenario.closed.length === 0) return null;
    const communes = data?.communes ?? [];
    const names = new Map((data?.lieux ?? []).map((l) => [l.id, l.nom]));
    const added = scenario.added.map((a) => ({
      nom: a.nom,
      group: kindGroupOf(a.kind),
      near: findNearestCommune(a.lon, a.lat, communes)?.nom ?? null,
      lon: a.lon,
      lat: a.lat,
    }));
    const addedIds = new Set(scenario.added.map((a) => a.id));
    const closed = scenario.closed.map((id) =>
      addedIds.has(id) ? (scenario.added.find((a) => a.id === id)?.nom ?? id) : (names.get(id) ?? id),
    );
    return { added, closed };
  },
);

/** The scenario's changes, for the exports' column, file name and the printed profile; null without any. */
export interface ScenarioWords {
  added: { nom: string; group: KindGroup; near: string | null; lon: number; lat: number }[];
  /** names of the places whose closure is simulated */
  closed: string[];
}

/** What the scenario changes (centres added, and where; places closed), or null for the current situation. */
export function selectScenarioWords(s: AppState): ScenarioWords | null {
  return scenarioWords(s.scenario, s.data);
}

const inventory = memoLast((lieux: readonly Lieu[], filter: PlaceFilter) => describeInventory(lieux, filter));

/** The inventory behind the coverage figures (scenario not applied), for the data-limits note. */
export function selectInventoryLimits(s: AppState): InventoryLimits {
  return inventory(s.data?.lieux ?? EMPTY, coverageFilterOf(s.coverageGroups, s.coveragePlanned));
}
