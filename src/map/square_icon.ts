/**
 * The hospitals' marker: a rounded square, as a signed-distance-field image (pure), so that the style colours it
 * per feature (`icon-color`) and gives it a white halo, like the circles of the other care places.
 */

/** Image id used by the style's hospital layers and registered by the map controller. */
export const SQUARE_ICON = 'carre-hopital';
/** Image pixels per screen pixel (the image is drawn at half its size, sharp on high-density screens). */
export const SQUARE_ICON_PIXEL_RATIO = 2;

/** Pixels of distance per unit of the SDF value, as in MapLibre's glyphs (value 0.75 on the edge). */
const SDF_RADIUS = 8;
const SDF_EDGE = 0.75;

/** Signed distance from (x, y) to a rounded square centred on (0, 0): negative inside. */
export function roundedSquareDistance(x: number, y: number, half: number, radius: number): number {
  const qx = Math.abs(x) - (half - radius);
  const qy = Math.abs(y) - (half - radius);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  const inside = Math.min(Math.max(qx, qy), 0);
  return outside + inside - radius;
}

/**
 * A `size`×`size` RGBA image whose alpha channel holds the distance field of a rounded square of half-side
 * `half` (pixels), with room around it for the halo. RGB are 0 (only alpha is read for SDF images).
 *
 * @example
 * const img = squareSdfImage(); // { width: 48, height: 48, data } — alpha 255 in the middle, 0 in the corners
 */
export function squareSdfImage(
  size = 48,
  half = 15,
  radius = 3,
): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  const c = size / 2;
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      const d = roundedSquareDistance(i + 0.5 - c, j + 0.5 - c, half, radius);
      const value = Math.min(1, Math.max(0, SDF_EDGE - d / SDF_RADIUS));
      data[(j * size + i) * 4 + 3] = Math.round(value * 255);
    }
  }
  return { width: size, height: size, data };
}
