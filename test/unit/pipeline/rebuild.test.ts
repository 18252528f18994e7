/**
 * `npm run data:build` into a temporary OUT_DIR reproduces the committed outputs: same JSON, same report, and the same
 * decoded tile content (layers, feature counts, properties, geometry within 1 tile unit) at every zoom level.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARCHIVES } from '../../../src/schema.ts';
import { type DecodedFeature, featuresAt, openArchive } from './pmtiles_reader.ts';

const ROOT = path.resolve(__dirname, '../../..');
let out = '';

beforeAll(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'rebuild-'));
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(ROOT, 'scripts', 'build_all.ts')],
    {
      cwd: ROOT,
      env: { ...process.env, OUT_DIR: out },
      stdio: 'pipe',
    },
  );
}, 120_000);

afterAll(() => {
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

const key = (f: DecodedFeature): string =>
  `${f.z}/${f.x}/${f.y}|${f.layer}|${JSON.stringify(Object.entries(f.props).sort(([a], [b]) => a.localeCompare(b)))}`;

function sameFeatures(a: DecodedFeature[], b: DecodedFeature[]): void {
  expect(a.length).toBe(b.length);
  const sort = (l: DecodedFeature[]) =>
    [...l].sort(
      (p, q) =>
        key(p).localeCompare(key(q)) || JSON.stringify(p.geometry).localeCompare(JSON.stringify(q.geometry)),
    );
  const sa = sort(a);
  const sb = sort(b);
  for (let i = 0; i < sa.length; i++) {
    const fa = sa[i] as DecodedFeature;
    const fb = sb[i] as DecodedFeature;
    expect(key(fb)).toBe(key(fa));
    expect(fb.type).toBe(fa.type);
    expect(fb.geometry.length).toBe(fa.geometry.length);
    fa.geometry.forEach((ring, r) => {
      const rb = fb.geometry[r] ?? [];
      expect(rb.length).toBe(ring.length);
      ring.forEach((p, k) => {
        const q = rb[k] ?? { x: Number.NaN, y: Number.NaN };
        expect(Math.abs(p.x - q.x) <= 1 && Math.abs(p.y - q.y) <= 1).toBe(true);
      });
    });
  }
}

describe('rebuild matches the committed outputs', () => {
  for (const file of ['lieux.json', 'communes.json', 'cites.json', 'epci.json', 'meta.json', 'cells.json']) {
    it(`public/data/${file}`, () => {
      const committed = JSON.parse(fs.readFileSync(path.join(ROOT, 'public', 'data', file), 'utf8'));
      const rebuilt = JSON.parse(fs.readFileSync(path.join(out, 'public', 'data', file), 'utf8'));
      expect(rebuilt).toEqual(committed);
    });
  }

  it('data/build-report.json (except byte sizes of the tiles)', () => {
    const strip = (r: { outputs: { tiles?: { bytes?: number }[] } }) => ({
      ...r,
      outputs: { ...r.outputs, tiles: r.outputs.tiles?.map((t) => ({ ...t, bytes: 0 })) },
    });
    const committed = JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'build-report.json'), 'utf8'));
    const rebuilt = JSON.parse(fs.readFileSync(path.join(out, 'data', 'build-report.json'), 'utf8'));
    expect(strip(rebuilt)).toEqual(strip(committed));
  });

  for (const name of [ARCHIVES.basemap, ARCHIVES.overlays]) {
    it(`tiles/${name}.pmtiles: same header zooms, metadata layers and decoded features`, async () => {
      const a = openArchive(path.join(ROOT, 'tiles', `${name}.pmtiles`));
      const b = openArchive(path.join(out, 'tiles', `${name}.pmtiles`));
      const [ha, hb] = [await a.getHeader(), await b.getHeader()];
      expect([hb.minZoom, hb.maxZoom, hb.numAddressedTiles]).toEqual([
        ha.minZoom,
        ha.maxZoom,
        ha.numAddressedTiles,
      ]);
      const layers = (m: unknown) =>
        ((m as { vector_layers: { id: string; fields: object }[] }).vector_layers ?? []).map((l) => [
          l.id,
          l.fields,
        ]);
      expect(layers(await b.getMetadata())).toEqual(layers(await a.getMetadata()));
      for (let z = ha.minZoom; z <= ha.maxZoom; z++)
        sameFeatures(await featuresAt(a, z), await featuresAt(b, z));
    }, 120_000);
  }
});
