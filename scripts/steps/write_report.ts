/** Last step: data/build-report.json (what was read, kept, merged, rejected, and what was written). */
import fs from 'node:fs';
import path from 'node:path';
import type { CiteRecord } from '../build_cites.ts';
import type { LieuRecord } from '../build_lieux.ts';
import type { CommuneIndex } from '../lib/locate.ts';
import { outputs } from '../lib/paths.ts';
import { HOSPITALS_SOURCE, type HospitalsResult } from '../read_hospitals.ts';
import type { Report } from '../report.ts';
import type { ClientFiles } from './client_files.ts';
import type { Log } from './log.ts';
import type { Manifest } from './tiles.ts';

export function writeReport(
  report: Report,
  written: {
    client: ClientFiles;
    manifest: Manifest;
    lieux: readonly LieuRecord[];
    cites: readonly CiteRecord[];
    hospitals: HospitalsResult;
    index: CommuneIndex;
    /** the population grid's figures (the two "bassin" definitions, cités, low-income line) */
    cells: Record<string, unknown>;
  },
  log: Log,
): void {
  const { client, manifest, lieux, cites, hospitals, index, cells } = written;
  report.outputs.counts = client.counts;
  report.outputs.client_files = client.files.map((s) => ({ ...s, file: `public/data/${s.file}` }));
  report.outputs.tiles = manifest.archives.map((a) => ({ file: a.file, bytes: a.bytes, layers: a.layers }));
  report.outputs.lieux_placement = lieux.map((l) => ({
    id: l.id,
    precision: l.precision,
    how: l.placement_note,
  }));
  report.outputs.cells = cells;
  report.outputs.hospitals = {
    source: HOSPITALS_SOURCE.name,
    kept_by_kind: Object.fromEntries(
      (['hopital', 'hopital_psychiatrie', 'hopital_ssr'] as const).map((k) => [
        k,
        hospitals.lieux.filter((l) => l.kind === k).length,
      ]),
    ),
    kept_in_bassin: hospitals.lieux.filter((l) => index.byInsee.get(l.commune_insee)?.bassin).length,
    naming_rules: hospitals.rules,
  };
  report.outputs.cites_merged = cites
    .filter((c) => c.members.length > 1)
    .map((c) => ({ id: c.id, nom: c.nom, members: c.members }));
  fs.mkdirSync(path.dirname(outputs.report), { recursive: true });
  fs.writeFileSync(outputs.report, `${JSON.stringify(report.toJSON(), null, 1)}\n`);
  console.log(report.summary());
  log(`report: ${path.relative(process.cwd(), outputs.report) || outputs.report}`);
}
