/**
 * Step 5 input — the FINESS register extract vendored in data/finess/ by `npm run data:refresh`, if any:
 * the current JSON publication (`finess-structures-*.json`, read by read_finess_json.ts) when there is one, else an
 * archived CSV extract (`etalab-cs1100507-stock-*.csv`, read by read_finess.ts). I/O at the edge: reads the file,
 * counts what the reader left out in the report, and hands the selected establishments to `mergeFiness`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { FINESS_DATASET_URL, type RegisterSource } from './build_lieux.ts';
import { decodeLatin1, type FinessEt, parseFiness, selectFiness } from './read_finess.ts';
import { readFinessJson } from './read_finess_json.ts';
import type { Report } from './report.ts';

/** The data.gouv.fr page of the current FINESS publication (dataset "finess-structures"). */
export const FINESS_STRUCTURES_DATASET_URL = 'https://www.data.gouv.fr/fr/datasets/finess-structures-1/';
/** Side file written by the refresh next to the JSON extract: where it was downloaded from. */
export const REGISTER_ORIGIN_FILE = 'finess-structures.origin.json';
export const JSON_EXTRACT = /^finess-structures-\d{8}\.json$/;
export const CSV_EXTRACT = /^etalab-cs1100507-stock-.*\.csv$/;

export interface Register {
  format: 'json' | 'csv';
  /** the report's source name: finess/<file> */
  source: string;
  /** the register's date (ISO date) */
  date: string | null;
  selected: FinessEt[];
  origin: RegisterSource;
  /** one sentence for the report's notes and the build log */
  note: string;
}

/** The newest extract of data/finess/, read; null when none is vendored. */
export function readRegister(dir: string, report: Report): Register | null {
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
  const json = files.filter((f) => JSON_EXTRACT.test(f)).pop();
  const csv = files.filter((f) => CSV_EXTRACT.test(f)).pop();
  if (json) return readJsonExtract(dir, json, report);
  if (csv) return readCsvExtract(dir, csv, report);
  return null;
}

function readJsonExtract(dir: string, file: string, report: Report): Register {
  const source = `finess/${file}`;
  const r = readFinessJson(fs.readFileSync(path.join(dir, file), 'utf8'), { departements: ['59', '62'] });
  for (const d of r.dropped) {
    report.read(source);
    if (d.kind === 'filtered') report.filtered(source, d.reason.replace(/\(closed .*\)$/, '(closed)'));
    else report.reject(source, d.line, d.key, d.reason, 'warning');
  }
  for (const e of r.pmejErrors) report.warn(source, null, null, `legal entity #${e.index + 1}: ${e.reason}`);
  for (const w of r.warnings) report.warn(source, w.line, w.key, w.reason);
  for (const f of r.filierisEj)
    if (f.numFinessPm !== '750050759')
      report.note(`${source}: legal entity ${f.numFinessPm} "${f.name}" taken as Filieris (by its name)`);
  const date = r.generatedAt?.slice(0, 10) ?? null;
  let url = FINESS_STRUCTURES_DATASET_URL;
  const originFile = path.join(dir, REGISTER_ORIGIN_FILE);
  if (fs.existsSync(originFile)) {
    const o = JSON.parse(fs.readFileSync(originFile, 'utf8')) as { dataset_page?: string };
    if (o.dataset_page && /^https?:\/\//.test(o.dataset_page)) url = o.dataset_page;
  }
  return {
    format: 'json',
    source,
    date,
    selected: r.kept,
    origin: { url, name: `FINESS, répertoire des établissements (data.gouv.fr), état du ${date ?? 'jour'}` },
    note: `FINESS register ${file} (schema ${r.schemaVersion ?? '?'}, generated ${r.generatedAt ?? '?'}): ${r.counts.ege} establishments read, ${r.kept.length} selected (59/62, active, categories 124/603/628, hospitals, or Filieris)`,
  };
}

function readCsvExtract(dir: string, file: string, report: Report): Register {
  const source = `finess/${file}`;
  const parsed = parseFiness(decodeLatin1(fs.readFileSync(path.join(dir, file))));
  for (const e of parsed.errors) report.warn(source, e.line, e.key, `malformed line skipped: ${e.reason}`);
  const selected = selectFiness(parsed.etablissements);
  const date = parsed.meta?.date ?? null;
  return {
    format: 'csv',
    source,
    date,
    selected,
    origin: {
      url: FINESS_DATASET_URL,
      name: `FINESS, extraction des établissements (data.gouv.fr, archive etalab)${date ? `, ${date}` : ''}`,
    },
    note: `FINESS archived extract ${file} (${date ?? 'date unknown'}): ${parsed.etablissements.length} establishments parsed, ${selected.length} selected (59/62, categories 124/603 or EJ 750050759)`,
  };
}
