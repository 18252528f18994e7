/** Geometry helpers (pure): rounding, validation, label points, bboxes. */

import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { pointOnFeature } from '@turf/point-on-feature';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';

export const round = (v: number, d = 5): number => {
  const f = 10 ** d;
  const r = Math.round(v * f) / f;
  return Object.is(r, -0) ? 0 : r;
};

export function roundPosition(p: Position, d = 5): Position {
  return [round(p[0] as number, d), round(p[1] as number, d)];
}

/** Round every coordinate; drops consecutive duplicate vertices created by rounding. */
export function roundGeometry<G extends Geometry>(g: G, d = 6): G {
  const ring = (r: Position[]): Position[] => {
    const out: Position[] = [];
    for (const p of r) {
      const q = roundPosition(p, d);
      const last = out[out.length - 1];
      if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
    }
    return out;
  };
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: roundPosition(g.coordinates, d) } as G;
    case 'LineString':
      return { type: 'LineString', coordinates: ring(g.coordinates) } as G;
    case 'Polygon':
      return { type: 'Polygon', coordinates: g.coordinates.map(ring) } as G;
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map(ring)) } as G;
    default:
      return g;
  }
}

/** Why a (multi)polygon geometry is unusable, or null when it is valid enough to tile (closed rings of ≥ 4 finite positions). */
export function polygonProblem(g: Geometry | null | undefined): string | null {
  if (!g) return 'null geometry';
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return `unexpected geometry type ${g.type}`;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  if (polys.length === 0) return 'empty geometry';
  for (const poly of polys) {
    if (poly.length === 0) return 'polygon without ring';
    for (const r of poly) {
      if (r.length < 4) return `ring with ${r.length} positions`;
      for (const p of r) {
        if (p.length < 2 || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return 'non-finite coordinate';
        if (Math.abs(p[0] as number) > 180 || Math.abs(p[1] as number) > 90)
          return 'coordinate out of WGS84 range';
      }
      const a = r[0] as Position;
      const b = r[r.length - 1] as Position;
      if (a[0] !== b[0] || a[1] !== b[1]) return 'ring not closed';
    }
  }
  return null;
}

export function polygonsOf(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/**
 * A label point guaranteed inside the polygon: the pole of inaccessibility (polylabel) of the largest part,
 * computed in a locally equal-scaled plane (longitudes scaled by cos(latitude)) so the point is visually central.
 * Falls back to turf pointOnFeature if the result is not inside (should not happen).
 */
export function labelPoint(g: Polygon | MultiPolygon): [number, number] {
  const parts = polygonsOf(g);
  let best = parts[0] as Position[][];
  let bestArea = -1;
  for (const p of parts) {
    const a = area({ type: 'Polygon', coordinates: p });
    if (a > bestArea) {
      bestArea = a;
      best = p;
    }
  }
  const lat0 =
    ((best[0] as Position[]).reduce((s, p) => s + (p[1] as number), 0) / (best[0] as Position[]).length) *
    (Math.PI / 180);
  const k = Math.cos(lat0);
  const scaled = best.map((r) => r.map((p) => [(p[0] as number) * k, p[1] as number]));
  const pl = polylabel(scaled as number[][][], 0.00002);
  const candidate: [number, number] = [round(pl[0] / k, 5), round(pl[1], 5)];
  if (booleanPointInPolygon(candidate, { type: 'Polygon', coordinates: best })) return candidate;
  const fb = pointOnFeature({ type: 'Feature', properties: {}, geometry: g } as Feature).geometry.coordinates;
  return [round(fb[0] as number, 5), round(fb[1] as number, 5)];
}

export type BBox = [number, number, number, number];

export function bboxOf(g: Geometry): BBox {
  const b: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as [number, number];
      if (x < b[0]) b[0] = x;
      if (y < b[1]) b[1] = y;
      if (x > b[2]) b[2] = x;
      if (y > b[3]) b[3] = y;
    } else if (Array.isArray(c)) for (const x of c) visit(x);
  };
  if (g.type !== 'GeometryCollection') visit(g.coordinates);
  return b;
}

export const inBBox = (p: [number, number], b: BBox): boolean =>
  p[0] >= b[0] && p[0] <= b[2] && p[1] >= b[1] && p[1] <= b[3];

/** The geometry when it is a valid (multi)polygon (see `polygonProblem`), else null. */
export function polygonOf(g: Geometry | null | undefined): Polygon | MultiPolygon | null {
  return g && !polygonProblem(g) ? (g as Polygon | MultiPolygon) : null;
}
