/** What a click on the map does (actions.clickMap), with the features under the pointer given by hand. */
import { describe, expect, test } from 'vitest';
import { fr } from '../../../src/i18n/fr.ts';
import { actions, createAppStore } from '../../../src/state/store.ts';
import type { Selection } from '../../../src/state/types.ts';

const at = { lon: 3.123456789, lat: 50.4 };
const place: Selection = { type: 'lieu', id: 'msp-denain' };
const commune: Selection = { type: 'commune', id: '59172' };

/** Features under the pointer: `near` without polygons, `all` with them; records which was asked for. */
function under(near: (Selection | null)[], all: (Selection | null)[] = near) {
  const asked: boolean[] = [];
  return {
    asked,
    hitsAt: (withPolygons: boolean) => {
      asked.push(withPolygons);
      return withPolygons ? all : near;
    },
  };
}

describe('a click on the map', () => {
  test('finder: a click on a place opens it', () => {
    const store = createAppStore();
    actions.clickMap(store, at, under([place]).hitsAt, false);
    expect(store.getState().selection).toEqual(place);
    expect(store.getState().origin).toBeNull();
  });

  test('finder: a click on nothing sets the origin there, rounded to 5 decimals, without framing', () => {
    const store = createAppStore();
    actions.clickMap(store, at, under([]).hitsAt, false);
    expect(store.getState().origin).toEqual({
      lon: 3.12346,
      lat: 50.4,
      label: fr.search.pointOnMap,
      ref: null,
      approximate: false,
    });
    expect(store.getState().fitRequest).toBeNull();
  });

  test('a right-click sets the origin even over a place', () => {
    const store = createAppStore();
    actions.clickMap(store, at, under([place]).hitsAt, true);
    expect(store.getState().selection).toBeNull();
    expect(store.getState().origin?.lon).toBe(3.12346);
  });

  test('finder: polygons are clickable only with the communes layer ticked', () => {
    const plain = under([]);
    actions.clickMap(createAppStore(), at, plain.hitsAt, false);
    expect(plain.asked).toEqual([false]);
    const withCommunes = under([commune]);
    const store = createAppStore({ toggles: ['communes'] });
    actions.clickMap(store, at, withCommunes.hitsAt, false);
    expect(withCommunes.asked).toEqual([true]);
    expect(store.getState().selection).toEqual(commune);
  });

  test('coverage: a click beside every feature opens the commune under it, never sets the origin', () => {
    const store = createAppStore({ mode: 'couverture' });
    actions.clickMap(store, at, under([null], [null, commune]).hitsAt, false);
    expect(store.getState().selection).toEqual(commune);
    expect(store.getState().origin).toBeNull();
  });

  test('an armed centre is placed where the map is clicked, whatever lies there', () => {
    const store = createAppStore({ mode: 'couverture' });
    actions.armPlacing(store, 'cs');
    actions.clickMap(store, at, under([place]).hitsAt, false);
    const s = store.getState();
    expect(s.scenario.added).toMatchObject([{ id: 'scenario-1', kind: 'centre_sante_autre', lon: 3.12346 }]);
    expect(s.placingCentre).toBeNull();
    expect(s.selection).toBeNull();
  });

  test('a centre being moved goes where the map is clicked', () => {
    const store = createAppStore({ mode: 'couverture' });
    const id = actions.addCentre(store, { lon: 3, lat: 50.3 }, 'msp');
    actions.armMoving(store, id);
    actions.clickMap(store, at, under([commune]).hitsAt, true);
    expect(store.getState().scenario.added).toMatchObject([{ id, lon: 3.12346, lat: 50.4 }]);
    expect(store.getState().movingCentre).toBeNull();
  });
});
