/**
 * `npm run data:refresh [-- --no-build]` — download the current FINESS register from data.gouv.fr into data/finess/
 * (the 59/62 part that the map uses), then rebuild (`npm run data:build`) unless `--no-build`.
 *
 * Formats read (the first character of the file tells them apart):
 * - the current publication: dataset "finess-structures" (JSON, schema structures v1, read as a stream by
 *   read_finess_json.ts; written back as `finess-structures-YYYYMMDD.json` with the legal entities that have an
 *   establishment of 59/62 in a selected category or of Filieris, and only those establishments);
 * - an archived CSV extract `etalab-cs1100507-stock-*.csv` (no longer updated; read by read_finess.ts), when
 *   FINESS_URL points to one or when the JSON dataset has no JSON resource.
 *
 * Environment: FINESS_URL (a file's URL, skips the dataset look-up); FINESS_DATASET (data.gouv.fr slug, default
 * "finess-structures-1"); FINESS_DATASET_API (the dataset's API URL); FINESS_MIN_PMEJ (fewest legal entities a
 * complete register has, default 10000: a sample or a daily delta is refused); DATA_DIR (see lib/paths.ts).
 *
 * Offline or unreachable: one line on stderr, exit 2. A file that is not a complete register: exit 1.
 * In both cases nothing under data/ is touched.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import zlib from 'node:zlib';
import { inputs } from './lib/paths.ts';
import { decodeLatin1, parseFiness, selectFiness } from './read_finess.ts';
import {
  egeDepartement,
  FinessJsonReader,
  isFilierisPmej,
  type Json,
  SELECTED_CATEGORIES,
} from './read_finess_json.ts';
import { CSV_EXTRACT, JSON_EXTRACT, REGISTER_ORIGIN_FILE } from './read_register.ts';

const DATASET = process.env.FINESS_DATASET ?? 'finess-structures-1';
const DATASET_API = process.env.FINESS_DATASET_API ?? `https://www.data.gouv.fr/api/1/datasets/${DATASET}/`;
const CSV_DATASET_API =
  'https://www.data.gouv.fr/api/1/datasets/finess-extraction-du-fichier-des-etablissements/';
const MIN_PMEJ = Number(process.env.FINESS_MIN_PMEJ ?? 10_000);
const DEPARTEMENTS = ['59', '62'];

class Offline extends Error {}
class NotARegister extends Error {}

interface Resource {
  title?: string;
  url: string;
  format?: string;
  type?: string;
  last_modified?: string;
}

async function get(url: string, timeoutMs: number): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  } catch (e) {
    throw new Offline(
      `${new URL(url).host}: ${(e as Error).cause ? String((e as Error).cause) : (e as Error).message}`,
    );
  }
  if (!res.ok) throw new Offline(`${url} answered HTTP ${res.status}`);
  return res;
}

/** The current structures file of the dataset: its newest JSON resource that is not a schema, sample or activity file. */
export function pickJsonResource(resources: readonly Resource[]): Resource | null {
  const text = (r: Resource) => `${r.title ?? ''} ${r.url}`;
  const candidates = resources.filter(
    (r) =>
      r.type !== 'documentation' &&
      ((r.format ?? '').toLowerCase() === 'json' || /\.json(\.gz)?$/i.test(r.url)) &&
      !/schema|exemple|example|sample|activit/i.test(text(r)),
  );
  const structures = candidates.filter((r) => /structure/i.test(text(r)));
  return (
    [...(structures.length ? structures : candidates)].sort(
      (a, b) => (b.last_modified ?? '').localeCompare(a.last_modified ?? '') || b.url.localeCompare(a.url),
    )[0] ?? null
  );
}

