/**
 * Reads the population grid (public/data/cells.json) the first time the coverage mode needs it — never on the
 * finder's path — and puts it into the store. A file that cannot be used leaves the coverage mode on its
 * commune-point figures and says so in an alert; rows left out are counted in an alert, the others are used.
 */
import { loadCells } from '../data/load_cells.ts';
import { txt } from '../i18n/strings.ts';
import { CLIENT_FILES } from '../schema.ts';
import { type AppStore, actions } from './store.ts';

/**
 * Starts loading the grid unless it is loaded, loading or failed already. Resolves when done (never rejects).
 *
 * @example
 * useEffect(() => void ensureCells(store), []); // when the coverage panel opens
 */
export async function ensureCells(store: AppStore, load: typeof loadCells = loadCells): Promise<void> {
  if (store.getState().cells.status !== 'idle') return;
  actions.setCells(store, { status: 'loading', grid: null });
  const result = await load();
  if (result.grid) {
    actions.setCells(store, { status: 'ready', grid: result.grid });
    if (result.rejected)
      actions.addError(
        store,
        `rows:${CLIENT_FILES.cells}`,
        `${txt.errors.rows(CLIENT_FILES.cells, result.rejected.count)} (${result.rejected.message})`,
      );
  } else {
    actions.setCells(store, { status: 'error', grid: null });
    actions.addError(store, `file:${CLIENT_FILES.cells}`, txt.errors.cells(CLIENT_FILES.cells));
    console.error(`[carte] ${CLIENT_FILES.cells}: ${result.error ?? 'unknown error'}`);
  }
}
