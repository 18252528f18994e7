/** Test helper: read a .pmtiles file from disk with the `pmtiles` library and decode its vector tiles. */
import fs from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader as Pbf } from 'pbf';
import { PMTiles, type RangeResponse, type Source, tileIdToZxy } from 'pmtiles';

class NodeFileSource implements Source {
  private readonly buf: Buffer;
  constructor(private readonly file: string) {
    this.buf = fs.readFileSync(file);
  }
  getKey(): string {
    return this.file;
  }
  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    const slice = this.buf.subarray(offset, offset + length);
    return { data: slice.buffer.slice(slice.byteOffset, slice.byteOffset + slice.byteLength) as ArrayBuffer };
  }
}

export interface DecodedFeature {
  layer: string;
  z: number;
  x: number;
  y: number;
  type: number;
  props: Record<string, unknown>;
  /** geometry in tile units */
  geometry: { x: number; y: number }[][];
}

export function openArchive(file: string): PMTiles {
  return new PMTiles(new NodeFileSource(file));
}

/** Every tile id present in the archive (walks the root and leaf directories). */
export async function tileIds(p: PMTiles): Promise<number[]> {
  const h = await p.getHeader();
  const ids: number[] = [];
  const walk = async (offset: number, length: number): Promise<void> => {
    const entries = await p.cache.getDirectory(p.source, offset, length, h);
    for (const e of entries) {
      if (e.runLength === 0) await walk(h.leafDirectoryOffset + e.offset, e.length);
      else for (let k = 0; k < e.runLength; k++) ids.push(e.tileId + k);
    }
  };
  await walk(h.rootDirectoryOffset, h.rootDirectoryLength);
  return ids.sort((a, b) => a - b);
}

export function decodeTile(data: ArrayBuffer, z: number, x: number, y: number): DecodedFeature[] {
  let bytes = new Uint8Array(data);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = new Uint8Array(gunzipSync(bytes));
  const vt = new VectorTile(new Pbf(bytes));
  const out: DecodedFeature[] = [];
  for (const name of Object.keys(vt.layers).sort()) {
    const layer = vt.layers[name];
    if (!layer) continue;
    for (let i = 0; i < layer.length; i++) {
      const f = layer.feature(i);
      out.push({
        layer: name,
        z,
        x,
        y,
        type: f.type,
        props: { ...f.properties },
        geometry: f.loadGeometry().map((r) => r.map((p) => ({ x: p.x, y: p.y }))),
      });
    }
  }
  return out;
}

/** Decoded features of every tile at zoom z (or all zooms when z is undefined). */
export async function featuresAt(p: PMTiles, z?: number): Promise<DecodedFeature[]> {
  const out: DecodedFeature[] = [];
  for (const id of await tileIds(p)) {
    const [tz, tx, ty] = tileIdToZxy(id);
    if (z !== undefined && tz !== z) continue;
    const r = await p.getZxy(tz, tx, ty);
    if (r) out.push(...decodeTile(r.data, tz, tx, ty));
  }
  return out;
}

/** Distinct values of one property in a layer. */
export function distinct(features: DecodedFeature[], layer: string, prop: string): Set<unknown> {
  return new Set(features.filter((f) => f.layer === layer).map((f) => f.props[prop]));
}
