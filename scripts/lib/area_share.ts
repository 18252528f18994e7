/** Share of a polygon's area inside another polygon (pure; @turf/intersect + @turf/area, geodesic areas). */
import { area } from '@turf/area';
import { featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { clipRingToBox } from './clip.ts';
import { type BBox, bboxOf, polygonsOf } from './geo.ts';

const feature = (g: Polygon | MultiPolygon) => ({ type: 'Feature' as const, properties: {}, geometry: g });
const overlaps = (a: BBox, b: BBox): boolean => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

/**
 * The part of a (multi)polygon inside a box, for a faster intersection later: each ring is clipped to the box
 * (Sutherland–Hodgman; seams along the box's sides are left, they have no area). Polygons whose outer ring falls
 * outside the box are dropped. null when nothing is left.
 */
export function clipToBox(g: Polygon | MultiPolygon, box: BBox): MultiPolygon | null {
  const polys: Position[][][] = [];
  for (const rings of polygonsOf(g)) {
    const clipped: Position[][] = [];
    rings.forEach((ring, k) => {
      const r = clipRingToBox(ring as [number, number][], box[0], box[1], box[2], box[3]);
      if (r.length < 3) {
        if (k === 0) clipped.length = 0;
        return;
      }
      if (k > 0 && clipped.length === 0) return;
      clipped.push([...r.map((p) => [p[0], p[1]]), [r[0]?.[0] as number, r[0]?.[1] as number]]);
    });
    if (clipped.length > 0) polys.push(clipped);
  }
  return polys.length > 0 ? { type: 'MultiPolygon', coordinates: polys } : null;
}

/**
 * Part (0..1) of `shape`'s area that lies inside `container`, by polygon intersection (of the shape with the
 * container clipped to the shape's box first: the same area, hundreds of times faster for a long perimeter).
 * 0 when the bounding boxes do not meet or the shape has no area.
 *
 * @example
 * areaShareInside(commune.geometry, perimeter); // 0.62 → the commune lies mostly inside the perimeter
 */
export function areaShareInside(
  shape: Polygon | MultiPolygon,
  container: Polygon | MultiPolygon,
  containerBox: BBox = bboxOf(container),
): number {
  const box = bboxOf(shape);
  if (!overlaps(box, containerBox)) return 0;
  const whole = area(shape);
  if (!(whole > 0)) return 0;
  // only the container's part around the shape takes part (a small margin keeps the seams off the shape)
  const m = 1e-4;
  const near = clipToBox(container, [box[0] - m, box[1] - m, box[2] + m, box[3] + m]);
  if (!near) return 0;
  const inter = intersect(featureCollection([feature(shape), feature(near)]));
  return inter ? Math.min(1, area(inter) / whole) : 0;
}
