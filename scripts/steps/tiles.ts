/** Step 6: the two PMTiles archives (thematic basemap, overlays) and tiles/manifest.json. */
import fs from 'node:fs';
import path from 'node:path';
import { ARCHIVES, SCHEMA_VERSION, TILE_LAYERS } from '../../src/schema.ts';
import { BASEMAP_BBOX, type TileFeature } from '../build_basemap.ts';
import { CELLS_MINZOOM } from '../build_cells.ts';
import { type CiteRecord, citeTileProps } from '../build_cites.ts';
import { kb } from '../build_client.ts';
import { type CommuneRecord, communeTileProps } from '../build_communes.ts';
import { type EpciRecord, epciTileProps } from '../build_epci.ts';
import { type LieuRecord, lieuTileProps } from '../build_lieux.ts';
import { type SsmRecord, ssmTileProps } from '../build_ssm.ts';
import { outputs } from '../lib/paths.ts';
import { writeArchive } from '../write_tiles.ts';
import type { BasemapStep } from './basemap.ts';
import type { Log } from './log.ts';
import { TILE_ATTRIBUTION } from './sources.ts';

export interface TileInputs {
  communes: readonly CommuneRecord[];
  epci: readonly EpciRecord[];
  cites: readonly CiteRecord[];
  lieux: readonly LieuRecord[];
  ssm: readonly SsmRecord[];
  basemap: BasemapStep;
  /** the 200 m population cells (squares), drawn from CELLS_MINZOOM */
  cells: readonly TileFeature[];
}

export interface Manifest {
  schema: number;
  archives: {
    name: string;
    file: string;
    minzoom: number;
    maxzoom: number;
    bytes: number | undefined;
    layers: Record<string, number>;
  }[];
}

const pt = (lon: number, lat: number) => ({ type: 'Point' as const, coordinates: [lon, lat] });
const f = (geometry: TileFeature['geometry'], properties: TileFeature['properties']): TileFeature => ({
  type: 'Feature',
  properties,
  geometry,
});

/** Writes both archives and the manifest; returns the manifest. */
export function writeTiles(t: TileInputs, log: Log): Manifest {
  const overlays = {
    [TILE_LAYERS.communes]: t.communes.map((c) => f(c.geometry, communeTileProps(c))),
    [TILE_LAYERS.communeLabels]: t.communes.map((c) => f(pt(c.label[0], c.label[1]), communeTileProps(c))),
    [TILE_LAYERS.epci]: t.epci.map((e) => f(e.geometry, epciTileProps(e))),
    [TILE_LAYERS.bassin]: t.basemap.bassin,
    [TILE_LAYERS.cites]: t.cites.map((c) => f(pt(c.lon, c.lat), citeTileProps(c))),
    [TILE_LAYERS.citePolygons]: t.cites.map((c) => f(c.geometry, citeTileProps(c))),
    [TILE_LAYERS.lieux]: t.lieux.map((l) => f(pt(l.lon, l.lat), lieuTileProps(l))),
    [TILE_LAYERS.patrimoineSsm]: t.ssm.map((s) => f(pt(s.lon, s.lat), ssmTileProps(s))),
    [TILE_LAYERS.cells]: [...t.cells],
  };
  const basemap = {
    [TILE_LAYERS.land]: t.basemap.land,
    [TILE_LAYERS.departements]: t.basemap.departements,
    [TILE_LAYERS.terrils]: t.basemap.terrils,
    [TILE_LAYERS.cavaliers]: t.basemap.cavaliers,
    [TILE_LAYERS.unescoBien]: t.basemap.bien,
  };
  const sizes: Record<string, number> = {};
  const archives = [
    {
      name: ARCHIVES.basemap,
      layers: basemap,
      minzoom: 5,
      maxzoom: 12,
      clip: BASEMAP_BBOX,
      description:
        'Fond thématique hors ligne (Natural Earth, départements, terrils, cavaliers, bien UNESCO)',
    },
    {
      name: ARCHIVES.overlays,
      layers: overlays,
      minzoom: 5,
      maxzoom: 13,
      clip: undefined,
      description:
        'Communes, EPCI/CLS, bassin minier, cités minières, lieux de soin, patrimoine SSM, carreaux de population 200 m',
    },
  ];
  for (const a of archives) {
    const file = path.join(outputs.tilesDir, `${a.name}.pmtiles`);
    const { bytes } = writeArchive(
      {
        name: a.name,
        description: a.description,
        attribution: TILE_ATTRIBUTION,
        minzoom: a.minzoom,
        maxzoom: a.maxzoom,
        layers: Object.entries(a.layers).map(([name, features]) => ({
          name,
          features,
          ...(name === TILE_LAYERS.cells ? { minzoom: CELLS_MINZOOM } : {}),
        })),
        ...(a.clip ? { clip: a.clip } : {}),
      },
      file,
    );
    sizes[`tiles/${a.name}.pmtiles`] = bytes;
    log(`tiles/${a.name}.pmtiles: ${kb(bytes)}`);
  }
  const manifest: Manifest = {
    schema: SCHEMA_VERSION,
    archives: archives.map((a) => ({
      name: a.name,
      file: `tiles/${a.name}.pmtiles`,
      minzoom: a.minzoom,
      maxzoom: a.maxzoom,
      bytes: sizes[`tiles/${a.name}.pmtiles`],
      layers: Object.fromEntries(Object.entries(a.layers).map(([n, features]) => [n, features.length])),
    })),
  };
  fs.writeFileSync(path.join(outputs.tilesDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
