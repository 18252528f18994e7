/**
 * The finder's answer on a hand-made fixture, on the meridian 3° E (1° of latitude = 111.19508 km):
 *   origin 50.00° N (commune A);  planned Filieris centre at 50.005° N (0.556 km);
 *   open Filieris centre at 50.03° N (3.336 km); open MSP at 50.40° N (44.48 km);
 *   no "centre de santé" at all.
 */
import { describe, expect, test } from 'vitest';
import type { AppData } from '../../../src/data/load_data.ts';
import type { Commune, Lieu } from '../../../src/schema.ts';
import { reportLinkOf, selectFinderAnswer } from '../../../src/state/derived_finder.ts';
import { type AppState, actions, createAppStore, shareableOf } from '../../../src/state/store.ts';
import { serializeUrlState } from '../../../src/state/url.ts';
import { testLieu } from '../../fixtures/lieu.ts';

const KM_PER_DEG = (6371.0088 * Math.PI) / 180;
const lieu = (
  id: string,
  kind: Lieu['kind'],
  status: Lieu['status'],
  lat: number,
  precision: Lieu['precision'] = 'address',
): Lieu => testLieu({ id, kind, status, lat, precision });
const commune: Commune = {
  insee: '62001',
  nom: "Sains-en-Gohelle d'en Haut",
  postcodes: ['62114'],
  population: 1000,
  dep: '62',
  epci_siren: '200000001',
  epci_nom: 'EPCI',
  bassin: true,
  perimetre: true,
  lon: 3,
  lat: 50,
};

function store(initial: Partial<AppState> = {}) {
  const data: AppData = {
    lieux: [
      lieu('f-planned', 'filieris_centre_sante', 'planned', 50.005),
      lieu('f-open', 'filieris_centre_sante', 'open', 50.03),
      lieu('m-far', 'msp', 'open', 50.4),
    ],
    communes: [commune],
    cites: [],
    epci: [],
    meta: null,
    populationVintage: null,
  };
  return createAppStore({
    data,
    finderGroups: ['filieris', 'msp', 'cs'],
    origin: { lon: 3, lat: 50, label: 'A', ref: { type: 'commune', id: '62001' }, approximate: false },
    ...initial,
  });
}

describe('selectFinderAnswer', () => {
  test('the open centre is the nearest Filieris centre; the nearer planned one is listed apart', () => {
    const a = selectFinderAnswer(store().getState());
    const filieris = a?.kinds.find((k) => k.group === 'filieris');
    expect(filieris?.available.map((r) => r.place.lieu.id)).toEqual(['f-open']);
    expect(filieris?.planned.map((r) => r.place.lieu.id)).toEqual(['f-planned']);
    expect(filieris?.available[0]?.place.distanceKm).toBeCloseTo(0.03 * KM_PER_DEG, 6);
  });

  test('a planned place farther than every open place listed (and beyond 5 km) is not announced', () => {
    // the only MSP is open at 44.5 km: a planned MSP at 50.5° N (55.6 km) is farther, one at 50.3° N (33.4 km) is nearer
    const st = store();
    const data = st.getState().data as AppData;
    st.setState({
      data: {
        ...data,
        lieux: [
          ...data.lieux,
          lieu('m-planned-far', 'msp', 'planned', 50.5),
          lieu('m-planned-near', 'msp', 'planned', 50.3),
        ],
      },
    });
    const msp = selectFinderAnswer(st.getState())?.kinds.find((k) => k.group === 'msp');
    expect(msp?.planned.map((r) => r.place.lieu.id)).toEqual(['m-planned-near']);
  });

  test('without planned places asked for, none is listed', () => {
    const a = selectFinderAnswer(store({ includePlanned: false }).getState());
    expect(a?.kinds.find((k) => k.group === 'filieris')?.planned).toEqual([]);
  });

  test('kinds are ordered by their nearest available place; kinds with none come last', () => {
    const a = selectFinderAnswer(store().getState());
    expect(a?.kinds.map((k) => k.group)).toEqual(['filieris', 'msp', 'cs']);
  });

  test('a 44 km place gets no walking time and a car directions link; a 3.3 km one a walk', () => {
    const a = selectFinderAnswer(store().getState());
    const msp = a?.kinds.find((k) => k.group === 'msp')?.available[0];
    expect(msp?.travel.walkMinutes).toBeNull();
    expect(msp?.directionsUrl).toContain('engine=fossgis_osrm_car');
    const f = a?.kinds.find((k) => k.group === 'filieris')?.available[0];
    // 3.336 km × 1.3 / 4.5 km/h = 57.8 min → 58
    expect(f?.travel.walkMinutes).toBe(58);
    expect(f?.directionsUrl).toContain('engine=fossgis_osrm_foot');
  });

  test('kinds whose nearest place is beyond 5 km or missing are named, with the directories of the commune', () => {
    const a = selectFinderAnswer(store().getState());
    expect(a?.partialFor).toEqual(['msp', 'cs']);
    expect(a?.directories?.commune).toBe("Sains-en-Gohelle d'en Haut");
    expect(a?.directories?.query).toBe("Sains-en-Gohelle d'en Haut (62114)");
    expect(a?.directories?.santeFr).toBe(
      "https://www.sante.fr/recherche/trouver/M%C3%A9decin%20g%C3%A9n%C3%A9raliste/62114%20Sains-en-Gohelle%20d'en%20Haut",
    );
  });

  test('no origin, no answer', () => {
    expect(selectFinderAnswer(store({ origin: null }).getState())).toBeNull();
  });
});

describe('a geolocated position in a shared link', () => {
  const geolocated = {
    lon: 2.78123,
    lat: 50.42567,
    label: 'Ma position',
    ref: null,
    approximate: false,
    geolocated: true,
  };

  test('is coarsened to its ≈ 500 m cell unless the person chooses to share it exactly', () => {
    const st = store();
    actions.setOrigin(st, geolocated);
    expect(st.getState().origin).toMatchObject({ lon: 2.78123, lat: 50.42567 }); // exact in the page
    const query = serializeUrlState(shareableOf(st.getState()));
    expect(query).toContain('depuis=50.42475,2.7825,');
    expect(query).not.toContain('2.78123');
    actions.setShareExactPosition(st, true);
    expect(serializeUrlState(shareableOf(st.getState()))).toContain('depuis=50.42567,2.78123,');
  });

  test('a new position is not shared exactly until asked again', () => {
    const st = store();
    actions.setOrigin(st, geolocated);
    actions.setShareExactPosition(st, true);
    actions.setOrigin(st, { ...geolocated, lon: 2.9, lat: 50.4 });
    expect(st.getState().shareExactPosition).toBe(false);
  });

  test('a typed address is the person’s own choice and is shared as typed', () => {
    const st = store();
    actions.setOrigin(st, { ...geolocated, geolocated: false, label: '1 rue X Lens' });
    expect(serializeUrlState(shareableOf(st.getState()))).toContain('depuis=50.42567,2.78123,');
  });
});

describe('report link of a place', () => {
  test('built from the deployment template; none without one, none for a hypothetical centre', () => {
    const template = 'mailto:carte@example.org?subject={id}';
    const st = store({
      deployment: { streetStyleUrl: null, geocoderUrl: null, reportUrlTemplate: template },
    });
    const place = st.getState().data?.lieux[1] as Lieu;
    expect(reportLinkOf(st.getState(), place)).toBe('mailto:carte@example.org?subject=f-open');
    expect(reportLinkOf(store().getState(), place)).toBeNull();
    expect(reportLinkOf(st.getState(), { ...place, id: 'scenario-1' })).toBeNull();
  });
});
