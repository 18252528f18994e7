import { isBeyond } from './classify_distance.ts';
import { compareFr } from './compare_places.ts';
import { type CoverageTerritory, selectCites, selectCommunes } from './select_territory.ts';
import type { CoverageResult, TerritorySummary } from './types.ts';

export { isBeyond } from './classify_distance.ts';
export type { Territory, TerritorySummary } from './types.ts';

/** How many communes `TerritorySummary.farthest` lists. */
export const FARTHEST_COUNT = 5;

/** Null distances (no place at all) sort as infinitely far. */
const far = (d: number | null): number => (d === null ? Number.POSITIVE_INFINITY : d);

const byDistanceDesc = <T extends { distanceKm: number | null; nom: string }>(a: T, b: T): number => {
  const da = far(a.distanceKm);
  const db = far(b.distanceKm);
  if (da !== db) return da < db ? 1 : -1;
  return compareFr(a.nom, b.nom);
};

/**
 * Figures for one territory at one distance threshold, from a `computeCoverage` result.
 * "Beyond" means strictly farther than `thresholdKm` (a place exactly at the threshold is within
 * reach); communes and cités without any matching place count as beyond. The mean distance is
 * weighted by population (plain mean if every commune has population 0) over communes that have
 * a place. Cités are those whose `commune_insee` is in the territory; `citesBeyond` lists only
 * Maisons & Cités cités. Inputs are not modified.
 *
 * @throws RangeError when `thresholdKm` is negative or not finite
 * @example
 * const s = summarizeTerritory(coverage, { type: 'perimetre' }, 5); // the drawn bassin minier, commune points
 * `${Math.round(s.shareBeyond * 100)} % des habitants à plus de 5 km`;
 */
export function summarizeTerritory(
  coverage: CoverageResult,
  territory: CoverageTerritory,
  thresholdKm: number,
): TerritorySummary {
  if (!Number.isFinite(thresholdKm) || thresholdKm < 0) {
    throw new RangeError(`thresholdKm must be a finite number ≥ 0, got ${thresholdKm}`);
  }
  const communes = selectCommunes(coverage.communes, territory);
  let population = 0;
  let populationBeyond = 0;
  let weighted = 0;
  let weights = 0;
  let plainSum = 0;
  let withPlace = 0;
  for (const c of communes) {
    population += c.population;
    if (isBeyond(c.distanceKm, thresholdKm)) populationBeyond += c.population;
    if (c.distanceKm !== null) {
      weighted += c.distanceKm * c.population;
      weights += c.population;
      plainSum += c.distanceKm;
      withPlace += 1;
    }
  }
  const meanDistanceKm = withPlace === 0 ? null : weights > 0 ? weighted / weights : plainSum / withPlace;
  const farthest = communes
    .slice()
    .sort((a, b) => byDistanceDesc(a, b) || (a.insee < b.insee ? -1 : a.insee > b.insee ? 1 : 0))
    .slice(0, FARTHEST_COUNT);
  const citesBeyond = selectCites(coverage, territory)
    .filter((c) => c.maisons_et_cites && isBeyond(c.distanceKm, thresholdKm))
    .sort((a, b) => byDistanceDesc(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const noPlace =
    coverage.communes.every((c) => c.nearestId === null) && coverage.cites.every((c) => c.nearestId === null);
  return {
    communes: communes.length,
    population,
    populationBeyond,
    shareBeyond: population > 0 ? populationBeyond / population : 0,
    meanDistanceKm,
    farthest,
    citesBeyond,
    noPlace,
  };
}
