/** Step 2: the EPCI (dissolved from their communes) joined with the curated CLS facts. */
import type { CommuneRecord } from '../build_communes.ts';
import { buildEpci, type ClsFact, type EpciRecord, readClsRows } from '../build_epci.ts';
import { inputs, rel } from '../lib/paths.ts';
import { readCsv } from '../read_inputs.ts';
import type { Report } from '../report.ts';
import type { AdminInputs } from './inputs.ts';
import type { Log } from './log.ts';

export interface EpciStep {
  epci: EpciRecord[];
  /** CLS facts by SIREN */
  cls: Map<string, ClsFact>;
}

export function epciStep(
  communes: readonly CommuneRecord[],
  { dec }: AdminInputs,
  report: Report,
  log: Log,
): EpciStep {
  const clsCsv = readCsv(inputs.cls);
  for (const e of clsCsv.errors) report.reject(rel(inputs.cls), e.line, null, e.reason);
  const epciSirens = new Set(communes.map((c) => c.epci_siren));
  const cls = readClsRows(clsCsv.rows, epciSirens, rel(inputs.cls), report);
  const epci = buildEpci(communes, dec.epci, cls);
  for (const e of epci)
    if (e.members_outside > 0)
      report.note(
        `EPCI ${e.siren} ${e.nom}: ${e.members_outside} member(s) outside 59/62 not drawn nor counted`,
      );
  log(`EPCI: ${epci.length}, CLS rows joined: ${cls.size}`);
  return { epci, cls };
}
