import { useState } from 'preact/hooks';
import type { DeploymentConfig } from '../data/load_config.ts';
import type { EmbedConfig } from '../embed/config.ts';
import '../embed/embed.css';
import { txt } from '../i18n/strings.ts';
import { type AppState, type AppStore, actions } from '../state/store.ts';
import { shareLinkOf } from '../state/url_sync.ts';
import type { Mode } from '../state/vocabulary.ts';
import { Attribution } from './Attribution.tsx';
import { CoveragePanel } from './coverage/CoveragePanel.tsx';
import { DetailsPanel } from './details/DetailsPanel.tsx';
import { Finder } from './Finder.tsx';
import { LanguageLink } from './LanguageLink.tsx';
import { Legend } from './Legend.tsx';
import { MapView } from './MapView.tsx';
import { Notices } from './Notices.tsx';
import { PlaceList } from './PlaceList.tsx';
import { ShareLink } from './ShareLink.tsx';
import { UpdateNotice } from './UpdateNotice.tsx';
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
    <nav class="modes" aria-label={txt.modesLabel}>
      {item('trouver', txt.modeTrouver)}
      {item('couverture', txt.modeCouverture)}
    </nav>
  );
}

/** Links that skip the header: to the mode's first control (the search, or the coverage settings), to the list. */
function SkipLinks() {
  const mode = useAppState((s) => s.mode);
  return (
    <>
      {mode === 'trouver' ? (
        <a class="skip" href="#recherche">
          {txt.skipToSearch}
        </a>
      ) : (
        <a class="skip" href="#couverture">
          {txt.skipToCoverage}
        </a>
      )}
      <a class="skip" href="#liste">
        {txt.skipToList}
      </a>
    </>
  );
}

function Layout({ configPromise }: { configPromise: Promise<DeploymentConfig> }) {
  return (
    <div class="app">
      <SkipLinks />
      <header class="bandeau">
        <div class="titre">
          <h1>{txt.appTitle}</h1>
          <p class="sous-titre">{txt.appSubtitle}</p>
        </div>
        <div class="bandeau-actions">
          <ModeSwitch />
          <LanguageLink />
        </div>
      </header>
      <main class="corps">
        <div class="panneau">
          <PanelContent configPromise={configPromise} />
        </div>
        <MapZone configPromise={configPromise} />
      </main>
    </div>
  );
}

/** The side panel's content, shared by the full app and the embed. */
function PanelContent({ configPromise }: { configPromise: Promise<DeploymentConfig> }) {
  const mode = useAppState((s) => s.mode);
  return (
    <>
      <Notices />
      <UpdateNotice />
      {mode === 'trouver' ? <Finder configPromise={configPromise} /> : <CoveragePanel />}
      <ShareLink />
      <Legend />
      <PlaceList />
      <Attribution />
    </>
  );
}

/** The map and the details panel drawn over it. */
function MapZone({ configPromise }: { configPromise: Promise<DeploymentConfig> }) {
  return (
    <div class="zone-carte">
      <MapView configPromise={configPromise} />
      <DetailsPanel />
    </div>
  );
}

/** The full app's URL with the current shareable state (for "Ouvrir la carte complète"). */
const fullAppUrl = (s: AppState): string => shareLinkOf(s, document.baseURI);

/**
 * The embed layout (`?embed=1`): no header, a title bar with a link to the full app, the search, legend
 * and list in a panel that is collapsed in small frames, the map filling the rest. Works from 300×300 px.
 */
function EmbedLayout({
  embed,
  configPromise,
}: {
  embed: EmbedConfig;
  configPromise: Promise<DeploymentConfig>;
}) {
  const fullUrl = useAppState(fullAppUrl);
  const [open, setOpen] = useState(() => window.innerWidth >= 700);
  const accent = embed.accent ? { '--accent': embed.accent, '--accent-fonce': embed.accent } : undefined;
  return (
    <div class="app embed" style={accent}>
      <header class="embed-barre">
        <h1 class="embed-titre">{embed.title ?? txt.appTitle}</h1>
        <button
          type="button"
          class="embed-bascule"
          aria-expanded={open}
          aria-controls="embed-panneau"
          onClick={() => setOpen(!open)}
        >
          {open ? txt.embed.hidePanel : txt.embed.showPanel}
        </button>
        <a class="embed-complet" href={fullUrl} target="_blank" rel="noopener">
          {txt.embed.openFull}
          <span class="sr-only"> {txt.embed.openFullHint}</span>
        </a>
      </header>
      <main class="corps embed-corps">
        <section
          id="embed-panneau"
          class="panneau embed-panneau"
          aria-label={txt.embed.panelLabel}
          hidden={!open}
        >
          <PanelContent configPromise={configPromise} />
        </section>
        <MapZone configPromise={configPromise} />
      </main>
    </div>
  );
}

function Root({ configPromise }: { configPromise: Promise<DeploymentConfig> }) {
  const embed = useAppState((s) => s.embed);
  return embed ? (
    <EmbedLayout embed={embed} configPromise={configPromise} />
  ) : (
    <Layout configPromise={configPromise} />
  );
}

export function App({ store, configPromise }: { store: AppStore; configPromise: Promise<DeploymentConfig> }) {
  return (
    <StoreContext.Provider value={store}>
      <Root configPromise={configPromise} />
    </StoreContext.Provider>
  );
}
