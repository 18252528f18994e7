import { describe, expect, test } from 'vitest';
import { selectVisiblePlaces } from '../../../src/domain/select_visible_places.ts';
import { buildLieuxGeoJson } from '../../../src/map/lieux_geojson.ts';
import { buildOriginGeoJson } from '../../../src/map/origin_geojson.ts';
import type { Lieu } from '../../../src/schema.ts';
import { testLieu } from '../../fixtures/lieu.ts';

const at = (id: string, kind: Lieu['kind'], status: Lieu['status'], lon = 2.83, lat = 50.43): Lieu =>
  testLieu({
    id,
    nom: id,
    kind,
    status,
    lon,
    lat,
    precision: 'commune',
    commune: 'Lens',
    commune_insee: '62498',
    postcode: '62300',
    source_url: 'https://example.org',
  });

describe('buildLieuxGeoJson', () => {
  const lieux = [
    at('a', 'msp', 'open'),
    at('b', 'filieris_centre_sante', 'planned'),
    at('c', 'filieris_pharmacie', 'closed'),
    at('d', 'centre_sante_autre', 'unknown', 3.0, 50.5),
  ];

  test('hidden groups and closed places are left out; places at one point are counted', () => {
    const fc = buildLieuxGeoJson(selectVisiblePlaces(lieux, ['msp', 'filieris', 'pharmacie'], false));
    expect(fc.features.map((f) => f.properties.id)).toEqual(['a', 'b']);
    expect(fc.features.map((f) => f.properties.etiquette)).toEqual(['M ×2', 'F ×2']);
  });

  test('closed places appear when asked, and an unknown status is marked "?"', () => {
    const fc = buildLieuxGeoJson(selectVisiblePlaces(lieux, ['pharmacie', 'cs'], true));
    expect(fc.features.map((f) => [f.properties.id, f.properties.etiquette])).toEqual([
      ['c', 'P'],
      ['d', 'C?'],
    ]);
  });

  test('coordinates are the data coordinates, never moved', () => {
    const fc = buildLieuxGeoJson(selectVisiblePlaces(lieux, ['msp', 'filieris', 'pharmacie', 'cs'], true));
    expect(fc.features.map((f) => f.geometry.coordinates)).toEqual(lieux.map((l) => [l.lon, l.lat]));
  });

  test('the input is not mutated', () => {
    const copy = JSON.parse(JSON.stringify(lieux));
    buildLieuxGeoJson(selectVisiblePlaces(lieux, ['msp'], true));
    expect(lieux).toEqual(copy);
  });
});

describe('buildOriginGeoJson', () => {
  test('no origin, no feature', () => {
    expect(buildOriginGeoJson(null).features).toEqual([]);
  });

  test('rings of 2 and 5 km: every vertex at that distance from the origin (haversine written here)', () => {
    const origin = { lon: 2.83, lat: 50.43, label: 'Lens', ref: null, approximate: false };
    const fc = buildOriginGeoJson(origin);
    const rad = Math.PI / 180;
    const hav = (lon: number, lat: number) => {
      const dLat = (lat - origin.lat) * rad;
      const dLon = (lon - origin.lon) * rad;
      const h =
        Math.sin(dLat / 2) ** 2 + Math.cos(origin.lat * rad) * Math.cos(lat * rad) * Math.sin(dLon / 2) ** 2;
      return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
    };
    const rings = fc.features.filter((f) => f.properties?.role === 'cercle');
    expect(rings.map((r) => r.properties?.rayon_km)).toEqual([2, 5]);
    for (const r of rings) {
      const km = r.properties?.rayon_km as number;
      expect(r.geometry.type).toBe('LineString');
      const coords = r.geometry.type === 'LineString' ? r.geometry.coordinates : [];
      expect(coords.length).toBeGreaterThan(90);
      for (const [lon = Number.NaN, lat = Number.NaN] of coords)
        expect(Math.abs(hav(lon, lat) - km)).toBeLessThan(0.01);
    }
    const point = fc.features.find((f) => f.properties?.role === 'origine');
    expect(point?.geometry).toEqual({ type: 'Point', coordinates: [2.83, 50.43] });
  });
});
