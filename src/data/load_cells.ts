/**
 * Loads public/data/cells.json (INSEE Filosofi 200 m cells and cité links) — only when the coverage mode opens,
 * never on the finder's path. The file is checked like communes.json: a broken structure or another schema
 * version is an error (the coverage mode then falls back to the commune-point figures); invalid rows are left out
 * and counted, the others are used.
 */
import type { CellGrid } from '../domain/cell_types.ts';
import { CLIENT_FILES, SCHEMA_VERSION } from '../schema.ts';
import { decodeCells } from './cells_columns.ts';

/** At most this many rejected rows are named in a message. */
const NAMED_ROWS = 5;

export interface CellsLoadResult {
  /** null when the file could not be loaded or read */
  grid: CellGrid | null;
  /** the credit line of the data, as written in the file */
  source: string | null;
  /** why the file could not be used (null when it was) */
  error: string | null;
  /** rows and cité links left out (the rest is used): how many and which */
  rejected: { count: number; message: string } | null;
}

/**
 * Reads the cells file at `base` (the app's base URL). Never throws: failures come back in `error`.
 *
 * @example
 * const { grid, error } = await loadCells();
 * if (grid) computeCellCoverage(grid, lieux, filter);
 */
export async function loadCells(
  base: string = document.baseURI,
  fetchImpl: typeof fetch = fetch,
): Promise<CellsLoadResult> {
  try {
    const res = await fetchImpl(new URL(CLIENT_FILES.cells, base).toString());
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return readCells(await res.json());
  } catch (e) {
    return { grid: null, source: null, error: e instanceof Error ? e.message : String(e), rejected: null };
  }
}

/**
 * The cells of an already parsed cells.json (checked: schema version, structure, rows).
 *
 * @example
 * readCells(JSON.parse(text)).grid?.count; // 23471
 */
export function readCells(json: unknown): CellsLoadResult {
  try {
    if (typeof json !== 'object' || json === null) throw new Error('pas un objet JSON');
    const record = json as Record<string, unknown>;
    if (record.schema !== SCHEMA_VERSION)
      throw new Error(`version de schéma ${String(record.schema)} ≠ ${SCHEMA_VERSION}`);
    const { grid, rejected, rejectedLinks } = decodeCells(record);
    const named = [
      ...rejected.map((r) => `carreau ${r.row + 1} (${r.cell}) : ${r.reason}`),
      ...rejectedLinks.map((l) => `lien de la cité ${l.cite} : ${l.reason}`),
    ];
    const count = named.length;
    return {
      grid,
      source: typeof record.source === 'string' ? record.source : null,
      error: null,
      rejected:
        count === 0
          ? null
          : {
              count,
              message: [...named.slice(0, NAMED_ROWS), ...(count > NAMED_ROWS ? ['…'] : [])].join(' ; '),
            },
    };
  } catch (e) {
    return { grid: null, source: null, error: e instanceof Error ? e.message : String(e), rejected: null };
  }
}
