/**
 * Step 6 — thematic offline basemap layers: land / countries (Natural Earth 1:10m via the `world-atlas` package),
 * départements dissolved from the commune polygons, terrils, cavaliers and the UNESCO inscribed property.
 * Pure transforms (the caller reads the inputs).
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { PROP } from '../src/schema.ts';
import { type CommuneRecord, DEPARTEMENTS } from './build_communes.ts';
import { dissolve } from './lib/dissolve.ts';
import { type BBox, bboxOf, polygonProblem, roundGeometry } from './lib/geo.ts';
import { clean } from './lib/text.ts';
import type { InFeature } from './read_inputs.ts';
import type { Report } from './report.ts';

/** Extent of the basemap (and clip box of the tiles): Nord/Pas-de-Calais with a margin (Belgium, Picardie, Kent coast). */
export const BASEMAP_BBOX: BBox = [0.9, 49.6, 5.0, 51.6];

export type TileFeature = Feature<Geometry, Record<string, string | number | boolean>>;

const intersects = (a: BBox, b: BBox): boolean =>
  a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

/** Countries of Natural Earth whose extent meets the basemap box (France, Belgium, United Kingdom, Netherlands…). */
export function buildLand(world: Topology, source: string, report: Report): TileFeature[] {
  const fc = feature(world, world.objects.countries as GeometryCollection) as FeatureCollection<
    Geometry,
    { name?: string }
  >;
  const out: TileFeature[] = [];
  for (const f of fc.features) {
    report.read(source);
    if (!f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) {
      report.filtered(source, 'no polygon geometry');
      continue;
    }
    // keep only the parts (e.g. metropolitan France, not overseas départements) that meet the box
    // (parts crossing the antimeridian have a world-wide bbox: they are never near the extent)
    const parts = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).filter(
      (p) => {
        const b = bboxOf({ type: 'Polygon', coordinates: p });
        return b[2] - b[0] < 90 && intersects(b, BASEMAP_BBOX);
      },
    );
    if (parts.length === 0) {
      report.filtered(source, 'outside the basemap extent');
      continue;
    }
    report.kept(source);
    out.push({
      type: 'Feature',
      properties: { [PROP.id]: String(f.id ?? ''), [PROP.nom]: f.properties?.name ?? '' },
      geometry: roundGeometry({ type: 'MultiPolygon', coordinates: parts } as MultiPolygon, 5),
    });
  }
  return out.sort((a, b) => String(a.properties[PROP.id]).localeCompare(String(b.properties[PROP.id])));
}

export function buildDepartements(communes: readonly CommuneRecord[]): TileFeature[] {
  const geoms = dissolve(
    communes.map((c) => ({ type: 'Feature' as const, properties: { dep: c.dep }, geometry: c.geometry })),
    (f) => f.properties.dep,
  );
  return [...geoms].map(([dep, geometry]) => ({
    type: 'Feature' as const,
    properties: {
      [PROP.departement]: dep,
      code: dep,
      [PROP.nom]: DEPARTEMENTS[dep as keyof typeof DEPARTEMENTS],
    },
    geometry,
  }));
}

/** Polygon features of a UNESCO layer with a `nom` built by `nameOf`; invalid geometries are rejected. */
export function buildPolygonLayer(
  features: InFeature[],
  source: string,
  nameOf: (p: Record<string, unknown>) => string,
  report: Report,
  extra: (p: Record<string, unknown>) => Record<string, string> = () => ({}),
): TileFeature[] {
  const out: TileFeature[] = [];
  for (const f of features) {
    report.read(source);
    const problem = polygonProblem(f.geometry);
    if (problem) {
      report.reject(
        source,
        f.line,
        clean(f.properties.id_unesco) ?? clean(f.properties.nom),
        `invalid geometry: ${problem}`,
      );
      continue;
    }
    report.kept(source);
    out.push({
      type: 'Feature',
      properties: { [PROP.nom]: nameOf(f.properties), ...extra(f.properties) },
      geometry: f.geometry as Polygon | MultiPolygon,
    });
  }
  return out;
}

export const terrilName = (p: Record<string, unknown>): string => {
  const n = clean(p.nom);
  const no = clean(p.no_terril);
  return n ? `Terril ${n}${no ? ` (${no})` : ''}` : `Terril ${no ?? ''}`.trim();
};
export const cavalierName = (p: Record<string, unknown>): string =>
  `Cavalier (élément UNESCO ${clean(p.id_unesco) ?? '?'})`;
export const bienName = (p: Record<string, unknown>): string => clean(p.nom) ?? 'Bien UNESCO';
