/**
 * What the details panel shows for the selection, decided once (memoized) so that its components only
 * render: the selected place, commune, cité or EPCI, its title, and the lists that go with it.
 */
import { isHypothetical } from '../domain/apply_scenario.ts';
import { compareFr } from '../domain/compare_places.ts';
import type { Cite, Commune, Epci, Lieu } from '../schema.ts';
import { memoLast, selectLieux } from './derived.ts';
import type { AppState } from './store.ts';

export type SelectionDetails =
  | {
      type: 'lieu';
      title: string;
      lieu: Lieu;
      /** the other places drawn at the same point (places known only to their commune share its point) */
      samePoint: Lieu[];
      hypothetical: boolean;
      /** closed by the scenario (a simulated closure the panel can undo) */
      closedByScenario: boolean;
    }
  | {
      type: 'commune';
      title: string;
      commune: Commune;
      epci: Epci | null;
      /** the care places of the commune, by name */
      places: Lieu[];
      /** the cités lying (partly) in the commune */
      cites: Cite[];
    }
  | { type: 'cite'; title: string; cite: Cite }
  | {
      type: 'epci';
      title: string;
      epci: Epci;
      /** the care places of its communes, by name */
      places: Lieu[];
    };

const byName = (a: Lieu, b: Lieu) => compareFr(a.nom, b.nom);
const placesIn = (lieux: readonly Lieu[], insee: ReadonlySet<string>): Lieu[] =>
  lieux.filter((l) => insee.has(l.commune_insee)).sort(byName);

const details = memoLast(
  (
    sel: AppState['selection'],
    data: AppState['data'],
    lieux: readonly Lieu[],
    closed: readonly string[],
  ): SelectionDetails | null => {
    if (!sel || !data) return null;
    switch (sel.type) {
      case 'lieu': {
        const lieu = lieux.find((l) => l.id === sel.id);
        if (!lieu) return null;
        return {
          type: 'lieu',
          title: lieu.nom,
          lieu,
          samePoint: lieux.filter((l) => l.id !== lieu.id && l.lon === lieu.lon && l.lat === lieu.lat),
          hypothetical: isHypothetical(lieu),
          closedByScenario: closed.includes(lieu.id),
        };
      }
      case 'commune': {
        const commune = data.communes.find((c) => c.insee === sel.id);
        if (!commune) return null;
        return {
          type: 'commune',
          title: commune.nom,
          commune,
          epci: data.epci.find((e) => e.siren === commune.epci_siren) ?? null,
          places: placesIn(lieux, new Set([commune.insee])),
          cites: data.cites.filter((c) => c.communes_insee.includes(commune.insee)),
        };
      }
      case 'cite': {
        const cite = data.cites.find((c) => c.id === sel.id);
        return cite ? { type: 'cite', title: cite.nom, cite } : null;
      }
      case 'epci': {
        const epci = data.epci.find((e) => e.siren === sel.id);
        if (!epci) return null;
        const members = new Set(data.communes.filter((c) => c.epci_siren === epci.siren).map((c) => c.insee));
        return { type: 'epci', title: epci.nom, epci, places: placesIn(lieux, members) };
      }
    }
  },
);

/** The details of the selection (scenario applied), or null when nothing is selected or it does not exist. */
export function selectSelectionDetails(s: AppState): SelectionDetails | null {
  return details(s.selection, s.data, selectLieux(s), s.scenario.closed);
}
