import { describe, expect, test } from 'vitest';
import type { AppData } from '../../../src/data/load_data.ts';
import { DEFAULT_EMBED_CONFIG, type EmbedTerritory } from '../../../src/embed/config.ts';
import type { Commune, Epci, Lieu } from '../../../src/schema.ts';
import { selectFramedPlaces, selectFramedTerritory } from '../../../src/state/derived.ts';
import { createAppStore } from '../../../src/state/store.ts';

const commune = (insee: string, nom: string, epci_siren: string): Commune => ({
  insee,
  nom,
  postcodes: [],
  population: 1000,
  dep: insee.slice(0, 2),
  epci_siren,
  epci_nom: '',
  bassin: true,
  perimetre: true,
  lon: 3,
  lat: 50,
});
const epci: Epci = {
  siren: '246200364',
  nom: 'CA de Lens - Liévin',
  population: 2000,
  bassin: true,
  communes_count: 2,
  cls_statut: 'signe',
  cls_libelle: null,
  cls_date: null,
  cls_source: null,
  cls_note: null,
  bbox: [2.7, 50.3, 2.9, 50.5],
};
const data: AppData = {
  lieux: [],
  communes: [
    commune('62498', 'Lens', '246200364'),
    commune('62510', 'Liévin', '246200364'),
    commune('59632', 'Wallers', '200041960'),
  ],
  cites: [],
  epci: [epci],
  meta: null,
  populationVintage: null,
};

const framed = (territory: EmbedTerritory | null) =>
  selectFramedTerritory(createAppStore({ data, embed: { ...DEFAULT_EMBED_CONFIG, territory } }).getState());

describe('selectFramedTerritory', () => {
  test("an EPCI gives its name and its communes' codes", () => {
    expect(framed({ type: 'epci', siren: '246200364' })).toEqual({
      name: 'CA de Lens - Liévin',
      communes: new Set(['62498', '62510']),
    });
  });

  test('a commune gives its name and its own code', () => {
    expect(framed({ type: 'commune', insee: '59632' })).toEqual({
      name: 'Wallers',
      communes: new Set(['59632']),
    });
  });

  test('no territory, the whole basin or an unknown code frame nothing', () => {
    expect(framed(null)).toBeNull();
    expect(framed({ type: 'bassin' })).toBeNull();
    expect(framed({ type: 'epci', siren: '999999999' })).toBeNull();
    expect(framed({ type: 'commune', insee: '59999' })).toBeNull();
  });
});

describe('selectFramedPlaces', () => {
  const lieu = (id: string, commune_insee: string, commune: string) =>
    ({ id, nom: id, kind: 'msp', status: 'open', commune, commune_insee, lon: 3, lat: 50 }) as Lieu;
  const withPlaces: AppData = {
    ...data,
    lieux: [lieu('c', '59632', 'Wallers'), lieu('a', '62510', 'Liévin'), lieu('b', '62498', 'Lens')],
  };
  const split = (territory: EmbedTerritory | null) =>
    selectFramedPlaces(
      createAppStore({ data: withPlaces, embed: { ...DEFAULT_EMBED_CONFIG, territory } }).getState(),
    );

  test('an EPCI: its places first, the others apart, each in list order (commune, then name)', () => {
    const s = split({ type: 'epci', siren: '246200364' });
    expect(s?.inside.map((l) => l.id)).toEqual(['b', 'a']);
    expect(s?.outside.map((l) => l.id)).toEqual(['c']);
  });

  test('not framed: no split', () => {
    expect(split(null)).toBeNull();
  });
});
