/**
 * What the map shows, on hand-made fixtures whose expected values are worked out in the comments:
 * the places drawn (and listed), the choropleth's classes, the highlight, the CLS tint.
 *
 * Choropleth fixture: four communes on the meridian 3° E, one MSP at 50.00° N, threshold 5 km.
 * Along a meridian the great-circle distance is R × Δφ with R = 6 371.0088 km, i.e. 111.19508 km per degree:
 *   62001 (50.00° N, basin)      0 km            ≤ 2.5   → class 0
 *   62002 (50.04° N, basin)      4.448 km        ≤ 5     → class 1
 *   62003 (50.08° N, basin)      8.896 km        ≤ 10    → class 2
 *   59001 (50.20° N, not basin)  22.239 km       > 10    → class 3
 */
import { describe, expect, test } from 'vitest';
import type { AppData } from '../../../src/data/load_data.ts';
import type { Commune, Lieu } from '../../../src/schema.ts';
import { selectHiddenClosedCount, selectListedLieux } from '../../../src/state/derived.ts';
import { selectClassCounts } from '../../../src/state/derived_coverage.ts';
import {
  selectClsTintShown,
  selectCommuneClasses,
  selectHighlightedLieux,
  selectMapChoropleth,
  selectVisibleLieux,
} from '../../../src/state/derived_map.ts';
import { type AppState, actions, createAppStore } from '../../../src/state/store.ts';
import { testLieu } from '../../fixtures/lieu.ts';

const place = (id: string, kind: Lieu['kind'], status: Lieu['status'], commune: string, lat = 50): Lieu =>
  testLieu({ id, kind, status, commune, lat, source_url: 'https://example.org' });

const commune = (insee: string, lat: number, bassin: boolean, population: number): Commune => ({
  insee,
  nom: `Commune ${insee}`,
  postcodes: [],
  population,
  dep: insee.slice(0, 2),
  epci_siren: '200000001',
  epci_nom: 'EPCI test',
  bassin,
  perimetre: bassin,
  lon: 3,
  lat,
});

const LIEUX: Lieu[] = [
  place('msp-open', 'msp', 'open', 'Wallers'),
  place('msp-closed', 'msp', 'closed', 'Denain'),
  place('pharma', 'filieris_pharmacie', 'open', 'Auchel'),
  place('cs-planned', 'centre_sante_autre', 'planned', 'Arras'),
  place('fil-unknown', 'filieris_centre_sante', 'unknown', 'Auchel'),
];

function store(initial: Partial<AppState> = {}) {
  const data: AppData = {
    lieux: LIEUX,
    communes: [
      commune('62001', 50, true, 1000),
      commune('62002', 50.04, true, 2000),
      commune('62003', 50.08, true, 4000),
      commune('59001', 50.2, false, 8000),
    ],
    cites: [],
    epci: [],
    meta: null,
    populationVintage: 'test',
  };
  return createAppStore({ data, coverageGroups: ['msp'], thresholdKm: 5, ...initial });
}

const ids = (lieux: readonly Lieu[]) => lieux.map((l) => l.id);

describe('visible places (map and list)', () => {
  test('the places of the ticked layers, closed ones left out, in data order', () => {
    const s = store({ toggles: ['msp', 'cs', 'cls'] }).getState();
    expect(ids(selectVisibleLieux(s))).toEqual(['msp-open', 'cs-planned']);
    expect(selectHiddenClosedCount(s)).toBe(1);
  });

  test('closed places are shown when asked, and none is counted hidden', () => {
    const s = store({ toggles: ['msp'], showClosed: true }).getState();
    expect(ids(selectVisibleLieux(s))).toEqual(['msp-open', 'msp-closed']);
    expect(selectHiddenClosedCount(s)).toBe(0);
  });

  test('the list orders them by commune, then by name', () => {
    const s = store({ toggles: ['filieris', 'pharmacie', 'msp', 'cs'] }).getState();
    // Arras, Auchel (Lieu fil-unknown < Lieu pharma), Wallers
    expect(ids(selectListedLieux(s))).toEqual(['cs-planned', 'fil-unknown', 'pharma', 'msp-open']);
  });

  test('a hypothetical centre is shown whatever the ticked layers; a place closed by the scenario is hidden', () => {
    const st = store({ toggles: ['cs'] });
    const id = actions.addCentre(st, { lon: 3.1, lat: 50.1 }, 'msp');
    actions.setPlaceClosed(st, 'cs-planned', true);
    expect(ids(selectVisibleLieux(st.getState()))).toEqual([id]);
    expect(selectHiddenClosedCount(st.getState())).toBe(1);
  });

  test('memoized: the same array until an input changes', () => {
    const st = store({ toggles: ['msp'] });
    const first = selectVisibleLieux(st.getState());
    st.setState({ hoveredLieu: 'pharma' });
    expect(selectVisibleLieux(st.getState())).toBe(first);
    actions.setToggle(st, 'pharmacie', true);
    expect(ids(selectVisibleLieux(st.getState()))).toEqual(['msp-open', 'pharma']);
  });
});

