/**
 * A shared link with hypothetical centres, made by the store's own actions and reloaded as the app does
 * (parse the query, seed a store, reconcile with the data): each centre keeps its number, its name and
 * its selection.
 */
import { describe, expect, test } from 'vitest';
import type { AppData } from '../../../src/data/load_data.ts';
import { type AppStore, actions, createAppStore, shareableOf } from '../../../src/state/store.ts';
import { parseUrlState, serializeUrlState } from '../../../src/state/url.ts';
import { reconcileWithData } from '../../../src/state/url_sync.ts';

const data = {
  lieux: [{ id: 'msp-denain', nom: 'MSP de Denain', lon: 3.39, lat: 50.33 }],
  communes: [],
  cites: [],
  epci: [],
  meta: null,
  populationVintage: null,
} as unknown as AppData;

/** The link of a store, reloaded into a new store with the data loaded. */
function reload(store: AppStore): AppStore {
  const query = serializeUrlState(shareableOf(store.getState()));
  const { state, notices } = parseUrlState(query);
  expect(notices).toEqual([]);
  const next = createAppStore({ ...state, data });
  reconcileWithData(next, data);
  return next;
}

describe('a link with hypothetical centres', () => {
  test('two centres, the first removed and the second selected: reloads as centre n° 2, selected', () => {
    const store = createAppStore({ mode: 'couverture', data });
    const first = actions.addCentre(store, { lon: 3.1, lat: 50.3 }, 'msp');
    const second = actions.addCentre(store, { lon: 3.2, lat: 50.35 }, 'cs');
    actions.removeCentre(store, first);
    actions.select(store, { type: 'lieu', id: second });
    const back = reload(store).getState();
    expect(back.scenario.added).toEqual([
      { id: 'scenario-2', lon: 3.2, lat: 50.35, kind: 'centre_sante_autre', nom: 'Centre hypothétique n° 2' },
    ]);
    expect(back.selection).toEqual({ type: 'lieu', id: 'scenario-2' });
    expect(back.notices).toEqual([]);
  });

  test('three centres, one removed, one closed, an existing place closed: all kept with their numbers', () => {
    const store = createAppStore({ mode: 'couverture', data });
    const ids = [
      actions.addCentre(store, { lon: 3.1, lat: 50.3 }, 'msp'),
      actions.addCentre(store, { lon: 3.2, lat: 50.35 }, 'cs'),
      actions.addCentre(store, { lon: 3.3, lat: 50.4 }, 'filieris'),
    ];
    actions.removeCentre(store, ids[1] as string);
    actions.setPlaceClosed(store, ids[2] as string, true);
    actions.setPlaceClosed(store, 'msp-denain', true);
    const next = reload(store);
    const back = next.getState();
    expect(back.scenario).toEqual(store.getState().scenario);
    expect(back.scenario.added.map((a) => a.nom)).toEqual([
      'Centre hypothétique n° 1',
      'Centre hypothétique n° 3',
    ]);
    // the next centre added after the reload takes a new number
    expect(actions.addCentre(next, { lon: 3, lat: 50.3 }, 'msp')).toBe('scenario-4');
  });

  test('a selected centre that the link does not hold is dropped with a notice', () => {
    const { state } = parseUrlState('ajouts=50.3,3.1,msp,2&sel=lieu:scenario-1');
    const store = createAppStore({ ...state, data });
    reconcileWithData(store, data);
    expect(store.getState().selection).toBeNull();
    expect(store.getState().notices.map((n) => n.text)).toEqual([
      'Paramètre « sel » ignoré : « lieu:scenario-1 » introuvable dans les données.',
    ]);
  });
});
