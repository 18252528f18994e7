/** The finder's origin and its distance rings as GeoJSON (pure). */
import circle from '@turf/circle';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Origin } from '../state/types.ts';

export const RING_RADII_KM = [2, 5] as const;

/** Properties of the origin features, and the values of `role`. */
export const ORIGIN_PROP = { role: 'role', label: 'libelle', radiusKm: 'rayon_km' } as const;
export const ORIGIN_ROLE = { ring: 'cercle', origin: 'origine' } as const;

export function buildOriginGeoJson(origin: Origin | null): FeatureCollection<Geometry> {
  if (!origin || !Number.isFinite(origin.lon) || !Number.isFinite(origin.lat)) {
    return { type: 'FeatureCollection', features: [] };
  }
  const rings: Feature<Geometry>[] = RING_RADII_KM.map((km) => {
    const poly = circle([origin.lon, origin.lat], km, { steps: 96, units: 'kilometers' });
    return {
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: poly.geometry.coordinates[0] ?? [] },
      properties: {
        [ORIGIN_PROP.role]: ORIGIN_ROLE.ring,
        [ORIGIN_PROP.radiusKm]: km,
        [ORIGIN_PROP.label]: `${km} km`,
      },
    };
  });
  return {
    type: 'FeatureCollection',
    features: [
      ...rings,
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [origin.lon, origin.lat] },
        properties: { [ORIGIN_PROP.role]: ORIGIN_ROLE.origin, [ORIGIN_PROP.label]: origin.label },
      },
    ],
  };
}
