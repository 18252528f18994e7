// A URL whose values are well formed but absent from the data: each is dropped with a visible notice once the
// data arrives (reconcileWithData), instead of being kept silently (a screen of zeros).
import { describe, expect, test } from 'vitest';
import type { AppData } from '../../../src/data/load_data.ts';
import { fr } from '../../../src/i18n/fr.ts';
import type { Cite, Commune, Epci, Lieu } from '../../../src/schema.ts';
import { actions, createAppStore } from '../../../src/state/store.ts';
import { initialStateFromUrl, reconcileWithData } from '../../../src/state/url_sync.ts';

const commune: Commune = {
  insee: '62498',
  nom: 'Lens',
  postcodes: ['62300'],
  population: 32000,
  dep: '62',
  epci_siren: '246200364',
  epci_nom: 'CA de Lens - Liévin',
  bassin: true,
  perimetre: true,
  lon: 2.83,
  lat: 50.43,
};
const epci: Epci = {
  siren: '246200364',
  nom: 'CA de Lens - Liévin',
  population: 32000,
  bassin: true,
  communes_count: 1,
  cls_statut: 'signe',
  cls_libelle: null,
  cls_date: null,
  cls_source: null,
  cls_note: null,
  bbox: [2.7, 50.3, 2.9, 50.5],
};
const cite: Cite = {
  id: 'lsm-1',
  nom: 'Cité 12',
  commune_insee: '62498',
  communes_insee: ['62498'],
  commune: 'Lens',
  type: null,
  compagnie: null,
  proprietaire: null,
  maisons_et_cites: true,
  sources: [],
  lon: 2.82,
  lat: 50.44,
};
const DATA: AppData = {
  lieux: [{ id: 'lieu-1', nom: 'Centre A', lon: 2.83, lat: 50.43 } as Lieu],
  communes: [commune],
  cites: [cite],
  epci: [epci],
  meta: null,
  populationVintage: null,
};

type Shown = ReturnType<typeof createAppStore> extends { getState(): infer S } ? S : never;

/** The store after reading `query` and reconciling with DATA, and the notices shown. */
function open(query: string) {
  const { state, notices } = initialStateFromUrl(query);
  const store = createAppStore(state);
  for (const n of notices) actions.notify(store, n);
  reconcileWithData(store, DATA);
  const s = store.getState();
  return { s, notices: s.notices.map((n) => n.text) };
}

describe('well-formed values absent from the data give a notice and fall back', () => {
  test.each([
    ['territoire', 'epci:123456789', (s: Shown) => s.territory, { type: 'perimetre' }],
    ['territoire', 'commune:59999', (s: Shown) => s.territory, { type: 'perimetre' }],
    ['sel', 'lieu:lieu-absent', (s: Shown) => s.selection, null],
    ['sel', 'commune:59999', (s: Shown) => s.selection, null],
    ['sel', 'cite:lsm-999', (s: Shown) => s.selection, null],
    ['sel', 'epci:123456789', (s: Shown) => s.selection, null],
    ['sel', 'lieu:scenario-3', (s: Shown) => s.selection, null],
    ['depuis', 'commune:59999', (s: Shown) => s.origin, null],
    ['depuis', 'cite:lsm-999', (s: Shown) => s.origin, null],
  ])('%s=%s', (param, value, read, fallback) => {
    const { s, notices } = open(`mode=couverture&${param}=${value}`);
    expect(notices).toEqual([fr.notices.unknownParam(param, value)]);
    expect(read(s)).toEqual(fallback);
  });
});

describe('values present in the data are kept without a notice', () => {
  test.each([
    ['territoire=epci:246200364', (s: Shown) => s.territory, { type: 'epci', siren: '246200364' }],
    ['territoire=commune:62498', (s: Shown) => s.territory, { type: 'commune', insee: '62498' }],
    ['sel=cite:lsm-1', (s: Shown) => s.selection, { type: 'cite', id: 'lsm-1' }],
    ['sel=epci:246200364', (s: Shown) => s.selection, { type: 'epci', id: '246200364' }],
    [
      'ajouts=50.4,2.8,msp&sel=lieu:scenario-1',
      (s: Shown) => s.selection,
      { type: 'lieu', id: 'scenario-1' },
    ],
    ['depuis=cite:lsm-1', (s: Shown) => s.origin?.label, 'Cité 12 (Lens)'],
  ])('%s', (query, read, expected) => {
    const { s, notices } = open(query);
    expect(notices).toEqual([]);
    expect(read(s)).toEqual(expected);
  });
});
