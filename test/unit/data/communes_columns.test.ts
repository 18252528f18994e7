import { describe, expect, test } from 'vitest';
import { decodeCommunes, encodeCommunes } from '../../../src/data/communes_columns.ts';
import type { Commune } from '../../../src/schema.ts';

const lens: Commune = {
  insee: '62498',
  nom: 'Lens',
  postcodes: ['62300'],
  population: 31000,
  dep: '62',
  epci_siren: '246200364',
  epci_nom: 'CA de Lens - Liévin',
  bassin: true,
  perimetre: true,
  lon: 2.83,
  lat: 50.43,
};
const lievin: Commune = {
  ...lens,
  insee: '62510',
  nom: 'Liévin',
  postcodes: ['62800'],
  population: 30000,
  lon: 2.78,
  lat: 50.42,
};
const conde: Commune = {
  insee: '59153',
  nom: "Condé-sur-l'Escaut",
  postcodes: ['59163', '59164'],
  population: 9500,
  dep: '59',
  epci_siren: '200043396',
  epci_nom: 'CA Valenciennes Métropole',
  bassin: false,
  perimetre: true,
  lon: 3.59,
  lat: 50.45,
};

describe('encodeCommunes', () => {
  test('writes one array per field and each EPCI once', () => {
    expect(encodeCommunes([lens, lievin, conde])).toEqual({
      epci: [
        { siren: '246200364', nom: 'CA de Lens - Liévin' },
        { siren: '200043396', nom: 'CA Valenciennes Métropole' },
      ],
      columns: {
        insee: ['62498', '62510', '59153'],
        nom: ['Lens', 'Liévin', "Condé-sur-l'Escaut"],
        postcodes: ['62300', '62800', '59163 59164'],
        population: [31000, 30000, 9500],
        epci: [0, 0, 1],
        bassin: [1, 1, 0],
        perimetre: [1, 1, 1],
        lon: [2.83, 2.78, 3.59],
        lat: [50.43, 50.42, 50.45],
      },
    });
  });

  test('a commune without EPCI gets -1 and reads back with empty EPCI fields', () => {
    const alone = { ...conde, epci_siren: '', epci_nom: '' };
    const table = encodeCommunes([alone]);
    expect(table.columns.epci).toEqual([-1]);
    expect(decodeCommunes(table).communes).toEqual([alone]);
  });

  test('refuses what it could not write back: a département that is not the code prefix, two EPCI names', () => {
    expect(() => encodeCommunes([{ ...lens, dep: '59' }])).toThrow(/62498/);
    expect(() => encodeCommunes([lens, { ...lievin, epci_nom: 'autre nom' }])).toThrow(/246200364/);
  });

  test('does not modify its input', () => {
    const input = [structuredClone(lens), structuredClone(conde)];
    encodeCommunes(input);
    expect(input).toEqual([lens, conde]);
  });
});

describe('decodeCommunes', () => {
  test('reads back exactly what was written', () => {
    const json = JSON.parse(JSON.stringify(encodeCommunes([lens, lievin, conde])));
    expect(decodeCommunes(json)).toEqual({ communes: [lens, lievin, conde], rejected: [] });
  });

  test('a broken row is rejected with its position and reason; the other rows are kept', () => {
    const table = encodeCommunes([lens, lievin, conde]);
    table.columns.population[1] = Number.NaN;
    (table.columns.lat as unknown[])[2] = 'nord';
    const { communes, rejected } = decodeCommunes(table);
    expect(communes).toEqual([lens]);
    expect(rejected).toEqual([
      { row: 1, id: '62510', problem: 'population' },
      { row: 2, id: '59153', problem: 'coordinates' },
    ]);
    expect(communes.length + rejected.length).toBe(3);
  });

  test('an EPCI index outside the table and a malformed INSEE code are rejected', () => {
    const table = encodeCommunes([lens, conde]);
    table.columns.epci[0] = 7;
    table.columns.insee[1] = '5915';
    expect(decodeCommunes(table).rejected).toEqual([
      { row: 0, id: '62498', problem: 'epci' },
      { row: 1, id: '5915', problem: 'insee' },
    ]);
  });

  test('a broken structure is an error that names what is wrong', () => {
    const table = encodeCommunes([lens, conde]);
    expect(() => decodeCommunes({ epci: [] })).toThrow('« columns »');
    expect(() => decodeCommunes({ columns: table.columns })).toThrow('« epci »');
    const { nom: _dropped, ...withoutNom } = table.columns;
    expect(() => decodeCommunes({ epci: table.epci, columns: withoutNom })).toThrow('« nom »');
    expect(() => decodeCommunes({ epci: table.epci, columns: { ...table.columns, lat: [50] } })).toThrow(
      '« lat » : 1 valeurs pour 2 communes',
    );
  });
});
