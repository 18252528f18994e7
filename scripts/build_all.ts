/**
 * `npm run data:build` — the whole pipeline, from the vendored inputs in data/ to tiles/*.pmtiles, tiles/manifest.json,
 * public/data/*.json and data/build-report.json. Deterministic (no timestamps, sorted features).
 * OUT_DIR=<dir> writes the outputs under <dir> instead of the repository (used by the rebuild test).
 * Exits 1 on validation errors that are not listed in ACCEPTED_ISSUES, or if counts do not balance.
 *
 * Each step is a module of scripts/steps/; this file only runs them in order. Nothing is written before every
 * input has been read and validated.
 */
import { Report } from './report.ts';
import { basemapStep } from './steps/basemap.ts';
import { cellsStep } from './steps/cells.ts';
import { citesStep } from './steps/cites.ts';
import { writeClientFiles } from './steps/client_files.ts';
import { communesStep } from './steps/communes.ts';
import { epciStep } from './steps/epci.ts';
import { readAdminInputs } from './steps/inputs.ts';
import { lieuxStep } from './steps/lieux.ts';
import { startLog } from './steps/log.ts';
import { writeTiles } from './steps/tiles.ts';
import { writeReport } from './steps/write_report.ts';

/** True when the report has no unaccepted error and every count balances (unbalanced counts become errors). */
function validationPassed(report: Report): boolean {
  for (const u of report.unbalanced()) report.error('report', null, null, `counts do not balance: ${u}`);
  return report.unacceptedErrors().length === 0;
}

export function buildAll(): { report: Report; ok: boolean } {
  const report = new Report();
  const log = startLog();

  // read and validate every input
  const admin = readAdminInputs();
  const { communes, index, perimeter } = communesStep(admin, report, log);
  const { epci, cls } = epciStep(communes, admin, report, log);
  const { cites, ssm } = citesStep(index, report, log);
  const { lieux, register, hospitals } = lieuxStep(index, cites, ssm, report, log);
  const grid = cellsStep(communes, index, perimeter, cites, lieux, report);
  log(
    `population grid: ${grid.counts.cells} cells, ${grid.counts.communes_perimetre} communes mostly in the perimeter`,
  );
  const basemap = basemapStep(communes, report);
  if (!validationPassed(report)) {
    console.error(report.summary());
    console.error('data:build: unaccepted validation errors — outputs not written');
    return { report, ok: false };
  }

  // write the outputs
  const manifest = writeTiles({ communes, epci, cites, lieux, ssm, basemap, cells: grid.tiles }, log);
  const client = writeClientFiles(
    {
      communes,
      epci,
      cls,
      cites,
      lieux,
      ssm,
      basemap,
      populationVintage: admin.populationVintage,
      decoupageVersion: admin.dec.version,
      register,
      hospitals,
      index,
      grid,
    },
    log,
  );
  writeReport(report, { client, manifest, lieux, cites, hospitals, index, cells: grid.figures }, log);
  return { report, ok: true };
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('build_all.ts')) {
  const { ok } = buildAll();
  process.exit(ok ? 0 : 1);
}
