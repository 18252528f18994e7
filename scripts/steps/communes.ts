/** Step 1: the communes of Nord and Pas-de-Calais (polygons, label points, EPCI, basin flag) and their index. */
import { buildCommunes, type CommuneRecord } from '../build_communes.ts';
import { CommuneIndex } from '../lib/locate.ts';
import { inputs, rel } from '../lib/paths.ts';
import { readGeoJson } from '../read_inputs.ts';
import type { Report } from '../report.ts';
import type { AdminInputs } from './inputs.ts';
import type { Log } from './log.ts';

export interface CommunesStep {
  communes: CommuneRecord[];
  index: CommuneIndex;
}

export function communesStep({ dec }: AdminInputs, report: Report, log: Log): CommunesStep {
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
    },
    report,
  );
  log(`communes: ${communes.length} (${communes.filter((c) => c.bassin).length} in the bassin minier)`);
  return { communes, index: new CommuneIndex(communes) };
}
