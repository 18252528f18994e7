/** Step 4: the care places, from the curated file, merged with a FINESS extract when one is vendored. */
import fs from 'node:fs';
import path from 'node:path';
import type { CiteRecord } from '../build_cites.ts';
import { buildCuratedLieux, type LieuRecord, mergeFiness, sortLieux } from '../build_lieux.ts';
import type { SsmRecord } from '../build_ssm.ts';
import type { CommuneIndex } from '../lib/locate.ts';
import { inputs, rel } from '../lib/paths.ts';
import { decodeLatin1, parseFiness, selectFiness } from '../read_finess.ts';
import { readCsv } from '../read_inputs.ts';
import type { Report } from '../report.ts';
import type { Log } from './log.ts';

export interface LieuxStep {
  lieux: LieuRecord[];
  /** file name of the FINESS extract used, if any */
  finessFile: string | undefined;
}

/** The newest vendored FINESS extract (`data/finess/etalab-cs1100507-stock-*.csv`), if any. */
function newestFinessExtract(): string | undefined {
  if (!fs.existsSync(inputs.finessDir)) return undefined;
  return fs
    .readdirSync(inputs.finessDir)
    .filter((f) => /^etalab-cs1100507-stock-.*\.csv$/.test(f))
    .sort()
    .pop();
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
  const finessFile = newestFinessExtract();
  let finessNote =
    'no FINESS extract vendored in data/finess/ (run `npm run data:refresh` with internet): care places come from the curated file only';
  if (finessFile) {
    const src = `finess/${finessFile}`;
    const parsed = parseFiness(decodeLatin1(fs.readFileSync(path.join(inputs.finessDir, finessFile))));
    for (const e of parsed.errors) report.warn(src, e.line, e.key, `malformed line skipped: ${e.reason}`);
    const selected = selectFiness(parsed.etablissements);
    lieux = mergeFiness(lieux, selected, parsed.meta?.date ?? null, index, src, report);
    finessNote = `FINESS extract ${finessFile} (${parsed.meta?.date ?? 'date unknown'}): ${parsed.etablissements.length} establishments parsed, ${selected.length} selected (59/62, categories 124/603 or EJ 750050759)`;
  }
  report.note(finessNote);
  lieux = sortLieux(lieux);
  log(
    `care places: ${lieux.length} (precision: ${['address', 'building', 'quartier', 'commune'].map((p) => `${p} ${lieux.filter((l) => l.precision === p).length}`).join(', ')}; ${finessNote})`,
  );
  return { lieux, finessFile };
}
