/**
 * Entry point: seeds the store from the URL, renders the interface at once, then loads the data files.
 * The map code (MapLibre) is loaded lazily by the map component, so the finder answers before it arrives.
 * With `?embed=1` the same app runs as an embed (docs/EMBED.md): its options are parsed into a typed
 * configuration and put into the store, the layout is compact, and the host page gets events.
 */
import { render } from 'preact';
import { loadConfig } from './data/load_config.ts';
import { loadData } from './data/load_data.ts';
import type { EmbedConfig } from './embed/config.ts';
import { isLang, lang, switchLanguage, txt } from './i18n/strings.ts';
import { announceUpdate } from './offline/update_signal.ts';
import { reportLoad } from './state/load_report.ts';
import { actions, createAppStore } from './state/store.ts';
import { initialStateFromUrl, reconcileWithData, startUrlSync } from './state/url_sync.ts';
import { App } from './ui/App.tsx';
import { whenResidentServed } from './ui/map_start.ts';
import './ui/styles.css';

/** When the offline copy (service worker) is registered if the map has not settled by then (ms after the data). */
const SERVICE_WORKER_LATEST_MS = 10_000;

declare global {
  interface Window {
    __carte?: { store: ReturnType<typeof createAppStore>; map?: unknown };
  }
}

// the embed code is fetched only in embed mode
const embedKit =
  new URLSearchParams(location.search).get('embed') === '1' ? await import('./embed/embed_main.ts') : null;
let embed: EmbedConfig | null = null;
if (embedKit) {
  const parsed = embedKit.parseEmbedConfig(Object.fromEntries(new URLSearchParams(location.search)));
  for (const w of parsed.warnings) console.warn(w);
  embed = parsed.config;
}

// the interface's language: the embed's option or the URL's `lang` (the English catalogue is fetched only then)
const queryLang = new URLSearchParams(location.search).get('lang');
const wantedLang = embed?.lang ?? (isLang(queryLang) ? queryLang : 'fr');
let languageFailed = false;
if (wantedLang !== 'fr') {
  // a catalogue that cannot be fetched must not blank the page: stay in French and say so
  languageFailed = await switchLanguage(wantedLang).then(
    () => false,
    (e: unknown) => {
      console.error(`lang=${wantedLang}: ${e instanceof Error ? e.message : String(e)}`);
      return true;
    },
  );
}
document.documentElement.lang = lang;
if (lang !== 'fr') document.title = txt.appTitle;

performance.mark('carte:js-start');
// in an embed, `mode` is the embed's option (finder|coverage, parsed above), not the app's parameter
const appParams = new URLSearchParams(location.search);
if (embed) appParams.delete('mode');
const { state, notices } = initialStateFromUrl(appParams.toString());
const store = createAppStore(embedKit && embed ? { ...state, ...embedKit.embedInitialState(embed) } : state);
for (const text of notices) actions.notify(store, text);
if (languageFailed) actions.notify(store, txt.notices.languageUnavailable);
window.__carte = { store };
document.documentElement.dataset.mapState = 'loading';
// a label of the build, when the deployment sets one (VITE_CARTE_VERSION=… npm run build)
if (import.meta.env.VITE_CARTE_VERSION)
  document.documentElement.dataset.version = import.meta.env.VITE_CARTE_VERSION;
store.subscribe((s) => {
  if (document.documentElement.dataset.mapState !== s.mapStatus)
    document.documentElement.dataset.mapState = s.mapStatus;
});

// start reading the data files (preloaded by index.html) before the first render
const dataPromise = loadData();
// an embed calls no third-party service unless the partner asks for the address search (geocoder=1)
const configPromise = loadConfig().then((c) => (embed && !embed.geocoder ? { ...c, geocoderUrl: null } : c));
void configPromise.then((c) => actions.setDeployment(store, c));
const root = document.getElementById('app');
if (root) render(<App store={store} configPromise={configPromise} />, root);
performance.mark('carte:first-render');

void dataPromise.then(({ data, errors, rejectedRows }) => {
  reportLoad(store, { errors, rejectedRows });
  store.setState({ data });
  performance.mark('carte:data-ready');
  reconcileWithData(store, data);
  if (embed && embedKit) {
    const config = embed;
    if (config.territory) {
      const warning = embedKit.applyEmbedTerritory(store, config.territory, data, !state.view);
      if (warning) {
        // a well-formed code absent from the data: said in the console (for the partner) and on screen
        console.warn(warning);
        actions.notify(
          store,
          txt.notices.unknownParam('territory', embedKit.serializeEmbedTerritory(config.territory)),
        );
      }
    }
    embedKit.startEmbedBridge(store, config, window);
    // the embed's own options stay in its URL (a reload keeps them); the shared state is written as usual
    const extra = new URLSearchParams([
      ['embed', '1'],
      ...embedKit
        .serializeEmbedConfig(config)
        .filter(([k]) => !['territory', 'layers', 'kinds', 'mode'].includes(k)),
    ]).toString();
    startUrlSync(store, () => extra);
  } else startUrlSync(store);
});

/**
 * The offline copy (service worker, src/sw/): registered when it will not compete with the resident and the
 * map — once the first answer is painted or the page has been quiet (as for the map, ui/map_start.ts), and the
 * map is idle (or there is none), or at the latest SERVICE_WORKER_LATEST_MS after the data (a phone whose map
 * is below the list) — and soon after the first paint when a previous visit installed it (to find a new
 * deployment early). Not in the embed: see docs/EMBED.md.
 */
function scheduleServiceWorker() {
  // not with the dev server (no worker is built there); every build has one, whatever NODE_ENV says (the e2e
  // suite builds under NODE_ENV=test)
  if (embed || import.meta.env.MODE === 'development' || !('serviceWorker' in navigator)) return;
  const register = () => {
    const go = () =>
      void import('./offline/register_service_worker.ts').then((m) =>
        m.registerServiceWorker(announceUpdate),
      );
    if (typeof requestIdleCallback === 'function') requestIdleCallback(go, { timeout: 2000 });
    else setTimeout(go, 0);
  };
  if (navigator.serviceWorker.controller) return register();
  const mapSettled = new Promise<void>((resolve) => {
    const settled = (s: ReturnType<typeof store.getState>) => s.mapStatus !== 'loading';
    if (settled(store.getState())) return resolve();
    const unsubscribe = store.subscribe((s) => {
      if (!settled(s)) return;
      unsubscribe();
      resolve();
    });
  });
  const latest = dataPromise.then(() => new Promise<void>((r) => setTimeout(r, SERVICE_WORKER_LATEST_MS)));
  void whenResidentServed(store, new AbortController().signal)
    .then(() => Promise.race([mapSettled, latest]))
    .then(register);
}
scheduleServiceWorker();
