/**
 * Step 3b — patrimoine SSM: the 21 "Équipement SSM" buildings of the UNESCO `batis` layer (historic dispensaries,
 * medical centres and pharmacies of the miners' social security), as points inside their footprint. Pure.
 * They are heritage buildings, not evidence of a current care site.
 */

import type { MultiPolygon, Polygon } from 'geojson';
import { PROP } from '../src/schema.ts';
import { labelPoint, polygonProblem } from './lib/geo.ts';
import type { CommuneIndex } from './lib/locate.ts';
import { clean } from './lib/text.ts';
import { type TileProps, tileProps } from './lib/tile_props.ts';
import type { InFeature } from './read_inputs.ts';
import type { Report } from './report.ts';

export const SSM_TYPOLOGIE = 'Équipement SSM';

export interface SsmRecord {
  id: string;
  nom: string;
  denomination: string | null;
  compagnie: string | null;
  proprietaire: string | null;
  periode: string | null;
  commune: string;
  commune_insee: string;
  lon: number;
  lat: number;
  geometry: Polygon | MultiPolygon;
}

export function buildSsm(
  batis: InFeature[],
  communes: CommuneIndex,
  source: string,
  report: Report,
): SsmRecord[] {
  const out: SsmRecord[] = [];
  for (const f of batis) {
    report.read(source);
    if (f.properties.typologie !== SSM_TYPOLOGIE) {
      report.filtered(source, `typologie not "${SSM_TYPOLOGIE}"`);
      continue;
    }
    const id = clean(f.properties.id_unesco) ?? `line-${f.line}`;
    const problem = polygonProblem(f.geometry);
    if (problem) {
      report.reject(source, f.line, id, `invalid geometry: ${problem}`);
      continue;
    }
    const geometry = f.geometry as Polygon | MultiPolygon;
    const [lon, lat] = labelPoint(geometry);
    const c = communes.at([lon, lat]);
    if (!c) {
      report.reject(source, f.line, id, 'outside Nord/Pas-de-Calais');
      continue;
    }
    const named = clean(f.properties.commune_1);
    if (named && communes.named(named)[0]?.insee !== c.insee) {
      report.warn(
        source,
        f.line,
        id,
        `commune_1 "${named}" does not match the commune containing the building (${c.nom}); geometry used`,
      );
    }
    out.push({
      id: `ssm-${id}`,
      nom: clean(f.properties.nom) ?? clean(f.properties.denomination) ?? 'Équipement SSM',
      denomination: clean(f.properties.denomination),
      compagnie: clean(f.properties.compagnie)?.replace(/-\s+/g, '-') ?? null,
      proprietaire: clean(f.properties.proprietaire),
      periode: clean(f.properties.periode),
      commune: c.nom,
      commune_insee: c.insee,
      lon,
      lat,
      geometry,
    });
    report.kept(source);
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

export function ssmTileProps(s: SsmRecord): TileProps {
  return tileProps(
    {
      [PROP.id]: s.id,
      [PROP.nom]: s.nom,
      [PROP.commune]: s.commune,
      [PROP.communeInsee]: s.commune_insee,
    },
    {
      [PROP.denomination]: s.denomination,
      [PROP.compagnie]: s.compagnie,
      [PROP.proprietaire]: s.proprietaire,
      [PROP.periode]: s.periode,
    },
  );
}
