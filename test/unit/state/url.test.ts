import { describe, expect, test } from 'vitest';
import type { ShareableState } from '../../../src/state/types.ts';
import { DEFAULT_STATE, parseUrlState, serializeUrlState } from '../../../src/state/url.ts';
import { DEFAULT_TOGGLES } from '../../../src/state/vocabulary.ts';

const full: ShareableState = {
  ...DEFAULT_STATE,
  view: { zoom: 11.5, lat: 50.4321, lon: 2.8123 },
  toggles: ['msp', 'cls'],
  showClosed: true,
  selection: { type: 'lieu', id: 'msp-denain' },
  mode: 'couverture',
  origin: { lon: 3.42, lat: 50.38, label: 'Ma position', ref: null, approximate: false },
  finderGroups: ['filieris', 'msp'],
  includePlanned: false,
  coveragePlanned: true,
  thresholdKm: 2,
  coverageGroups: ['msp'],
  territory: { type: 'epci', siren: '246200364' },
  coverageScope: 'all',
  scenario: {
    added: [
      {
        id: 'scenario-1',
        lon: 2.9,
        lat: 50.41,
        kind: 'filieris_centre_sante',
        nom: 'Hypothetical centre no. 1', // the query says lang=en
      },
    ],
    closed: ['msp-denain'],
  },
  lang: 'en',
};

describe('serializeUrlState / parseUrlState', () => {
  test('the default state serializes to an empty query', () => {
    expect(serializeUrlState(DEFAULT_STATE)).toBe('');
  });

  test('every shareable field survives a round trip', () => {
    const query = serializeUrlState(full);
    const { state, notices } = parseUrlState(query);
    expect(notices).toEqual([]);
    expect({ ...DEFAULT_STATE, ...state }).toEqual(full);
  });

  test('« bassin » is the drawn perimeter (the default, not written), « intercommunalites » the 330 communes', () => {
    expect(DEFAULT_STATE.territory).toEqual({ type: 'perimetre' });
    expect(parseUrlState('territoire=bassin').state.territory).toEqual({ type: 'perimetre' });
    expect(parseUrlState('territoire=perimetre').state.territory).toEqual({ type: 'perimetre' });
    expect(parseUrlState('territoire=intercommunalites').state.territory).toEqual({ type: 'bassin' });
    const intercommunalites = { ...DEFAULT_STATE, territory: { type: 'bassin' } as const };
    expect(serializeUrlState(intercommunalites)).toBe('territoire=intercommunalites');
    expect(serializeUrlState({ ...DEFAULT_STATE, territory: { type: 'perimetre' } })).toBe('');
  });

  test('cells coloured by low income survive a round trip; an unknown colouring is a notice', () => {
    const state: ShareableState = { ...DEFAULT_STATE, mode: 'couverture', cellColouring: 'low_income' };
    const query = serializeUrlState(state);
    expect(query).toBe('mode=couverture&carreaux=revenus');
    expect({ ...DEFAULT_STATE, ...parseUrlState(query).state }).toEqual(state);
    expect(parseUrlState('carreaux=couleurs').notices).toEqual([{ param: 'carreaux', value: 'couleurs' }]);
  });

  test('the query is readable: commas, slashes and colons are not percent-encoded', () => {
    const query = serializeUrlState(full);
    expect(query).toContain('carte=11.5/50.4321/2.8123');
    expect(query).toContain('couches=msp,cls');
    expect(query).toContain('sel=lieu:msp-denain');
    expect(query).toContain('territoire=epci:246200364');
    expect(query).toContain('lang=en');
  });

  test('hypothetical centres are named in the language of the query, wherever lang is', () => {
    const names = (q: string) => parseUrlState(q).state.scenario?.added.map((a) => a.nom);
    expect(names('ajouts=50.4,2.9,msp')).toEqual(['Centre hypothétique n° 1']);
    expect(names('ajouts=50.4,2.9,msp;50.5,3.0,cs&lang=en')).toEqual([
      'Hypothetical centre no. 1',
      'Hypothetical centre no. 2',
    ]);
  });

  test('French is the default language and is not written in the URL', () => {
    expect(parseUrlState('lang=fr').state.lang).toBe('fr');
    expect(serializeUrlState({ ...DEFAULT_STATE, lang: 'fr' })).toBe('');
    expect(serializeUrlState({ ...DEFAULT_STATE, lang: 'en' })).toBe('lang=en');
  });

  test('an origin given as a commune keeps its reference, to be resolved against the data', () => {
    const { state } = parseUrlState('?depuis=commune:59153');
    expect(state.origin?.ref).toEqual({ type: 'commune', id: '59153' });
    expect(serializeUrlState({ ...DEFAULT_STATE, origin: state.origin ?? null })).toBe(
      'depuis=commune:59153',
    );
  });

  test.each([
    ['carte', 'abc'],
    ['carte', '12/48.85/2.35'], // Paris: outside the area
    ['couches', 'filieris,inconnue'],
    ['sel', 'lieu:<script>'],
    ['sel', 'ville:59153'],
    ['mode', 'satellite'],
    ['depuis', 'abc,xyz'],
    ['depuis', 'commune:75056'],
    ['seuil', '-3'],
    ['seuil', '500'],
    ['territoire', 'epci:123'],
    ['ajouts', '50.4,2.9,dispensaire'],
    ['fermes', 'oui'],
    ['lang', 'de'],
  ])('an invalid %s=%s is ignored with a notice naming it', (param, value) => {
    const { state, notices } = parseUrlState(`${param}=${encodeURIComponent(value)}`);
    expect(notices).toEqual([{ param, value }]);
    expect(Object.keys(state)).toEqual([]);
  });

  test('one invalid parameter does not discard the valid ones', () => {
    const { state, notices } = parseUrlState('carte=oops&couches=msp&seuil=10');
    expect(notices.map((n) => n.param)).toEqual(['carte']);
    expect(state.toggles).toEqual(['msp']);
    expect(state.thresholdKm).toBe(10);
  });

  test('an empty layer list is valid (everything hidden), unknown parameters are left alone', () => {
    const { state, notices } = parseUrlState('couches=&utm_source=x&embed=1');
    expect(state.toggles).toEqual([]);
    expect(notices).toEqual([]);
  });

  test('layers are kept in the canonical order whatever the order in the URL', () => {
    const { state } = parseUrlState(`couches=${[...DEFAULT_TOGGLES].reverse().join(',')}`);
    expect(state.toggles).toEqual(DEFAULT_TOGGLES);
  });
});

