/**
 * The data sorted for people (French name order) and looked up by code, built once per data load (memoized on
 * identity): the coverage panel's option lists and the printed map read it.
 */
import type { AppData } from '../data/load_data.ts';
import { compareFr } from '../domain/compare_places.ts';
import type { Cite, Commune, Epci } from '../schema.ts';
import { memoLast } from './derived.ts';

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
