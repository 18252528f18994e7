import { describe, expect, test } from 'vitest';
import { looksLikeAddress, parseBanResponse } from '../../../src/data/geocode.ts';

describe('parseBanResponse', () => {
  // shape of the Base Adresse Nationale /search/ answer (GeoJSON FeatureCollection)
  const feature = (label: string, citycode: string, lon = 3.43, lat = 50.38) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { label, score: 0.9, citycode, postcode: '59135', city: 'Wallers', type: 'housenumber' },
  });

  test('keeps addresses of Nord and Pas-de-Calais, with their coordinates', () => {
    const hits = parseBanResponse({
      type: 'FeatureCollection',
      features: [
        feature('1 Rue du Dispensaire 59135 Wallers', '59632'),
        feature('Rue de Paris 75001 Paris', '75101'),
      ],
    });
    expect(hits).toEqual([
      { label: '1 Rue du Dispensaire 59135 Wallers', detail: '59135 Wallers', lon: 3.43, lat: 50.38 },
    ]);
  });

  test('malformed answers give no hit instead of throwing', () => {
    expect(parseBanResponse(null)).toEqual([]);
    expect(parseBanResponse({ features: 'x' })).toEqual([]);
    expect(parseBanResponse({ features: [{ geometry: null, properties: {} }] })).toEqual([]);
  });
});

describe('looksLikeAddress', () => {
  test.each([
    ['12 rue Jean Jaurès Liévin', true],
    ['place Salengro', true],
    ['lens', false],
    ['62300', false],
    ['cité', false],
  ])('%s → %s', (q, expected) => {
    expect(looksLikeAddress(q)).toBe(expected);
  });
});
