/** Step 1: the communes of Nord and Pas-de-Calais (polygons, label points, EPCI, basin flag) and their index. */
import type { MultiPolygon, Polygon } from 'geojson';
import { buildCommunes, type CommuneRecord } from '../build_communes.ts';
import { polygonOf } from '../lib/geo.ts';
import { CommuneIndex } from '../lib/locate.ts';
import { inputs, rel } from '../lib/paths.ts';
import { readGeoJson } from '../read_inputs.ts';
import type { Report } from '../report.ts';
import type { AdminInputs } from './inputs.ts';
import type { Log } from './log.ts';

export interface CommunesStep {
  communes: CommuneRecord[];
  index: CommuneIndex;
  /** the drawn perimeter of the bassin minier (Mission Bassin Minier), the territory « bassin minier » */
  perimeter: Polygon | MultiPolygon | null;
}

export function communesStep({ dec }: AdminInputs, report: Report, log: Log): CommunesStep {
  const perimeter = polygonOf(readGeoJson(inputs.bassin)[0]?.geometry);
  const communes = buildCommunes(
    {
      polygons: [
        { source: rel(inputs.communes59), features: readGeoJson(inputs.communes59) },
        { source: rel(inputs.communes62), features: readGeoJson(inputs.communes62) },
      ],
      pkgCommunes: dec.communes,
      pkgEpci: dec.epci,
      mbm: readGeoJson(inputs.communesMbm),
      mbmSource: rel(inputs.communesMbm),
      perimeter,
    },
    report,
  );
  log(`communes: ${communes.length} (${communes.filter((c) => c.bassin).length} in the bassin minier)`);
  log(`communes mostly inside the drawn perimeter: ${communes.filter((c) => c.perimetre).length}`);
  return { communes, index: new CommuneIndex(communes), perimeter };
}
