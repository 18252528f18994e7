import type { DeploymentConfig } from '../data/load_config.ts';
import { fr } from '../i18n/fr.ts';
import { type AppStore, actions } from '../state/store.ts';
import type { Mode } from '../state/types.ts';
import { Attribution } from './Attribution.tsx';
import { CoveragePanel } from './coverage/CoveragePanel.tsx';
import { DetailsPanel } from './DetailsPanel.tsx';
import { Finder } from './Finder.tsx';
import { Legend } from './Legend.tsx';
import { MapView } from './MapView.tsx';
import { Notices } from './Notices.tsx';
import { PlaceList } from './PlaceList.tsx';
import { StoreContext, useAppState, useAppStore } from './use_app_state.ts';

function ModeSwitch() {
  const store = useAppStore();
  const mode = useAppState((s) => s.mode);
  const item = (m: Mode, label: string) => (
    <button type="button" class="mode" aria-pressed={mode === m} onClick={() => actions.setMode(store, m)}>
      {label}
    </button>
  );
  return (
    <nav class="modes" aria-label={fr.modesLabel}>
      {item('trouver', fr.modeTrouver)}
      {item('couverture', fr.modeCouverture)}
    </nav>
  );
}

function Layout({ configPromise }: { configPromise: Promise<DeploymentConfig> }) {
  const mode = useAppState((s) => s.mode);
  return (
    <div class="app">
      <a class="skip" href="#recherche">
        {fr.skipToSearch}
      </a>
      <a class="skip" href="#liste">
        {fr.skipToList}
      </a>
      <header class="bandeau">
        <div class="titre">
          <h1>{fr.appTitle}</h1>
          <p class="sous-titre">{fr.appSubtitle}</p>
        </div>
        <ModeSwitch />
      </header>
      <main class="corps">
        <div class="panneau">
          <Notices />
          {mode === 'trouver' ? <Finder configPromise={configPromise} /> : <CoveragePanel />}
          <Legend />
          <PlaceList />
          <Attribution />
        </div>
        <div class="zone-carte">
          <MapView configPromise={configPromise} />
          <DetailsPanel />
        </div>
      </main>
    </div>
  );
}

export function App({ store, configPromise }: { store: AppStore; configPromise: Promise<DeploymentConfig> }) {
  return (
    <StoreContext.Provider value={store}>
      <Layout configPromise={configPromise} />
    </StoreContext.Provider>
  );
}