async function findFile(): Promise<{ url: string; page: string | null }> {
  if (process.env.FINESS_URL) return { url: process.env.FINESS_URL, page: null };
  const ds = (await (await get(DATASET_API, 20_000)).json()) as { page?: string; resources?: Resource[] };
  const json = pickJsonResource(ds.resources ?? []);
  if (json) return { url: json.url, page: ds.page ?? null };
  console.error(
    `data:refresh: no JSON resource in ${DATASET_API}; trying the archived CSV extract (etalab-cs1100507)`,
  );
  const old = (await (await get(CSV_DATASET_API, 20_000)).json()) as {
    page?: string;
    resources?: Resource[];
  };
  const csv = (old.resources ?? [])
    .filter((r) => CSV_EXTRACT.test(path.basename(r.url)) || /etalab-cs1100507-stock/.test(r.title ?? ''))
    .sort((a, b) => b.url.localeCompare(a.url))[0];
  if (!csv) throw new NotARegister('no etalab-cs1100507-stock-*.csv resource either');
  return { url: csv.url, page: old.page ?? null };
}

/** The legal entity with only its establishments of 59/62 that the build may use, or null when none. */
function subsetOf(pmej: Json): Json | null {
  const filieris = isFilierisPmej(pmej);
  const ege = (Array.isArray(pmej.ege) ? pmej.ege : []).filter((e) => {
    if (!e || typeof e !== 'object') return false;
    const dep = egeDepartement(e as Json);
    const category = (e as Json).categorieentiteGeographiqueExercice;
    return (
      dep !== null &&
      DEPARTEMENTS.includes(dep) &&
      (filieris || (typeof category === 'string' && SELECTED_CATEGORIES.has(category.trim())))
    );
  });
  if (ege.length === 0) return null;
  const { gcc: _gcc, ...rest } = pmej;
  return { ...rest, ege };
}

/** Reads the JSON register as it downloads; keeps the 59/62 subset. */
async function refreshJson(body: AsyncIterable<string>, page: string | null, url: string): Promise<string> {
  const subset: Json[] = [];
  const reader = new FinessJsonReader({ departements: DEPARTEMENTS }, (pmej) => {
    const s = subsetOf(pmej);
    if (s) subset.push(s);
  });
  for await (const chunk of body) reader.push(chunk);
  const r = reader.end();
  if (!r.schemaVersion?.startsWith('v1'))
    throw new NotARegister(`no schemaVersion v1 (found "${r.schemaVersion ?? ''}")`);
  if (r.counts.pmej < MIN_PMEJ)
    throw new NotARegister(
      `${r.counts.pmej} legal entities: not the complete register (a sample or a daily delta?); FINESS_MIN_PMEJ=${MIN_PMEJ}`,
    );
  if (r.kept.length === 0) throw new NotARegister('no establishment of 59/62 selected');
  const date = (r.generatedAt ?? '').slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
    throw new NotARegister(`generatedAt "${r.generatedAt ?? ''}" is not a date`);
  const name = `finess-structures-${date.replace(/-/g, '')}.json`;
  const dir = inputs.finessDir;
  fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(dir)) if (JSON_EXTRACT.test(f)) fs.rmSync(path.join(dir, f));
  const lines = subset.map((p) => JSON.stringify(p));
  fs.writeFileSync(
    path.join(dir, name),
    `{"schemaVersion":${JSON.stringify(r.schemaVersion)},"generatedAt":${JSON.stringify(r.generatedAt)},"pmej":[\n${lines.join(',\n')}\n]}\n`,
  );
  fs.writeFileSync(
    path.join(dir, REGISTER_ORIGIN_FILE),
    `${JSON.stringify({ dataset_page: page, resource_url: url, generated_at: r.generatedAt }, null, 2)}\n`,
  );
  writeSources(
    `- Source: ${url}${page ? ` (data.gouv.fr dataset page ${page})` : ''}, published by ANS, Licence Ouverte / Etalab 2.0.\n` +
      `- Format: FINESS "finess-structures" JSON, schema ${r.schemaVersion}, generated ${r.generatedAt}.\n` +
      `- Kept: ${subset.length} legal entities with an establishment of 59/62 in category 124, 603, 628, a hospital category, or of Filieris (${r.kept.length} of them active and usable), out of ${r.counts.pmej} legal entities and ${r.counts.ege} establishments. Every value as published.\n`,
  );
  return `${name} (${r.kept.length} establishments selected of ${r.counts.ege})`;
}

