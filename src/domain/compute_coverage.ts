import { around } from 'geokdbush';
import KDBush from 'kdbush';
import type { Cite, Commune, Lieu } from '../schema.ts';
import { compareByDistance } from './compare_places.ts';
import { isApproximate, matchesPlaceFilter } from './match_place_filter.ts';
import { distanceKm } from './measure_distance.ts';
import type { CiteCoverage, CommuneCoverage, CoverageResult, PlaceFilter } from './types.ts';

export type { CiteCoverage, CommuneCoverage, CoverageResult, PlaceFilter } from './types.ts';

/** What coverage is computed for. */
export interface CoverageInput {
  communes: readonly Commune[];
  cites: readonly Cite[];
  lieux: readonly Lieu[];
}

/** Distances closer than this (km, i.e. 1 mm) are re-checked to break ties deterministically. */
const TIE_KM = 1e-6;

interface Nearest {
  lieu: Lieu;
  distanceKm: number;
}

type NearestFinder = (lon: number, lat: number) => Nearest | null;

/** A nearest-place finder over the places kept by `filter`, backed by one kd-tree. */
function makeNearestFinder(lieux: readonly Lieu[], filter: PlaceFilter): NearestFinder {
  const kept = lieux.filter((l) => matchesPlaceFilter(l, filter));
  if (kept.length === 0) return () => null;
  const index = new KDBush(kept.length);
  for (const l of kept) index.add(l.lon, l.lat);
  index.finish();

  const candidate = (i: number, lon: number, lat: number): Nearest => {
    const lieu = kept[i]!;
    return { lieu, distanceKm: distanceKm([lon, lat], [lieu.lon, lieu.lat]) };
  };
  const better = (a: Nearest, b: Nearest): Nearest =>
    compareByDistance(b.distanceKm, b.lieu.nom, b.lieu.id, a.distanceKm, a.lieu.nom, a.lieu.id) < 0 ? b : a;

  return (lon, lat) => {
    const two = around(index, lon, lat, 2).map((i) => candidate(i, lon, lat));
    const [first, second] = two;
    if (first === undefined) return null;
    if (second === undefined || second.distanceKm - first.distanceKm > TIE_KM) return first;
    // near-tie: look at every place within the tie band and order them like findNearestPlaces
    const band = Math.min(first.distanceKm, second.distanceKm) + 2 * TIE_KM;
    return around(index, lon, lat, Number.POSITIVE_INFINITY, band * 1.00001)
      .map((i) => candidate(i, lon, lat))
      .reduce(better);
  };
}

/**
 * For every commune (from its label point) and every cité (from its representative point),
 * the great-circle distance to the nearest care place kept by `filter`. Places are put in a
 * kd-tree once (kdbush + geokdbush), so the cost is about (communes + cités) × log(places).
 * Equal distances are resolved like `findNearestPlaces` (name, then id). When no place is
 * kept, every distance is null. Results follow the order of the inputs; inputs are not modified.
 *
 * @example
 * const cov = computeCoverage({ communes, cites, lieux }, { groups: ['filieris'], includePlanned: false, includeUnknown: true });
 * cov.communes[0]; // { insee: '59001', nom: …, distanceKm: 2.4, nearestId: 'filieris-…', … }
 */
export function computeCoverage(input: CoverageInput, filter: PlaceFilter): CoverageResult {
  const nearest = makeNearestFinder(input.lieux, filter);
  const fields = (n: Nearest | null) => ({
    distanceKm: n === null ? null : n.distanceKm,
    nearestId: n === null ? null : n.lieu.id,
    nearestNom: n === null ? null : n.lieu.nom,
    approximate: n === null ? false : isApproximate(n.lieu.precision),
  });
  const communes = input.communes.map(
    (c): CommuneCoverage => ({
      insee: c.insee,
      nom: c.nom,
      population: c.population,
      epci_siren: c.epci_siren,
      bassin: c.bassin,
      ...fields(nearest(c.lon, c.lat)),
    }),
  );
  const cites = input.cites.map(
    (c): CiteCoverage => ({
      id: c.id,
      nom: c.nom,
      commune: c.commune,
      commune_insee: c.commune_insee,
      maisons_et_cites: c.maisons_et_cites,
      ...fields(nearest(c.lon, c.lat)),
    }),
  );
  return { communes, cites };
}
