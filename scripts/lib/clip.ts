/**
 * Planar polygon helpers for the population grid (pure): area of the part of a polygon inside an axis-aligned
 * rectangle (a 200 m cell in EPSG:3035 metres). Sutherland–Hodgman clipping against a convex window keeps the
 * signed area of a simple ring exact (it may add zero-width seams along the window's sides, which have no area).
 */

export type XY = readonly [number, number];

/** Shoelace area of a ring (absolute value; closed or not). */
export function ringArea(ring: readonly XY[]): number {
  let s = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const a = ring[i] as XY;
    const b = ring[(i + 1) % n] as XY;
    s += a[0] * b[1] - b[0] * a[1];
  }
  return Math.abs(s) / 2;
}

/** The ring clipped to the rectangle [x0, x1] × [y0, y1] (Sutherland–Hodgman, one side at a time). */
export function clipRingToBox(ring: readonly XY[], x0: number, y0: number, x1: number, y1: number): XY[] {
  const sides: { inside: (p: XY) => boolean; cut: (a: XY, b: XY) => XY }[] = [
    { inside: (p) => p[0] >= x0, cut: (a, b) => [x0, a[1] + ((b[1] - a[1]) * (x0 - a[0])) / (b[0] - a[0])] },
    { inside: (p) => p[0] <= x1, cut: (a, b) => [x1, a[1] + ((b[1] - a[1]) * (x1 - a[0])) / (b[0] - a[0])] },
    { inside: (p) => p[1] >= y0, cut: (a, b) => [a[0] + ((b[0] - a[0]) * (y0 - a[1])) / (b[1] - a[1]), y0] },
    { inside: (p) => p[1] <= y1, cut: (a, b) => [a[0] + ((b[0] - a[0]) * (y1 - a[1])) / (b[1] - a[1]), y1] },
  ];
  let out: XY[] = [...ring];
  for (const side of sides) {
    const input = out;
    out = [];
    for (let i = 0, n = input.length; i < n; i++) {
      const cur = input[i] as XY;
      const prev = input[(i + n - 1) % n] as XY;
      const curIn = side.inside(cur);
      if (curIn !== side.inside(prev)) out.push(side.cut(prev, cur));
      if (curIn) out.push(cur);
    }
    if (out.length === 0) break;
  }
  return out;
}

/**
 * Area of the part of a (multi)polygon inside the rectangle: for each polygon, its outer ring clipped minus its
 * holes clipped. Parts of a multipolygon must not overlap (as after a union).
 *
 * @example
 * areaInBox([[[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]]], 1, 1, 3, 3); // 1
 */
export function areaInBox(
  polygons: readonly (readonly (readonly XY[])[])[],
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): number {
  let total = 0;
  for (const rings of polygons)
    rings.forEach((ring, k) => {
      const a = ringArea(clipRingToBox(ring, x0, y0, x1, y1));
      total += k === 0 ? a : -a;
    });
  return Math.max(0, total);
}
