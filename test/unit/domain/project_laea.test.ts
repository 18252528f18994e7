import fs from 'node:fs';
import path from 'node:path';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { projectLaea, unprojectLaea } from '../../../src/domain/project_laea.ts';
import { makeRandom } from '../../fixtures/domain/synthetic.ts';

/** EPSG:3035 as proj4 defines it (an independent implementation of the same projection). */
const EPSG_3035 =
  '+proj=laea +lat_0=52 +lon_0=10 +x_0=4321000 +y_0=3210000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';

describe('projectLaea / unprojectLaea (EPSG:3035)', () => {
  it('agrees with proj4 within 1 mm over Nord-Pas-de-Calais', () => {
    const rand = makeRandom(35);
    for (let i = 0; i < 500; i++) {
      const lon = 1.5 + rand() * 3;
      const lat = 49.9 + rand() * 1.2;
      const [x, y] = projectLaea(lon, lat);
      const [px, py] = proj4('WGS84', EPSG_3035, [lon, lat]) as [number, number];
      expect(Math.abs(x - px)).toBeLessThan(0.001);
      expect(Math.abs(y - py)).toBeLessThan(0.001);
      const [ilon, ilat] = unprojectLaea(px, py);
      // 1e-8° ≈ 1 mm
      expect(Math.abs(ilon - lon)).toBeLessThan(1e-8);
      expect(Math.abs(ilat - lat)).toBeLessThan(1e-8);
    }
  });

  it('goes round trip within 1e-9°', () => {
    const rand = makeRandom(9);
    for (let i = 0; i < 200; i++) {
      const lon = -5 + rand() * 15;
      const lat = 42 + rand() * 9;
      const [x, y] = projectLaea(lon, lat);
      const [l2, p2] = unprojectLaea(x, y);
      expect(Math.abs(l2 - lon)).toBeLessThan(1e-9);
      expect(Math.abs(p2 - lat)).toBeLessThan(1e-9);
    }
  });

  it('puts the INSEE cell centres where the vendored grid file says, within its 6-decimal rounding', () => {
    const csv = fs.readFileSync(
      path.resolve(__dirname, '../../../data/filosofi-grid/filosofi-2021-200m-bassin-minier.csv'),
      'utf8',
    );
    const rows = csv.trim().split('\n').slice(1);
    expect(rows.length).toBe(23471);
    let worst = 0;
    for (const r of rows) {
      const f = r.split(',');
      const [lon, lat] = unprojectLaea(Number(f[1]), Number(f[2]));
      worst = Math.max(worst, Math.abs(lon - Number(f[3])), Math.abs(lat - Number(f[4])));
    }
    // half a unit of the 6th decimal, plus up to 1e-8° by which the file's own inverse (the EPSG series without
    // the Newton step) differs from the exact one
    expect(worst).toBeLessThanOrEqual(5e-7 + 1e-8);
  });

  it('is centred on 52° N 10° E at the false origin', () => {
    expect(unprojectLaea(4321000, 3210000)).toEqual([10, 52]);
    const [x, y] = projectLaea(10, 52);
    expect(x).toBeCloseTo(4321000, 6);
    expect(y).toBeCloseTo(3210000, 6);
  });
});