/** The archived CSV extract (latin-1): the metadata line and the rows of the selected 59/62 establishments. */
function refreshCsv(buf: Buffer, url: string): string {
  const parsed = parseFiness(decodeLatin1(buf));
  if (!parsed.meta || parsed.etablissements.length < 1000)
    throw new NotARegister(`${parsed.etablissements.length} rows: not a FINESS extract`);
  const base = path.basename(new URL(url).pathname);
  const name = CSV_EXTRACT.test(base) ? base : `etalab-cs1100507-stock-${parsed.meta.date ?? 'unknown'}.csv`;
  const keep = new Set(selectFiness(parsed.etablissements).map((e) => e.nofinesset));
  const lines = decodeLatin1(buf)
    .split(/\r?\n/)
    .filter((l, i) => i === 0 || keep.has(l.split(';')[1] ?? ''));
  const dir = inputs.finessDir;
  fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(dir)) if (CSV_EXTRACT.test(f)) fs.rmSync(path.join(dir, f));
  fs.writeFileSync(path.join(dir, name), Buffer.from(`${lines.join('\n')}\n`, 'latin1'));
  writeSources(
    `- Source: ${url} (data.gouv.fr dataset "FINESS Extraction du Fichier des établissements", archived, Licence Ouverte).\n` +
      `- Extract date (metadata line): ${parsed.meta.date ?? 'unknown'}.\n` +
      `- Kept: the metadata line and the structureet/geolocalisation rows of ${keep.size} establishments of 59/62 in categories 124, 603 or of EJ 750050759 (Filieris). Latin-1, as published.\n`,
  );
  return `${name} (${keep.size} establishments)`;
}

function writeSources(body: string): void {
  fs.writeFileSync(
    path.join(inputs.finessDir, 'SOURCES.md'),
    `# finess — FINESS register extract (59/62 subset), written by \`npm run data:refresh\`\n\n${body}`,
  );
}

/** The file's bytes as they arrive (gunzipped when the URL ends in .gz), and whether it is JSON or CSV. */
async function download(url: string): Promise<{ kind: 'json' | 'csv'; chunks: AsyncIterable<Buffer> }> {
  const res = await get(url, 600_000);
  if (!res.body) throw new Offline(`${url}: empty answer`);
  let stream: Readable = Readable.fromWeb(res.body as WebReadableStream<Uint8Array>);
  if (/\.gz$/i.test(new URL(url).pathname)) stream = stream.pipe(zlib.createGunzip());
  // look at the first bytes, then hand on every chunk, the first one included (nothing is held twice)
  const it = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await it.next();
  const head = first.done
    ? ''
    : first.value
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trimStart();
  async function* chunks(): AsyncGenerator<Buffer> {
    if (!first.done) yield first.value;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  }
  return { kind: head.startsWith('{') ? 'json' : 'csv', chunks: chunks() };
}

async function concat(chunks: AsyncIterable<Buffer>): Promise<Buffer> {
  const all: Buffer[] = [];
  for await (const c of chunks) all.push(c);
  return Buffer.concat(all);
}

/** UTF-8 text of a byte stream, chunk by chunk (characters split across chunks are kept whole). */
async function* text(chunks: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const c of chunks) yield decoder.decode(c, { stream: true });
  yield decoder.decode();
}

async function main(): Promise<void> {
  const build = !process.argv.includes('--no-build');
  try {
    const file = await findFile();
    console.log(`data:refresh: downloading ${file.url}`);
    const got = await download(file.url);
    const written =
      got.kind === 'json'
        ? await refreshJson(text(got.chunks), file.page, file.url)
        : refreshCsv(await concat(got.chunks), file.url);
    console.log(`data:refresh: wrote data/finess/${written}`);
  } catch (e) {
    if (e instanceof Offline) {
      console.error(
        `data:refresh: cannot reach the register (${e.message}) — offline? The committed data are unchanged.`,
      );
      process.exit(2);
    }
    console.error(`data:refresh: ${(e as Error).message}. The committed data are unchanged.`);
    process.exit(1);
  }
  if (!build) {
    console.log('data:refresh: --no-build given: run `npm run data:build` to use it');
    return;
  }
  console.log('data:refresh: rebuilding…');
  execFileSync('npx', ['tsx', path.join('scripts', 'build_all.ts')], { stdio: 'inherit' });
}

if (process.argv[1]?.endsWith('refresh_finess.ts')) void main();
