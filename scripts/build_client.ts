/** Client data files (public/data/*.json) with the shapes of src/schema.ts, compact, plus their sizes. Pure + I/O helper. */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  file: string;
  bytes: number;
  gzip_bytes: number;
}

export function writeCompactJson(dir: string, name: string, value: unknown): FileSize {
  const text = JSON.stringify(value);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name), text);
  const buf = Buffer.from(text);
  return { file: name, bytes: buf.length, gzip_bytes: gzipSync(buf, { level: 9 }).length };
}

export const kb = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;
