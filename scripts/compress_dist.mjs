#!/usr/bin/env node
// Pre-compressed copies for static hosts that serve them (nginx `gzip_static`/`brotli_static`, Apache
// MultiViews, Netlify, Caddy `precompressed`…): after `npm run build`, every compressible file of dist/ gets a
// `.br` (Brotli, quality 11) and a `.gz` (gzip, level 9) sibling when that is smaller. The tile archives are
// left alone (read by HTTP Range requests, their tiles are compressed inside). Prints the sizes.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { COMPRESSIBLE_EXTENSIONS } from './lib/compressible.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const DIST = resolve(process.argv[2] ?? join(ROOT, 'dist'));
/** smaller files gain nothing worth a second request header */
const MIN_BYTES = 512;

function filesOf(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? filesOf(path) : [path];
  });
}

const rows = [];
for (const file of filesOf(DIST)) {
  if (!COMPRESSIBLE_EXTENSIONS.has(extname(file).toLowerCase())) continue;
  const raw = readFileSync(file);
  if (raw.length < MIN_BYTES) continue;
  const br = brotliCompressSync(raw, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  });
  const gz = gzipSync(raw, { level: 9 });
  const row = { file: relative(DIST, file), raw: raw.length, gz: null, br: null };
  if (gz.length < raw.length) {
    writeFileSync(`${file}.gz`, gz);
    row.gz = gz.length;
  }
  if (br.length < raw.length) {
    writeFileSync(`${file}.br`, br);
    row.br = br.length;
  }
  rows.push(row);
}

const kb = (n) => (n === null ? '—' : `${(n / 1024).toFixed(1)} KB`);
rows.sort((a, b) => b.raw - a.raw);
const sum = (k) => rows.reduce((n, r) => n + (r[k] ?? r.raw), 0);
console.log(`pre-compressed ${rows.length} files of ${relative(ROOT, DIST) || DIST} (.br and .gz siblings):`);
console.log(`${'file'.padEnd(52)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`);
for (const r of rows.filter((r) => r.raw >= 8 * 1024))
  console.log(
    `${r.file.padEnd(52)} ${kb(r.raw).padStart(10)} ${kb(r.gz).padStart(10)} ${kb(r.br).padStart(10)}`,
  );
console.log(
  `${'all of them'.padEnd(52)} ${kb(sum('raw')).padStart(10)} ${kb(sum('gz')).padStart(10)} ${kb(sum('br')).padStart(10)}`,
);
