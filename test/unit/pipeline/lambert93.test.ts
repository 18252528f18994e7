/**
 * Lambert-93 → WGS84 (proj4) checked against an independent implementation of the Lambert conformal conic inverse
 * (Snyder, "Map Projections — A Working Manual", eq. 15-9 / 7-9), with the EPSG:2154 definition
 * (GRS80, standard parallels 44° and 49°, origin 46.5° N 3° E, false easting 700,000 m, false northing 6,600,000 m),
 * and against the projection constants published by IGN for Lambert-93 (n = 0.7256077650, C = 11,754,255.426 m,
 * Ys = 12,655,612.050 m; IGN NT/G 71).
 */
import { describe, expect, it } from 'vitest';
import { lambert93ToWgs84 } from '../../../scripts/read_finess.ts';

const a = 6378137;
const f = 1 / 298.257222101;
const e = Math.sqrt(2 * f - f * f);
const rad = Math.PI / 180;
const m = (phi: number) => Math.cos(phi) / Math.sqrt(1 - e * e * Math.sin(phi) ** 2);
const t = (phi: number) =>
  Math.tan(Math.PI / 4 - phi / 2) / ((1 - e * Math.sin(phi)) / (1 + e * Math.sin(phi))) ** (e / 2);
const [p1, p2, p0] = [49 * rad, 44 * rad, 46.5 * rad];
const n = (Math.log(m(p1)) - Math.log(m(p2))) / (Math.log(t(p1)) - Math.log(t(p2)));
const F = m(p1) / (n * t(p1) ** n);
const rho0 = a * F * t(p0) ** n;

function inverse(x: number, y: number): [number, number] {
  const dx = x - 700000;
  const dy = rho0 - (y - 6600000);
  const rho = Math.sqrt(dx * dx + dy * dy);
  const tt = (rho / (a * F)) ** (1 / n);
  const lon = 3 * rad + Math.atan2(dx, dy) / n;
  let phi = Math.PI / 2 - 2 * Math.atan(tt);
  for (let i = 0; i < 20; i++)
    phi = Math.PI / 2 - 2 * Math.atan(tt * ((1 - e * Math.sin(phi)) / (1 + e * Math.sin(phi))) ** (e / 2));
  return [lon / rad, phi / rad];
}

describe('Lambert-93 conversion', () => {
  it('the independent formula reproduces the IGN constants of Lambert-93', () => {
    expect(n).toBeCloseTo(0.725607765, 9);
    expect(a * F).toBeCloseTo(11754255.426, 2);
    expect(rho0 + 6600000).toBeCloseTo(12655612.05, 2);
  });

  it('maps the projection origin to 3° E, 46.5° N', () => {
    const [lon, lat] = lambert93ToWgs84(700000, 6600000);
    expect(lon).toBeCloseTo(3, 9);
    expect(lat).toBeCloseTo(46.5, 9);
  });

  it('agrees with the independent inverse within 1e-7° over Nord/Pas-de-Calais and France', () => {
    const points: [number, number][] = [
      [600000, 7000000],
      [650000, 7060000],
      [687000, 7037000],
      [728000, 7029000],
      [760000, 7100000],
      [1000000, 6300000],
      [350000, 6700000],
    ];
    for (const [x, y] of points) {
      const [lon, lat] = lambert93ToWgs84(x, y);
      const [elon, elat] = inverse(x, y);
      expect(Math.abs(lon - elon), `${x},${y}`).toBeLessThan(1e-7);
      expect(Math.abs(lat - elat), `${x},${y}`).toBeLessThan(1e-7);
    }
  });

  it('keeps the central meridian: x = 700,000 m is 3° E at any northing', () => {
    expect(lambert93ToWgs84(700000, 7050000)[0]).toBeCloseTo(3, 9);
  });
});