describe('hypothetical centres keep their identity in the URL', () => {
  const centre = (n: number, lon: number, lat: number) => ({
    id: `scenario-${n}`,
    lon,
    lat,
    kind: 'msp' as const,
    nom: `Centre hypothétique n° ${n}`,
  });

  test('each centre’s number is written after its kind', () => {
    const query = serializeUrlState({
      ...DEFAULT_STATE,
      scenario: { added: [centre(2, 3.1, 50.3)], closed: [] },
    });
    expect(query).toBe('ajouts=50.3,3.1,msp,2');
  });

  test('two centres, the first removed and the second selected: the link reloads centre n° 2, selected', () => {
    // after adding n° 1 and n° 2, removing n° 1 and selecting n° 2 (the store's actions give these ids)
    const state: ShareableState = {
      ...DEFAULT_STATE,
      mode: 'couverture',
      selection: { type: 'lieu', id: 'scenario-2' },
      scenario: { added: [centre(2, 3.1, 50.3)], closed: [] },
    };
    const { state: back, notices } = parseUrlState(serializeUrlState(state));
    expect(notices).toEqual([]);
    expect(back.scenario?.added).toEqual([centre(2, 3.1, 50.3)]);
    expect(back.selection).toEqual({ type: 'lieu', id: 'scenario-2' });
  });

  test('several centres, one of them closed, survive a round trip with their numbers and names', () => {
    const state: ShareableState = {
      ...DEFAULT_STATE,
      scenario: {
        added: [centre(1, 2.8, 50.4), centre(3, 2.9, 50.45), centre(7, 3.4, 50.35)],
        closed: ['scenario-3'],
      },
    };
    const { state: back } = parseUrlState(serializeUrlState(state));
    expect(back.scenario).toEqual(state.scenario);
  });

  test('an older link without numbers numbers the centres in order', () => {
    const ids = parseUrlState('ajouts=50.4,2.9,msp;50.5,3.0,cs').state.scenario?.added.map((a) => a.id);
    expect(ids).toEqual(['scenario-1', 'scenario-2']);
  });

  test.each(['50.4,2.9,msp,0', '50.4,2.9,msp,1;50.5,3.0,cs,1', '50.4,2.9,msp,x', '50.4,2.9,msp,2,9'])(
    'a malformed or repeated number (%s) is refused with a notice',
    (value) => {
      const { state, notices } = parseUrlState(`ajouts=${value}`);
      expect(state.scenario).toBeUndefined();
      expect(notices).toEqual([{ param: 'ajouts', value }]);
    },
  );

  test('mode accepts the embed’s English words and writes the French one', () => {
    expect(parseUrlState('mode=coverage').state.mode).toBe('couverture');
    expect(parseUrlState('mode=finder').state.mode).toBe('trouver');
    expect(serializeUrlState({ ...DEFAULT_STATE, mode: 'couverture' })).toBe('mode=couverture');
  });
});
