/**
 * `npm run data:refresh` — download the current FINESS geolocated extract (etalab-cs1100507-stock-*.csv) from
 * data.gouv.fr into data/finess/, then rebuild. Offline, or on any failure, it exits with a clear message and the
 * committed data stay as they are.
 *
 * FINESS_URL overrides the download URL (default: the stable data.gouv.fr resource of the geolocated extract;
 * FINESS_DATASET_API lists the dataset's resources so the latest `etalab-cs1100507-stock-*` file can be found).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { inputs } from './lib/paths.ts';
import { decodeLatin1, parseFiness, selectFiness } from './read_finess.ts';

const DATASET_API =
  process.env.FINESS_DATASET_API ??
  'https://www.data.gouv.fr/api/1/datasets/finess-extraction-du-fichier-des-etablissements/';

async function findUrl(): Promise<{ url: string; name: string }> {
  if (process.env.FINESS_URL)
    return { url: process.env.FINESS_URL, name: path.basename(new URL(process.env.FINESS_URL).pathname) };
  const res = await fetch(DATASET_API, { signal: AbortSignal.timeout(20_000) });
  if (!res.ok) throw new Error(`dataset API answered ${res.status}`);
  const ds = (await res.json()) as { resources: { url: string; title: string }[] };
  const r = ds.resources
    .filter((x) => /etalab-cs1100507-stock-.*\.csv$/.test(x.url) || /etalab-cs1100507-stock/.test(x.title))
    .sort((a, b) => b.url.localeCompare(a.url))[0];
  if (!r) throw new Error('no etalab-cs1100507-stock-*.csv resource in the dataset');
  return { url: r.url, name: path.basename(new URL(r.url).pathname) };
}

async function main(): Promise<void> {
  let found: { url: string; name: string };
  try {
    found = await findUrl();
  } catch (e) {
    console.error(
      `data:refresh: cannot reach data.gouv.fr (${(e as Error).message}). No internet? Committed data are kept unchanged.`,
    );
    process.exit(2);
  }
  console.log(`data:refresh: downloading ${found.url}`);
  let buf: Buffer;
  try {
    const res = await fetch(found.url, { signal: AbortSignal.timeout(300_000) });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    buf = Buffer.from(await res.arrayBuffer());
  } catch (e) {
    console.error(
      `data:refresh: download failed (${(e as Error).message}). Committed data are kept unchanged.`,
    );
    process.exit(2);
  }
  const parsed = parseFiness(decodeLatin1(buf));
  if (!parsed.meta || parsed.etablissements.length < 1000) {
    console.error(
      `data:refresh: the file does not look like a FINESS extract (${parsed.etablissements.length} rows). Kept the committed data.`,
    );
    process.exit(1);
  }
  const name = /^etalab-cs1100507-stock-.*\.csv$/.test(found.name)
    ? found.name
    : `etalab-cs1100507-stock-${parsed.meta.date ?? 'unknown'}.csv`;
  // keep only the lines the pipeline can use (metadata + 59/62 rows) so the vendored file stays small
  const keep = new Set(selectFiness(parsed.etablissements).map((e) => e.nofinesset));
  const lines = decodeLatin1(buf)
    .split(/\r?\n/)
    .filter((l, i) => i === 0 || keep.has(l.split(';')[1] ?? ''));
  fs.mkdirSync(inputs.finessDir, { recursive: true });
  for (const f of fs.readdirSync(inputs.finessDir))
    if (/^etalab-cs1100507-stock-.*\.csv$/.test(f)) fs.rmSync(path.join(inputs.finessDir, f));
  fs.writeFileSync(path.join(inputs.finessDir, name), Buffer.from(`${lines.join('\n')}\n`, 'latin1'));
  fs.writeFileSync(
    path.join(inputs.finessDir, 'SOURCES.md'),
    `# finess — FINESS geolocated extract (subset)\n\n- Source: ${found.url} (data.gouv.fr dataset "FINESS Extraction du Fichier des établissements", Licence Ouverte).\n- Extract date (metadata line): ${parsed.meta.date ?? 'unknown'}.\n- Kept: the metadata line and the structureet/geolocalisation rows of ${keep.size} establishments of 59/62 in categories 124, 603 or of EJ 750050759 (Filieris). Latin-1, as published.\n`,
  );
  console.log(`data:refresh: wrote data/finess/${name} (${keep.size} establishments). Rebuilding…`);
  execFileSync('npx', ['tsx', path.join('scripts', 'build_all.ts')], { stdio: 'inherit' });
}

void main();
