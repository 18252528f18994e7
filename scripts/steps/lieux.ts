/**
 * Step 4: the care places: the curated file, the hospital layer (FINESS via Eurostat, March 2020), merged with
 * the official register when an extract is vendored (a JSON extract also supersedes the 2020 hospitals).
 */
import fs from 'node:fs';
import type { CiteRecord } from '../build_cites.ts';
import { buildCuratedLieux, type LieuRecord, mergeFiness, sortLieux } from '../build_lieux.ts';
import type { SsmRecord } from '../build_ssm.ts';
import type { CommuneIndex } from '../lib/locate.ts';
import { inputs, rel } from '../lib/paths.ts';
import { HOSPITALS_SOURCE, type HospitalsResult, readHospitalsCsv } from '../read_hospitals.ts';
import { readCsv } from '../read_inputs.ts';
import { type Register, readRegister } from '../read_register.ts';
import type { Report } from '../report.ts';
import type { Log } from './log.ts';

export interface LieuxStep {
  lieux: LieuRecord[];
  /** the register extract used, if any */
  register: Register | null;
  /** the hospital layer as read (its places are in `lieux`) */
  hospitals: HospitalsResult;
}

export function lieuxStep(
  index: CommuneIndex,
  cites: readonly CiteRecord[],
  ssm: readonly SsmRecord[],
  report: Report,
  log: Log,
): LieuxStep {
  const facCsv = readCsv(inputs.facilities);
  for (const e of facCsv.errors) report.reject(rel(inputs.facilities), e.line, null, e.reason);
  let lieux = buildCuratedLieux(facCsv.rows, index, cites, ssm, rel(inputs.facilities), report);
  // the official register, if an extract is vendored (scripts/read_register.ts): the JSON one also lists hospitals
  const register = readRegister(inputs.finessDir, report);
  // hospitals (FINESS via Eurostat, March 2020): their own reader, see scripts/read_hospitals.ts
  const hospitals = readHospitalsCsv(
    fs.readFileSync(inputs.hospitals, 'utf8'),
    index,
    rel(inputs.hospitals),
    report,
    register?.format === 'json' ? register.source : null,
  );
  lieux = [...lieux, ...hospitals.lieux];
  log(`hospitals: ${hospitals.lieux.length} kept (${HOSPITALS_SOURCE.name})`);
  if (register)
    lieux = mergeFiness(
      lieux,
      register.selected,
      register.date,
      index,
      register.source,
      report,
      register.origin,
    );
  const finessNote =
    register?.note ??
    'no FINESS extract vendored in data/finess/ (run `npm run data:refresh` with internet): care places come from the curated file and the hospital layer only';
  report.note(finessNote);
  lieux = sortLieux(lieux);
  log(
    `care places: ${lieux.length} (precision: ${['address', 'building', 'quartier', 'commune'].map((p) => `${p} ${lieux.filter((l) => l.precision === p).length}`).join(', ')}; ${finessNote})`,
  );
  return { lieux, register, hospitals };
}
