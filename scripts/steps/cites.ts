/** Step 3: the cités minières (three layers merged) and the miners' social security heritage buildings. */
import { buildCites, type CiteRecord } from '../build_cites.ts';
import { buildSsm, type SsmRecord } from '../build_ssm.ts';
import type { CommuneIndex } from '../lib/locate.ts';
import { inputs, rel } from '../lib/paths.ts';
import { readGeoJson } from '../read_inputs.ts';
import type { Report } from '../report.ts';
import type { Log } from './log.ts';

export interface CitesStep {
  cites: CiteRecord[];
  ssm: SsmRecord[];
}

export function citesStep(index: CommuneIndex, report: Report, log: Log): CitesStep {
  const cites = buildCites(
    {
      sources: [
        { source: 'unesco', sourceName: rel(inputs.citesUnesco), features: readGeoJson(inputs.citesUnesco) },
        { source: 'zone_tampon', sourceName: rel(inputs.citesZt), features: readGeoJson(inputs.citesZt) },
        { source: 'erbm', sourceName: rel(inputs.citesErbm), features: readGeoJson(inputs.citesErbm) },
      ],
    },
    index,
    report,
  );
  const ssm = buildSsm(readGeoJson(inputs.batis), index, rel(inputs.batis), report);
  log(
    `cités: ${cites.length} (${cites.filter((c) => c.maisons_et_cites).length} Maisons & Cités), SSM buildings: ${ssm.length}`,
  );
  return { cites, ssm };
}
