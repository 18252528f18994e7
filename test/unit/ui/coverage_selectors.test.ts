/**
 * The coverage panel's selectors and scenario actions on a 3-commune fixture whose figures are worked
 * out by hand: three communes on the meridian 3° E, one care place at A.
 *   A (50.00° N, 1 000 hab.)  0 km
 *   B (50.03° N, 2 000 hab.)  0.03° × 111.19508 km/° = 3.335852 km
 *   C (50.09° N, 4 000 hab.)  0.09° × 111.19508 km/° = 10.007557 km
 * (along a meridian the great-circle distance is R × Δφ, R = 6 371.0088 km).
 */
import { describe, expect, test } from 'vitest';
import type { AppData } from '../../../src/data/load_data.ts';
import type { Commune, Lieu } from '../../../src/schema.ts';
import {
  selectClassCounts,
  selectCoverageSummaries,
  selectInventoryLimits,
} from '../../../src/state/derived_coverage.ts';
import { type AppState, actions, createAppStore } from '../../../src/state/store.ts';
import { testLieu } from '../../fixtures/lieu.ts';

const KM_PER_DEG = (6371.0088 * Math.PI) / 180;
const DIST_B = 0.03 * KM_PER_DEG;
const DIST_C = 0.09 * KM_PER_DEG;

const commune = (insee: string, population: number, lat: number): Commune => ({
  insee,
  nom: `Commune ${insee}`,
  postcodes: [],
  population,
  dep: '62',
  epci_siren: '200000001',
  epci_nom: 'EPCI test',
  bassin: true,
  perimetre: true,
  lon: 3,
  lat,
});
const place: Lieu = testLieu({
  id: 'msp-a',
  nom: 'MSP de A',
  precision: 'commune',
  commune: 'Commune 62001',
  source_url: 'https://example.org',
});

function fixture(initial: Partial<AppState> = {}) {
  const data: AppData = {
    lieux: [place],
    communes: [commune('62001', 1000, 50), commune('62002', 2000, 50.03), commune('62003', 4000, 50.09)],
    cites: [],
    epci: [],
    meta: null,
    populationVintage: 'test',
  };
  return createAppStore({ data, mode: 'couverture', coverageGroups: ['msp'], thresholdKm: 5, ...initial });
}

const summariesOf = (store: ReturnType<typeof fixture>) => {
  const s = selectCoverageSummaries(store.getState());
  if (!s) throw new Error('no summaries');
  return s;
};

describe('coverage selectors (3-commune fixture)', () => {
  test('at 5 km: 4 000 of 7 000 people beyond, population-weighted mean distance', () => {
    const s = summariesOf(fixture());
    expect(s.territory.population).toBe(7000);
    expect(s.territory.populationBeyond).toBe(4000);
    expect(s.territory.shareBeyond).toBeCloseTo(4 / 7, 12);
    expect(s.territory.meanDistanceKm).toBeCloseTo((2000 * DIST_B + 4000 * DIST_C) / 7000, 6);
    expect(s.scenarioActive).toBe(false);
    expect(s.baselineTerritory).toEqual(s.territory);
  });

  test('a threshold of 0: everyone not at the place itself is beyond', () => {
    const s = summariesOf(fixture({ thresholdKm: 0 }));
    expect(s.territory.populationBeyond).toBe(6000);
  });

  test('an empty territory: no people, share 0, no mean', () => {
    const s = summariesOf(fixture({ territory: { type: 'commune', insee: '62999' } }));
    expect(s.territory).toMatchObject({ communes: 0, population: 0, populationBeyond: 0, shareBeyond: 0 });
    expect(s.territory.meanDistanceKm).toBeNull();
  });

  test('adding a centre at C brings everyone within 5 km; the baseline is unchanged', () => {
    const store = fixture();
    actions.addCentre(store, { lon: 3, lat: 50.09 }, 'msp');
    const s = summariesOf(store);
    expect(s.scenarioActive).toBe(true);
    expect(s.territory.populationBeyond).toBe(0);
    expect(s.baselineTerritory.populationBeyond).toBe(4000);
    expect(s.territory.meanDistanceKm).toBeCloseTo((2000 * DIST_B) / 7000, 6);
  });

  test('closing every place: everyone is beyond and there is no mean distance', () => {
    const store = fixture();
    actions.setPlaceClosed(store, 'msp-a', true);
    const s = summariesOf(store);
    expect(s.territory.populationBeyond).toBe(7000);
    expect(s.territory.shareBeyond).toBe(1);
    expect(s.territory.meanDistanceKm).toBeNull();
    expect(s.territory.noPlace).toBe(true);
    actions.setPlaceClosed(store, 'msp-a', false);
    expect(summariesOf(store).territory.populationBeyond).toBe(4000);
  });

  test('legend classes at 5 km: A ≤ 2.5, B 2.5–5, C 5–10 … C is at 10.008 km, so > 10', () => {
    const counts = selectClassCounts(fixture().getState());
    expect(counts?.map((c) => c.population)).toEqual([1000, 2000, 0, 4000, 0]);
  });

  test('the inventory note counts the places taken into account and those located to their commune', () => {
    const limits = selectInventoryLimits(fixture().getState());
    expect(limits).toMatchObject({ total: 1, counted: 1, countedCommunePrecision: 1, incomplete: true });
  });
});

describe('scenario actions', () => {
  test('add, move, remove: ids stay unique and names numbered', () => {
    const store = fixture();
    const a = actions.addCentre(store, { lon: 3, lat: 50.09 }, 'msp');
    const b = actions.addCentre(store, { lon: 3.123456789, lat: 50.05 }, 'filieris');
    expect([a, b]).toEqual(['scenario-1', 'scenario-2']);
    expect(store.getState().scenario.added[1]).toMatchObject({
      lon: 3.12346,
      kind: 'filieris_centre_sante',
      nom: 'Centre hypothétique n° 2',
    });
    actions.removeCentre(store, a);
    const c = actions.addCentre(store, { lon: 3, lat: 50.01 }, 'cs');
    expect(c).toBe('scenario-3');
    actions.moveCentre(store, c, { lon: 3, lat: 50.09 });
    expect(store.getState().scenario.added.map((x) => [x.id, x.lat])).toEqual([
      ['scenario-2', 50.05],
      ['scenario-3', 50.09],
    ]);
  });

  test('moving with the map: armed by armMoving, cleared by the move; placing and moving exclude each other', () => {
    const store = fixture();
    const id = actions.addCentre(store, { lon: 3, lat: 50.09 }, 'msp');
    actions.armPlacing(store, 'msp');
    actions.armMoving(store, id);
    expect(store.getState()).toMatchObject({ movingCentre: id, placingCentre: null });
    actions.moveCentre(store, id, { lon: 3, lat: 50 });
    expect(store.getState().movingCentre).toBeNull();
  });

  test('loading a scenario sets the scenario, threshold, kinds and territory; reset empties it', () => {
    const store = fixture();
    actions.loadScenario(store, {
      scenario: { added: [], closed: ['msp-a'] },
      thresholdKm: 2,
      coverageGroups: ['msp', 'cs'],
      territory: { type: 'commune', insee: '62003' },
    });
    expect(store.getState()).toMatchObject({
      scenario: { added: [], closed: ['msp-a'] },
      thresholdKm: 2,
      coverageGroups: ['msp', 'cs'],
      territory: { type: 'commune', insee: '62003' },
    });
    actions.resetScenario(store);
    expect(store.getState().scenario).toEqual({ added: [], closed: [] });
  });
});
