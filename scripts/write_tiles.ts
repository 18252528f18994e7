/**
 * Step 7 — PMTiles archives with tippecanoe (v2.52): one `-L name:file` per layer, every feature kept at every zoom
 * (`-r1 --no-feature-limit --no-tile-size-limit`, no tiny-polygon reduction), shared borders simplified together.
 * tippecanoe runs in the temporary directory with relative file names so its metadata does not depend on the machine.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Feature, Geometry } from 'geojson';

export interface TileLayer {
  name: string;
  features: Feature<Geometry, Record<string, string | number | boolean>>[];
  /** first zoom of this layer when later than the archive's (tippecanoe's per-feature `tippecanoe.minzoom`) */
  minzoom?: number;
}

export interface ArchiveSpec {
  name: string;
  description: string;
  attribution: string;
  minzoom: number;
  maxzoom: number;
  layers: TileLayer[];
  clip?: [number, number, number, number];
}

export function tippecanoeArgs(spec: ArchiveSpec, output: string): string[] {
  const args = [
    '-o',
    output,
    '--force',
    '--quiet',
    `--name=${spec.name}`,
    `--description=${spec.description}`,
    `--attribution=${spec.attribution}`,
    `--minimum-zoom=${spec.minzoom}`,
    `--maximum-zoom=${spec.maxzoom}`,
    '--drop-rate=1',
    '--no-feature-limit',
    '--no-tile-size-limit',
    '--no-tiny-polygon-reduction',
    '--detect-shared-borders',
    '--simplification=2',
  ];
  if (spec.clip) args.push(`--clip-bounding-box=${spec.clip.join(',')}`);
  for (const l of spec.layers) args.push('-L', `${l.name}:${l.name}.geojson`);
  return args;
}

export function writeArchive(spec: ArchiveSpec, outFile: string): { bytes: number } {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `tiles-${spec.name}-`));
  try {
    for (const l of spec.layers) {
      const features =
        l.minzoom === undefined
          ? l.features
          : l.features.map((f) => ({ ...f, tippecanoe: { minzoom: l.minzoom } }));
      const fc = { type: 'FeatureCollection', features };
      fs.writeFileSync(path.join(tmp, `${l.name}.geojson`), JSON.stringify(fc));
    }
    const out = `${spec.name}.pmtiles`;
    execFileSync('tippecanoe', tippecanoeArgs(spec, out), {
      cwd: tmp,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    fs.mkdirSync(path.dirname(outFile), { recursive: true });
    fs.copyFileSync(path.join(tmp, out), outFile);
    return { bytes: fs.statSync(outFile).size };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
