/** A search result chosen (actions.chooseSearchHit), in French and in English. */
import { describe, expect, test } from 'vitest';
import { buildSearchIndex } from '../../../src/domain/build_search_index.ts';
import { searchPlaces } from '../../../src/domain/search_places.ts';
import { actions, createAppStore } from '../../../src/state/store.ts';
import { CITES, COMMUNES, LIEUX } from '../../fixtures/domain/basin.ts';

const source = { communes: COMMUNES, cites: CITES, lieux: LIEUX };

describe('choosing a search result', () => {
  test.each(['fr', 'en'] as const)(
    'a cité becomes the origin labelled with its commune, whatever the language (%s)',
    (lang) => {
      const hit = searchPlaces(buildSearchIndex(source, lang), 'arenberg')[0];
      expect(hit?.type).toBe('cite');
      // the English detail line reads "Mining cité · Wallers": the label must not be built from it
      if (lang === 'en') expect(hit?.detail).toBe('Mining cité · Wallers');
      const store = createAppStore({ lang });
      if (hit) actions.chooseSearchHit(store, hit);
      expect(store.getState().origin).toMatchObject({
        label: "Cité d'Arenberg (Wallers)",
        ref: { type: 'cite', id: 'cite-arenberg' },
        approximate: false,
      });
    },
  );

  test('a commune becomes an approximate origin labelled with its name', () => {
    const hit = searchPlaces(buildSearchIndex(source, 'en'), 'lens')[0];
    const store = createAppStore();
    if (hit) actions.chooseSearchHit(store, hit);
    expect(store.getState().origin).toMatchObject({
      label: 'Lens',
      ref: { type: 'commune', id: '62498' },
      approximate: true,
    });
  });

  test('a place opens its details and the map goes to it; the origin stays', () => {
    const hit = searchPlaces(buildSearchIndex(source, 'fr'), 'pharmacie')[0];
    const store = createAppStore();
    if (hit) actions.chooseSearchHit(store, hit);
    expect(store.getState().selection).toEqual({ type: 'lieu', id: hit?.id });
    expect(store.getState().fitRequest).toEqual({ lon: hit?.lon, lat: hit?.lat, zoom: 13 });
    expect(store.getState().origin).toBeNull();
  });
});
