/** Last step: data/build-report.json (what was read, kept, merged, rejected, and what was written). */
import fs from 'node:fs';
import path from 'node:path';
import type { CiteRecord } from '../build_cites.ts';
import type { LieuRecord } from '../build_lieux.ts';
import { outputs } from '../lib/paths.ts';
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
  },
  log: Log,
): void {
  const { client, manifest, lieux, cites } = written;
  report.outputs.counts = client.counts;
  report.outputs.client_files = client.files.map((s) => ({ ...s, file: `public/data/${s.file}` }));
  report.outputs.tiles = manifest.archives.map((a) => ({ file: a.file, bytes: a.bytes, layers: a.layers }));
  report.outputs.lieux_placement = lieux.map((l) => ({
    id: l.id,
    precision: l.precision,
    how: l.placement_note,
  }));
  report.outputs.cites_merged = cites
    .filter((c) => c.members.length > 1)
    .map((c) => ({ id: c.id, nom: c.nom, members: c.members }));
  fs.mkdirSync(path.dirname(outputs.report), { recursive: true });
  fs.writeFileSync(outputs.report, `${JSON.stringify(report.toJSON(), null, 1)}\n`);
  console.log(report.summary());
  log(`report: ${path.relative(process.cwd(), outputs.report) || outputs.report}`);
}
