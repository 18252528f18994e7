import type { CiteCoverage, CommuneCoverage, Territory } from './types.ts';

/**
 * The communes of a territory: all of them (`all`), those in the Mission Bassin Minier
 * perimeter (`bassin`), those of one EPCI (`epci`, by SIREN) or one commune (`commune`, by INSEE).
 * Keeps the input order; returns a new array of the same objects.
 *
 * @example
 * selectCommunes(coverage.communes, { type: 'epci', siren: '200033579' }).length;
 */
export function selectCommunes<C extends Pick<CommuneCoverage, 'insee' | 'bassin' | 'epci_siren'>>(
  communes: readonly C[],
  territory: Territory,
): C[] {
  switch (territory.type) {
    case 'all':
      return communes.slice();
    case 'bassin':
      return communes.filter((c) => c.bassin);
    case 'epci':
      return communes.filter((c) => c.epci_siren === territory.siren);
    case 'commune':
      return communes.filter((c) => c.insee === territory.insee);
  }
}

/**
 * The cités of a territory: those whose main commune (`commune_insee`) is one of the
 * territory's communes (as chosen by `selectCommunes`). Keeps the input order.
 *
 * @example
 * selectCites(coverage, { type: 'commune', insee: '59632' }); // cités of Wallers
 */
export function selectCites(
  coverage: { communes: readonly CommuneCoverage[]; cites: readonly CiteCoverage[] },
  territory: Territory,
): CiteCoverage[] {
  if (territory.type === 'all') return coverage.cites.slice();
  const insees = new Set(selectCommunes(coverage.communes, territory).map((c) => c.insee));
  return coverage.cites.filter((c) => insees.has(c.commune_insee));
}
