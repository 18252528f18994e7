/**
 * Row checks of lieux.json, cites.json and epci.json: one good row of each (taken from the shape of the
 * committed files), and the same row broken in one field at a time.
 */
import { describe, expect, test } from 'vitest';
import { checkCites, checkEpci, checkLieux } from '../../../src/data/validate_rows.ts';
import type { Cite, Epci, Lieu } from '../../../src/schema.ts';
import { testLieu } from '../../fixtures/lieu.ts';

const lieu: Lieu = testLieu({
  id: 'msp-wallers',
  nom: 'Maison de santé de Wallers',
  address: '1 rue du Dispensaire',
  commune: 'Wallers',
  commune_insee: '59632',
  postcode: '59135',
  lon: 3.43,
  lat: 50.38,
  source_url: 'https://example.org/msp',
  source_date: '2025-01-01',
});
const cite: Cite = {
  id: 'lsm-10020',
  nom: 'Cité du Chauffour',
  commune_insee: '59002',
  communes_insee: ['59002', '59574'],
  commune: 'Abscon',
  type: 'Cité pavillonnaire',
  compagnie: 'Anzin',
  proprietaire: null,
  maisons_et_cites: true,
  sources: ['unesco', 'erbm'],
  lon: 3.28663,
  lat: 50.33582,
};
const epci: Epci = {
  siren: '200043990',
  nom: 'CA de la Porte du Hainaut',
  population: 157000,
  bassin: true,
  communes_count: 46,
  cls_statut: 'signe',
  cls_libelle: 'signé',
  cls_date: '2023',
  cls_source: 'https://example.org/cls',
  cls_note: null,
  bbox: [3.2, 50.2, 3.6, 50.5],
};

describe('lieux.json rows', () => {
  test('a good row is kept as it is read', () => {
    const { rows, rejected } = checkLieux([lieu]);
    expect(rows[0]).toBe(lieu);
    expect(rejected).toEqual([]);
  });

  test.each([
    [{ id: '' }, 'id'],
    [{ id: 'a b' }, 'id'],
    [{ nom: '  ' }, 'nom'],
    [{ kind: 'hopital_imaginaire' }, 'kind'],
    [{ status: 'ouvert' }, 'status'],
    [{ precision: 'rue' }, 'precision'],
    [{ lon: '3.43' }, 'coordinates'],
    [{ lat: 95 }, 'coordinates'],
    [{ lon: null }, 'coordinates'],
    [{ commune_insee: '5963' }, 'commune'],
    [{ source_url: null }, 'sourceUrl'],
    [{ address: 12 }, 'text'],
    [{ aggregate_count: 0 }, 'count'],
  ] as const)('%o is rejected (%s)', (change, problem) => {
    const { rows, rejected } = checkLieux([lieu, { ...lieu, id: 'other', ...change }]);
    expect(rows).toEqual([lieu]);
    expect(rejected).toEqual([{ row: 1, id: 'id' in change ? change.id : 'other', problem }]);
  });

  test('a row that is not an object, and an id used twice, are rejected; counts balance', () => {
    const list = [lieu, null, 'x', { ...lieu }, { ...lieu, id: 'b' }];
    const { rows, rejected } = checkLieux(list);
    expect(rows.map((l) => l.id)).toEqual(['msp-wallers', 'b']);
    expect(rejected).toEqual([
      { row: 1, id: null, problem: 'notObject' },
      { row: 2, id: null, problem: 'notObject' },
      { row: 3, id: 'msp-wallers', problem: 'duplicate' },
    ]);
    expect(rows.length + rejected.length).toBe(list.length);
  });
});

describe('cites.json rows', () => {
  test('a good row is kept', () => {
    expect(checkCites([cite])).toEqual({ rows: [cite], rejected: [] });
  });

  test.each([
    [{ nom: null }, 'nom'],
    [{ commune_insee: 59002 }, 'commune'],
    [{ communes_insee: '59002' }, 'communes'],
    [{ communes_insee: ['59002', 'x'] }, 'communes'],
    [{ maisons_et_cites: 'oui' }, 'flag'],
    [{ sources: [1] }, 'sources'],
    [{ compagnie: false }, 'text'],
    [{ lat: Number.NaN }, 'coordinates'],
  ] as const)('%o is rejected (%s)', (change, problem) => {
    const { rows, rejected } = checkCites([
      { ...cite, ...change },
      { ...cite, id: 'lsm-2' },
    ]);
    expect(rows.map((c) => c.id)).toEqual(['lsm-2']);
    expect(rejected).toEqual([{ row: 0, id: 'lsm-10020', problem }]);
  });
});

describe('epci.json rows', () => {
  test('a good row is kept', () => {
    expect(checkEpci([epci])).toEqual({ rows: [epci], rejected: [] });
  });

  test.each([
    [{ siren: '20004399' }, 'siren'],
    [{ nom: '' }, 'nom'],
    [{ population: -1 }, 'population'],
    [{ population: 'beaucoup' }, 'population'],
    [{ bassin: 1 }, 'flag'],
    [{ communes_count: 4.5 }, 'count'],
    [{ cls_statut: 'signé' }, 'clsStatus'],
    [{ cls_note: {} }, 'text'],
    [{ bbox: [3.2, 50.2, 3.6] }, 'bbox'],
    [{ bbox: [3.6, 50.2, 3.2, 50.5] }, 'bbox'],
  ] as const)('%o is rejected (%s)', (change, problem) => {
    const { rows, rejected } = checkEpci([
      { ...epci, siren: '200000001' },
      { ...epci, ...change },
    ]);
    expect(rows.map((e) => e.siren)).toEqual(['200000001']);
    expect(rejected).toEqual([{ row: 1, id: 'siren' in change ? change.siren : '200043990', problem }]);
  });
});