describe('choropleth classes', () => {
  test('the basin’s communes at 5 km: classes 0, 1, 2 (worked out in the header)', () => {
    const classes = selectCommuneClasses(store().getState());
    expect(classes && Object.fromEntries(classes)).toEqual({ '62001': 0, '62002': 1, '62003': 2 });
  });

  test('all of 59/62: the commune outside the basin is coloured too (class 3)', () => {
    const classes = selectCommuneClasses(store({ coverageScope: 'all' }).getState());
    expect(classes && Object.fromEntries(classes)).toEqual({
      '62001': 0,
      '62002': 1,
      '62003': 2,
      '59001': 3,
    });
  });

  test('no place of the chosen kinds: every commune is class 4', () => {
    const classes = selectCommuneClasses(
      store({ coverageGroups: ['cs'], coveragePlanned: false }).getState(),
    );
    expect(classes && [...classes.values()]).toEqual([4, 4, 4]);
  });

  test('a threshold of 10 km moves 62002 and 62003 to classes 0 and 1', () => {
    const classes = selectCommuneClasses(store({ thresholdKm: 10 }).getState());
    expect(classes && Object.fromEntries(classes)).toEqual({ '62001': 0, '62002': 0, '62003': 1 });
  });

  test('the legend counts the chosen territory’s communes: all of them when the territory is 59/62', () => {
    const s = store({ coverageScope: 'all', territory: { type: 'all' } }).getState();
    expect(selectClassCounts(s)).toEqual([
      { communes: 1, population: 1000 },
      { communes: 1, population: 2000 },
      { communes: 1, population: 4000 },
      { communes: 1, population: 8000 },
      { communes: 0, population: 0 },
    ]);
  });

  test('the legend counts the territory’s communes, not all those the map colours', () => {
    // the default territory is the drawn perimeter: the commune outside it (8 000 people) is coloured, not counted
    const s = store({ coverageScope: 'all', mode: 'couverture' }).getState();
    expect(selectMapChoropleth(s)?.size).toBe(4);
    expect(selectClassCounts(s)?.map((c) => c.communes)).toEqual([1, 1, 1, 0, 0]);
  });

  test('the map colours communes in coverage mode only', () => {
    expect(selectMapChoropleth(store({ mode: 'trouver' }).getState())).toBeNull();
    expect(selectMapChoropleth(store({ mode: 'couverture' }).getState())?.size).toBe(3);
  });
});

describe('highlight and CLS tint', () => {
  test('the hovered place and the selected place are highlighted; a selected commune is not a place', () => {
    expect(selectHighlightedLieux(store().getState())).toEqual([]);
    const s = store({ hoveredLieu: 'pharma', selection: { type: 'lieu', id: 'msp-open' } }).getState();
    expect(selectHighlightedLieux(s)).toEqual(['pharma', 'msp-open']);
    expect(selectHighlightedLieux(store({ selection: { type: 'commune', id: '62001' } }).getState())).toEqual(
      [],
    );
  });

  test('the CLS tint is drawn in the finder, not over the coverage choropleth', () => {
    expect(selectClsTintShown(store({ mode: 'trouver' }).getState())).toBe(true);
    expect(selectClsTintShown(store({ mode: 'couverture' }).getState())).toBe(false);
  });
});
