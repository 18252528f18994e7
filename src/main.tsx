/**
 * Entry point: seeds the store from the URL, renders the interface at once, then loads the data files.
 * The map code (MapLibre) is loaded lazily by the map component, so the finder answers before it arrives.
 */
import { render } from 'preact';
import { loadConfig } from './data/load_config.ts';
import { loadData } from './data/load_data.ts';
import { fr } from './i18n/fr.ts';
import { actions, createAppStore } from './state/store.ts';
import { initialStateFromUrl, reconcileWithData, startUrlSync } from './state/url_sync.ts';
import { App } from './ui/App.tsx';
import './ui/styles.css';

declare global {
  interface Window {
    __carte?: { store: ReturnType<typeof createAppStore>; map?: unknown };
  }
}

const { state, notices } = initialStateFromUrl(location.search);
const store = createAppStore(state);
for (const text of notices) actions.notify(store, text);
window.__carte = { store };
document.documentElement.dataset.mapState = 'loading';
store.subscribe((s) => {
  if (document.documentElement.dataset.mapState !== s.mapStatus)
    document.documentElement.dataset.mapState = s.mapStatus;
});

const configPromise = loadConfig();
const root = document.getElementById('app');
if (root) render(<App store={store} configPromise={configPromise} />, root);

void loadData().then(({ data, errors }) => {
  for (const e of errors)
    actions.addError(store, `data:${e.file}`, `${fr.errors.data(e.file)} (${e.message})`);
  store.setState({ data });
  reconcileWithData(store, data);
  startUrlSync(store);
});
