/** Step 5: the thematic basemap's layers (land, départements, terrils, cavaliers, UNESCO property, perimeter). */
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import {
  bienName,
  buildDepartements,
  buildLand,
  buildPolygonLayer,
  cavalierName,
  type TileFeature,
  terrilName,
} from '../build_basemap.ts';
import type { CommuneRecord } from '../build_communes.ts';
import { inputs, rel } from '../lib/paths.ts';
import { readGeoJson } from '../read_inputs.ts';
import type { Report } from '../report.ts';

const require = createRequire(import.meta.url);

export interface BasemapStep {
  land: TileFeature[];
  departements: TileFeature[];
  terrils: TileFeature[];
  cavaliers: TileFeature[];
  bien: TileFeature[];
  /** the Mission Bassin Minier perimeter (drawn in the overlays archive) */
  bassin: TileFeature[];
}

export function basemapStep(communes: readonly CommuneRecord[], report: Report): BasemapStep {
  const world = require('world-atlas/countries-10m.json') as Topology;
  const land = buildLand(world, 'world-atlas/countries-10m.json', report);
  const departements = buildDepartements(communes);
  const terrils = buildPolygonLayer(readGeoJson(inputs.terrils), rel(inputs.terrils), terrilName, report);
  const cavaliers = buildPolygonLayer(
    readGeoJson(inputs.cavaliers),
    rel(inputs.cavaliers),
    cavalierName,
    report,
  );
  const bien = buildPolygonLayer(readGeoJson(inputs.bienInscrit), rel(inputs.bienInscrit), bienName, report);
  const bassin = buildPolygonLayer(
    readGeoJson(inputs.bassin),
    rel(inputs.bassin),
    () => 'Bassin minier du Nord et du Pas-de-Calais',
    report,
  );
  return { land, departements, terrils, cavaliers, bien, bassin };
}
