import type { CiteCoverage, CommuneCoverage, Territory } from './types.ts';

/**
 * A territory for coverage figures: `Territory` itself, which holds `perimetre` — the drawn bassin-minier
 * perimeter (the territory « bassin minier » of issue 9: the communes lying mostly inside the line, or the cells
 * whose centre is inside) — and `bassin`, « les intercommunalités du bassin » (the 330 communes of its nine EPCI).
 * Kept as a name for the modules written before `perimetre` joined `Territory`.
 */
export type CoverageTerritory = Territory;

/**
 * The communes of a territory: all of them (`all`), those lying mostly inside the drawn perimeter
 * (`perimetre`), the 330 communes of the bassin's intercommunalities (`bassin`), those of one EPCI (`epci`,
 * by SIREN) or one commune (`commune`, by INSEE). Keeps the input order; returns a new array of the same objects.
 *
 * @example
 * selectCommunes(coverage.communes, { type: 'epci', siren: '200033579' }).length;
 * selectCommunes(coverage.communes, { type: 'perimetre' }).length; // 250 with the 2026 data
 */
export function selectCommunes<
  C extends Pick<CommuneCoverage, 'insee' | 'bassin' | 'epci_siren'> & { perimetre?: boolean },
>(communes: readonly C[], territory: CoverageTerritory): C[] {
  switch (territory.type) {
    case 'all':
      return communes.slice();
    case 'perimetre':
      return communes.filter((c) => c.perimetre === true);
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
  territory: CoverageTerritory,
): CiteCoverage[] {
  if (territory.type === 'all') return coverage.cites.slice();
  const insees = new Set(selectCommunes(coverage.communes, territory).map((c) => c.insee));
  return coverage.cites.filter((c) => insees.has(c.commune_insee));
}
