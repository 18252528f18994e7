/**
 * Option lists of the coverage panel's selects, built once per data load (memoized on identity).
 */
import type { AppData } from '../../data/load_data.ts';
import { compareFr } from '../../domain/compare_places.ts';
import { findNearestCommune } from '../../domain/find_nearest_commune.ts';
import type { ScenarioPlace } from '../../domain/types.ts';
import type { Cite, Commune, Epci } from '../../schema.ts';
import { memoLast } from '../../state/derived.ts';

export interface SortedData {
  communesBassin: Commune[];
  communesAll: Commune[];
  epciBassin: Epci[];
  epciOther: Epci[];
  cites: Cite[];
  communeByInsee: Map<string, Commune>;
  citeById: Map<string, Cite>;
}

/** Communes, EPCI and cités sorted by French name, and lookups by code. */
export const sortedData = memoLast((data: AppData): SortedData => {
  const byNom = <T extends { nom: string }>(a: T, b: T) => compareFr(a.nom, b.nom);
  const communesAll = data.communes.slice().sort(byNom);
  const epci = data.epci.slice().sort(byNom);
  return {
    communesAll,
    communesBassin: communesAll.filter((c) => c.bassin),
    epciBassin: epci.filter((e) => e.bassin),
    epciOther: epci.filter((e) => !e.bassin),
    cites: data.cites.slice().sort((a, b) => compareFr(a.nom, b.nom) || compareFr(a.commune, b.commune)),
    communeByInsee: new Map(data.communes.map((c) => [c.insee, c])),
    citeById: new Map(data.cites.map((c) => [c.id, c])),
  };
});

/** For each hypothetical centre, the name of the commune whose centre is nearest. */
export const centresNear = memoLast((added: readonly ScenarioPlace[], communes: readonly Commune[]) =>
  added.map((a) => findNearestCommune(a.lon, a.lat, communes)?.nom ?? ''),
);

/** Where a location value (`commune:<insee>` or `cite:<id>`) lies, with a label. */
export function locate(
  value: string,
  sorted: SortedData,
): { lon: number; lat: number; label: string } | null {
  const [type, id = ''] = value.split(':');
  if (type === 'commune') {
    const c = sorted.communeByInsee.get(id);
    return c ? { lon: c.lon, lat: c.lat, label: c.nom } : null;
  }
  if (type === 'cite') {
    const c = sorted.citeById.get(id);
    return c ? { lon: c.lon, lat: c.lat, label: `${c.nom} (${c.commune})` } : null;
  }
  return null;
}
