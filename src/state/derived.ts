/**
 * Derived data of the finder, memoized on the identity of its inputs: computed once per change, shared by
 * the UI panels and the map controller (no computation inside components). Coverage mode's derived data is
 * in derived_coverage.ts, so that the first screen does not load the coverage code.
 */
import { applyScenario } from '../domain/apply_scenario.ts';
import { compareFr } from '../domain/compare_places.ts';
import { selectCommunes } from '../domain/select_territory.ts';
import { selectVisiblePlaces } from '../domain/select_visible_places.ts';
import type { Lieu } from '../schema.ts';
import type { AppState } from './store.ts';
import { type EmbedTerritory, isWholeBasin, visibleGroups } from './vocabulary.ts';

/** Memoizes a function of a few arguments on their identity (===), keeping the last result. */
export function memoLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let last: R;
  return (...args: A) => {
    if (lastArgs && lastArgs.length === args.length && lastArgs.every((a, i) => a === args[i])) return last;
    last = fn(...args);
    lastArgs = args;
    return last;
  };
}

export const EMPTY: Lieu[] = [];

const effectiveLieux = memoLast((lieux: readonly Lieu[], scenario: AppState['scenario']) =>
  scenario.added.length === 0 && scenario.closed.length === 0 ? [...lieux] : applyScenario(lieux, scenario),
);

/** Care places with the scenario applied (hypothetical centres added, places marked closed). */
export function selectLieux(s: AppState): Lieu[] {
  return s.data ? effectiveLieux(s.data.lieux, s.scenario) : EMPTY;
}

const groupsOf = memoLast(visibleGroups);
const visiblePlaces = memoLast(selectVisiblePlaces);

/**
 * The care places shown on the map and in its text list (scenario applied): those of the ticked layers, the
 * hypothetical centres, closed places only when asked. Data order (the map draws them in this order).
 */
export function selectVisibleLieux(s: AppState): Lieu[] {
  return visiblePlaces(selectLieux(s), groupsOf(s.toggles), s.showClosed);
}

const withClosed = memoLast(selectVisiblePlaces);

/** How many closed places of the ticked layers are hidden (0 when closed places are shown). */
export function selectHiddenClosedCount(s: AppState): number {
  if (s.showClosed) return 0;
  return withClosed(selectLieux(s), groupsOf(s.toggles), true).length - selectVisibleLieux(s).length;
}

const byCommuneThenName = memoLast((lieux: readonly Lieu[]) =>
  [...lieux].sort((a, b) => compareFr(a.commune, b.commune) || compareFr(a.nom, b.nom)),
);

/** The visible places in the order of the text list: by commune, then by name. */
export function selectListedLieux(s: AppState): Lieu[] {
  return byCommuneThenName(selectVisibleLieux(s));
}

/** The EPCI or commune an embed is framed on: its name and the INSEE codes of its communes. */
export interface FramedTerritory {
  name: string;
  communes: ReadonlySet<string>;
}

const framedTerritory = memoLast(
  (territory: EmbedTerritory | null, data: AppState['data']): FramedTerritory | null => {
    if (!territory || isWholeBasin(territory) || !data) return null;
    const name =
      territory.type === 'epci'
        ? data.epci.find((e) => e.siren === territory.siren)?.nom
        : data.communes.find((c) => c.insee === territory.insee)?.nom;
    if (name === undefined) return null;
    return { name, communes: new Set(selectCommunes(data.communes, territory).map((c) => c.insee)) };
  },
);

/** The territory an embed is framed on (EPCI or commune), or null (none, the whole basin in either sense, unknown). */
export function selectFramedTerritory(s: AppState): FramedTerritory | null {
  return framedTerritory(s.embed?.territory ?? null, s.data);
}

const framedPlaces = memoLast((shown: readonly Lieu[], framed: FramedTerritory | null) =>
  framed
    ? {
        inside: shown.filter((l) => framed.communes.has(l.commune_insee)),
        outside: shown.filter((l) => !framed.communes.has(l.commune_insee)),
      }
    : null,
);

/**
 * In an embed framed on a territory, the listed places split into those of the territory and the others (both
 * in list order); null when the embed is not framed on an EPCI or a commune.
 */
export function selectFramedPlaces(s: AppState): { inside: Lieu[]; outside: Lieu[] } | null {
  return framedPlaces(selectListedLieux(s), selectFramedTerritory(s));
}

/**
 * Whether the map can be clicked: false when there is no map (no WebGL, or its code could not be loaded), so
 * that the hints and buttons that talk about clicking the map are hidden. True while it is on its way.
 */
export function selectMapClickable(s: AppState): boolean {
  return s.mapStatus !== 'unavailable';
}
