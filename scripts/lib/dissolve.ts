/**
 * Exact dissolve of polygons that share borders, through a TopoJSON topology (topojson-server, no quantization,
 * so coordinates are unchanged) and topojson-client `merge`, which removes the arcs shared by two merged polygons.
 * Pure: does not mutate its input.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { merge } from 'topojson-client';
import { topology } from 'topojson-server';
import type {
  GeometryCollection,
  MultiPolygon as TMultiPolygon,
  Topology,
  Polygon as TPolygon,
} from 'topojson-specification';

export function dissolve<P>(
  features: readonly Feature<Polygon | MultiPolygon, P>[],
  keyOf: (f: Feature<Polygon | MultiPolygon, P>) => string,
): Map<string, MultiPolygon> {
  const fc = { type: 'FeatureCollection', features } as unknown as Parameters<typeof topology>[0][string];
  const topo = topology({ f: fc }) as unknown as Topology<{
    f: GeometryCollection;
  }>;
  const geoms = topo.objects.f.geometries as (TPolygon | TMultiPolygon)[];
  const groups = new Map<string, (TPolygon | TMultiPolygon)[]>();
  features.forEach((f, i) => {
    const k = keyOf(f);
    const g = geoms[i];
    if (!g) return;
    const list = groups.get(k) ?? [];
    list.push(g);
    groups.set(k, list);
  });
  const out = new Map<string, MultiPolygon>();
  for (const k of [...groups.keys()].sort()) out.set(k, merge(topo, groups.get(k) ?? []) as MultiPolygon);
  return out;
}
