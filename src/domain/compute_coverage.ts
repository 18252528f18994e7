import type { Cite, Commune, Lieu } from '../schema.ts';
import { indexPlaces } from './index_places.ts';
import { isApproximate } from './match_place_filter.ts';
import type { CiteCoverage, CommuneCoverage, CoverageResult, PlaceFilter } from './types.ts';

export type { CiteCoverage, CommuneCoverage, CoverageResult, PlaceFilter } from './types.ts';

/** What coverage is computed for. */
export interface CoverageInput {
  communes: readonly Commune[];
  cites: readonly Cite[];
  lieux: readonly Lieu[];
}

/**
 * For every commune (from its label point) and every cité (from its representative point),
 * the great-circle distance to the nearest care place kept by `filter`. Places are put in a
 * kd-tree once (`indexPlaces`, shared with `computeCellCoverage`), so the cost is about
 * (communes + cités) × log(places). Equal distances are resolved like `findNearestPlaces` (name, then id). When no place is
 * kept, every distance is null. Results follow the order of the inputs; inputs are not modified.
 *
 * @example
 * const cov = computeCoverage({ communes, cites, lieux }, { groups: ['filieris'], includePlanned: false, includeUnknown: true });
 * cov.communes[0]; // { insee: '59001', nom: …, distanceKm: 2.4, nearestId: 'filieris-…', … }
 */
export function computeCoverage(input: CoverageInput, filter: PlaceFilter): CoverageResult {
  const index = indexPlaces(input.lieux, filter);
  const nearest = (lon: number, lat: number) => {
    const k = index.nearest(lon, lat);
    const lieu = index.places[k];
    return {
      distanceKm: lieu === undefined ? null : index.lastDistanceKm,
      nearestId: lieu === undefined ? null : lieu.id,
      nearestNom: lieu === undefined ? null : lieu.nom,
      approximate: lieu === undefined ? false : isApproximate(lieu.precision),
    };
  };
  const communes = input.communes.map(
    (c): CommuneCoverage => ({
      insee: c.insee,
      nom: c.nom,
      population: c.population,
      epci_siren: c.epci_siren,
      bassin: c.bassin,
      perimetre: c.perimetre,
      ...nearest(c.lon, c.lat),
    }),
  );
  const cites = input.cites.map(
    (c): CiteCoverage => ({
      id: c.id,
      nom: c.nom,
      commune: c.commune,
      commune_insee: c.commune_insee,
      maisons_et_cites: c.maisons_et_cites,
      ...nearest(c.lon, c.lat),
    }),
  );
  return { communes, cites };
}
