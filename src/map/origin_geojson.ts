/** The finder's origin and its distance rings as GeoJSON (pure). */
import circle from '@turf/circle';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Origin } from '../state/types.ts';

export const RING_RADII_KM = [2, 5] as const;

export function buildOriginGeoJson(origin: Origin | null): FeatureCollection<Geometry> {
  if (!origin || !Number.isFinite(origin.lon) || !Number.isFinite(origin.lat)) {
    return { type: 'FeatureCollection', features: [] };
  }
  const rings: Feature<Geometry>[] = RING_RADII_KM.map((km) => {
    const poly = circle([origin.lon, origin.lat], km, { steps: 96, units: 'kilometers' });
    return {
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: poly.geometry.coordinates[0] ?? [] },
      properties: { role: 'cercle', rayon_km: km, libelle: `${km} km` },
    };
  });
  return {
    type: 'FeatureCollection',
    features: [
      ...rings,
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [origin.lon, origin.lat] },
        properties: { role: 'origine', libelle: origin.label },
      },
    ],
  };
}
