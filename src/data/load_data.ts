/**
 * The only module that fetches client data files. Each file is loaded and checked on its own:
 * a missing or malformed file is reported by name, and what does not depend on it keeps working.
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
  /** files that could not be loaded or read (the app goes on without them) */
  errors: { file: string; message: string }[];
  /** files read with some invalid rows left out: how many and which (the other rows are used) */
  rejectedRows: { file: string; count: number; message: string }[];
}

/** At most this many rejected rows are named in a message. */
const NAMED_ROWS = 5;

/** Resolves a path of the static site (data file, tile archive) against the app's base URL. */
export function assetUrl(path: string, base: string = document.baseURI): string {
  return new URL(path, base).toString();
}

async function fetchJson(path: string, base: string): Promise<unknown> {
  const res = await fetch(assetUrl(path, base));
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.json();
}

function checkedRecord(json: unknown): Record<string, unknown> {
  if (typeof json !== 'object' || json === null) throw new Error('pas un objet JSON');
  const record = json as Record<string, unknown>;
  if (record.schema !== SCHEMA_VERSION)
    throw new Error(`version de schéma ${String(record.schema)} ≠ ${SCHEMA_VERSION}`);
  return record;
}

function arrayField<T>(json: unknown, field: string): T[] {
  const value = checkedRecord(json)[field];
  if (!Array.isArray(value)) throw new Error(`champ « ${field} » absent`);
  return value as T[];
}

export async function loadData(base: string = document.baseURI): Promise<LoadResult> {
  const errors: LoadResult['errors'] = [];
  const rejectedRows: LoadResult['rejectedRows'] = [];
  const get = async <T>(path: string, read: (json: unknown) => T, fallback: T): Promise<T> => {
    try {
      return read(await fetchJson(path, base));
    } catch (e) {
      errors.push({ file: path, message: e instanceof Error ? e.message : String(e) });
      return fallback;
    }
  };
  let populationVintage: string | null = null;
  const [lieux, communes, cites, epci, meta] = await Promise.all([
    get(CLIENT_FILES.lieux, (j) => arrayField<Lieu>(j, 'lieux'), []),
    get(
      CLIENT_FILES.communes,
      (j): Commune[] => {
        const record = checkedRecord(j);
        const { communes, rejected } = decodeCommunes(record);
        if (rejected.length > 0) {
          const named = rejected
            .slice(0, NAMED_ROWS)
            .map((r) => `ligne ${r.row + 1}${r.insee ? ` (${r.insee})` : ''} : ${r.reason}`);
          if (rejected.length > NAMED_ROWS) named.push('…');
          rejectedRows.push({
            file: CLIENT_FILES.communes,
            count: rejected.length,
            message: named.join(' ; '),
          });
        }
        const v = record.population_vintage;
        populationVintage = typeof v === 'string' ? v : null;
        return communes;
      },
      [],
    ),
    get(CLIENT_FILES.cites, (j) => arrayField<Cite>(j, 'cites'), []),
    get(CLIENT_FILES.epci, (j) => arrayField<Epci>(j, 'epci'), []),
    get<DataMeta | null>(CLIENT_FILES.meta, (j) => j as DataMeta, null),
  ]);
  return { data: { lieux, communes, cites, epci, meta, populationVintage }, errors, rejectedRows };
}
