/**
 * The module that fetches the client data files. Each file is loaded and checked on its own: a missing or
 * malformed file is reported by name, a malformed row is left out and reported with its position and
 * problem, and what does not depend on it keeps working. Problems are returned as data; the interface's
 * catalogue words them (src/state/load_report.ts).
 */

import {
  type Cite,
  CLIENT_FILES,
  type Commune,
  type DataMeta,
  type Epci,
  type Lieu,
  SCHEMA_VERSION,
} from '../schema.ts';
import { decodeCommunes } from './communes_columns.ts';
import { DataFileError, type FileProblem } from './data_file_error.ts';
import { type CheckedRows, checkCites, checkEpci, checkLieux, type RejectedRow } from './validate_rows.ts';

export interface AppData {
  lieux: Lieu[];
  communes: Commune[];
  cites: Cite[];
  epci: Epci[];
  meta: DataMeta | null;
  populationVintage: string | null;
}

export interface LoadResult {
  data: AppData;
  /** files that could not be loaded or read (the app goes on without them), with what went wrong */
  errors: { file: string; problem: FileProblem }[];
  /** files read with some invalid rows left out: which rows and why (the other rows are used) */
  rejectedRows: { file: string; rejected: RejectedRow[] }[];
}

/** Resolves a path of the static site (data file, tile archive) against the app's base URL. */
export function assetUrl(path: string, base: string = document.baseURI): string {
  return new URL(path, base).toString();
}

async function fetchJson(path: string, base: string): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(assetUrl(path, base));
  } catch (e) {
    throw new DataFileError(String(e), { type: 'network' });
  }
  if (!res.ok) throw new DataFileError(`HTTP ${res.status}`, { type: 'http', status: res.status });
  try {
    return await res.json();
  } catch (e) {
    throw new DataFileError(String(e), { type: 'json' });
  }
}

function checkedRecord(json: unknown): Record<string, unknown> {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new DataFileError('not a JSON object', { type: 'notObject' });
  const record = json as Record<string, unknown>;
  if (record.schema !== SCHEMA_VERSION)
    throw new DataFileError(`schema ${String(record.schema)} ≠ ${SCHEMA_VERSION}`, {
      type: 'schema',
      found: String(record.schema),
      expected: SCHEMA_VERSION,
    });
  return record;
}

function arrayField(json: unknown, field: string): unknown[] {
  const value = checkedRecord(json)[field];
  if (!Array.isArray(value)) throw new DataFileError(`no "${field}" array`, { type: 'field', name: field });
  return value;
}

export async function loadData(base: string = document.baseURI): Promise<LoadResult> {
  const errors: LoadResult['errors'] = [];
  const rejectedRows: LoadResult['rejectedRows'] = [];
  const get = async <T>(path: string, read: (json: unknown) => T, fallback: T): Promise<T> => {
    try {
      return read(await fetchJson(path, base));
    } catch (e) {
      const problem: FileProblem = e instanceof DataFileError ? e.problem : { type: 'unreadable' };
      errors.push({ file: path, problem });
      return fallback;
    }
  };
  /** the rows kept, the rejected ones noted for the file */
  const kept = <T>(file: string, { rows, rejected }: CheckedRows<T>): T[] => {
    if (rejected.length > 0) rejectedRows.push({ file, rejected });
    return rows;
  };
  let populationVintage: string | null = null;
  const [lieux, communes, cites, epci, meta] = await Promise.all([
    get(CLIENT_FILES.lieux, (j) => kept(CLIENT_FILES.lieux, checkLieux(arrayField(j, 'lieux'))), []),
    get(
      CLIENT_FILES.communes,
      (j): Commune[] => {
        const record = checkedRecord(j);
        const { communes, rejected } = decodeCommunes(record);
        const v = record.population_vintage;
        populationVintage = typeof v === 'string' ? v : null;
        return kept(CLIENT_FILES.communes, { rows: communes, rejected });
      },
      [],
    ),
    get(CLIENT_FILES.cites, (j) => kept(CLIENT_FILES.cites, checkCites(arrayField(j, 'cites'))), []),
    get(CLIENT_FILES.epci, (j) => kept(CLIENT_FILES.epci, checkEpci(arrayField(j, 'epci'))), []),
    get<DataMeta | null>(CLIENT_FILES.meta, (j) => j as DataMeta, null),
  ]);
  return { data: { lieux, communes, cites, epci, meta, populationVintage }, errors, rejectedRows };
}
