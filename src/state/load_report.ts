/**
 * The problems met while loading the client data files (returned as data by src/data/load_data.ts), worded
 * by the interface's catalogue and shown as alerts: one per unusable file, one per file with rows left out
 * (naming the first rows and what is wrong with them).
 */
import type { FileProblem } from '../data/data_file_error.ts';
import type { LoadResult } from '../data/load_data.ts';
import type { RejectedRow } from '../data/validate_rows.ts';
import { txt } from '../i18n/strings.ts';
import { type AppStore, actions } from './store.ts';

/** At most this many rejected rows are named in a message. */
const NAMED_ROWS = 5;

/** What is wrong with a file, in the interface's language. */
export function fileProblemText(p: FileProblem): string {
  const w = txt.errors.fileProblems;
  switch (p.type) {
    case 'http':
      return w.http(p.status);
    case 'schema':
      return w.schema(p.found, p.expected);
    case 'field':
      return w.field(p.name);
    case 'column':
      return w.column(p.name);
    case 'columnLength':
      return w.columnLength(p.name, p.values, p.rows);
    default:
      return w[p.type];
  }
}

/** The first rejected rows (numbered from 1, with their id) and what is wrong with each. */
export function rejectedRowsText(rejected: readonly RejectedRow[]): string {
  const named = rejected
    .slice(0, NAMED_ROWS)
    .map((r) => txt.errors.rowAt(r.row + 1, r.id ?? '', txt.errors.rowProblems[r.problem]));
  if (rejected.length > NAMED_ROWS) named.push('…');
  return named.join(' ; ');
}

/** One alert per file that could not be used, and per file with rows left out. */
export function loadMessages(
  result: Pick<LoadResult, 'errors' | 'rejectedRows'>,
): { key: string; text: string }[] {
  return [
    ...result.errors.map((e) => ({
      key: `data:${e.file}`,
      text: `${txt.errors.data(e.file)} (${fileProblemText(e.problem)})`,
    })),
    ...result.rejectedRows.map((r) => ({
      key: `rows:${r.file}`,
      text: `${txt.errors.rows(r.file, r.rejected.length)} (${rejectedRowsText(r.rejected)})`,
    })),
  ];
}

/** Shows the loading problems as alerts (and in the console for the maintainer). */
export function reportLoad(store: AppStore, result: Pick<LoadResult, 'errors' | 'rejectedRows'>): void {
  for (const m of loadMessages(result)) {
    console.warn(`[carte] ${m.text}`);
    actions.addError(store, m.key, m.text);
  }
}
