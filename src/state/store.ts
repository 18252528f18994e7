/**
 * The app store (zustand vanilla: usable without any UI, so the map controller subscribes directly).
 * Shareable state (see url.ts) + runtime state (data, map status, notices, hover).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DeploymentConfig } from '../data/load_config.ts';
import type { AppData } from '../data/load_data.ts';
import { SCENARIO_ID_PREFIX, type Scenario, scenarioPlaceName } from '../domain/apply_scenario.ts';
import type { CellGrid } from '../domain/cell_types.ts';
import { coarsenPosition } from '../domain/coarsen_position.ts';
import type { SearchHit } from '../domain/types.ts';
import { txt } from '../i18n/strings.ts';
import { KIND_GROUPS, type KindGroup } from '../schema.ts';
import type { CellColouring, MapView, Origin, Selection, ShareableState } from './types.ts';
import { centreNumber, DEFAULT_STATE } from './url.ts';
import type { EmbedConfig, Mode, Territory, ToggleId } from './vocabulary.ts';

export type MapStatus = 'loading' | 'idle' | 'error' | 'unavailable';

export interface Notice {
  id: number;
  text: string;
}

/**
 * The 200 m population grid (public/data/cells.json), read only when the coverage mode opens
 * (`src/state/ensure_cells.ts`): not asked for yet, on its way, ready, or unusable (the coverage mode then keeps
 * the commune-point figures and says why).
 */
export type CellsState =
  | { status: 'idle' | 'loading'; grid: null }
  | { status: 'ready'; grid: CellGrid }
  | { status: 'error'; grid: null };

export interface AppState extends ShareableState {
  data: AppData | null;
  cells: CellsState;
  errors: { key: string; text: string }[];
  notices: Notice[];
  mapStatus: MapStatus;
  hoveredLieu: string | null;
  /** set when the user asks the map to frame something (search result, territory…); consumed by the map */
  fitRequest: { bbox: [number, number, number, number] } | { lon: number; lat: number; zoom: number } | null;
  /** armed when the user wants to place a hypothetical centre with the next map click */
  placingCentre: KindGroup | null;
  /** id of the hypothetical centre that the next map click moves (coverage mode), else null */
  movingCentre: string | null;
  /** the embed configuration when the app runs embedded in a partner's page (`?embed=1`), else null */
  embed: EmbedConfig | null;
  /** the deployment's config.json once read (null until then) */
  deployment: DeploymentConfig | null;
  /** the person chose to put their exact (geolocated) position in shared links */
  shareExactPosition: boolean;
}

export type AppStore = StoreApi<AppState>;

export function createAppStore(initial: Partial<AppState> = {}): AppStore {
  return createStore<AppState>()(() => ({
    ...DEFAULT_STATE,
    data: null,
    cells: { status: 'idle', grid: null },
    errors: [],
    notices: [],
    mapStatus: 'loading',
    hoveredLieu: null,
    fitRequest: null,
    placingCentre: null,
    movingCentre: null,
    embed: null,
    deployment: null,
    shareExactPosition: false,
    ...initial,
  }));
}

let noticeSeq = 0;

/** Actions: plain functions over a store (one place that changes state). */
export const actions = {
  notify(store: AppStore, text: string) {
    noticeSeq += 1;
    const id = noticeSeq;
    store.setState((s) => ({ notices: [...s.notices, { id, text }] }));
  },
  dismissNotice(store: AppStore, id: number) {
    store.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
  },
  addError(store: AppStore, key: string, text: string) {
    store.setState((s) =>
      s.errors.some((e) => e.key === key) ? s : { errors: [...s.errors, { key, text }] },
    );
  },
  removeError(store: AppStore, key: string) {
    store.setState((s) =>
      s.errors.some((e) => e.key === key) ? { errors: s.errors.filter((e) => e.key !== key) } : s,
    );
  },
  setToggle(store: AppStore, id: ToggleId, on: boolean) {
    store.setState((s) => {
      const set = new Set(s.toggles);
      if (on) set.add(id);
      else set.delete(id);
      // keep a canonical order so URLs are stable
      const order: ToggleId[] = [...DEFAULT_STATE.toggles, ...s.toggles];
      const all = [...new Set([...order, id])];
      return { toggles: all.filter((t) => set.has(t)) };
    });
  },
  setToggles(store: AppStore, toggles: readonly ToggleId[]) {
    store.setState({ toggles });
  },
  setShowClosed(store: AppStore, showClosed: boolean) {
    store.setState({ showClosed });
  },
  select(store: AppStore, selection: Selection | null) {
    store.setState({ selection });
  },
  setMode(store: AppStore, mode: Mode) {
    store.setState({ mode, placingCentre: null, movingCentre: null });
  },
  setOrigin(store: AppStore, origin: Origin | null, frame = true) {
    store.setState({
      // a new position is not shared exactly unless the person asks again
      shareExactPosition: false,
      origin,
      fitRequest:
        origin && frame ? { lon: origin.lon, lat: origin.lat, zoom: 11.5 } : store.getState().fitRequest,
    });
  },
  /** The person's choice to put their exact (geolocated) position in shared links. */
  setShareExactPosition(store: AppStore, shareExactPosition: boolean) {
    store.setState({ shareExactPosition });
  },
  setDeployment(store: AppStore, deployment: DeploymentConfig) {
    store.setState({ deployment });
  },
  setView(store: AppStore, view: MapView) {
    store.setState({ view });
  },
  setFinderGroups(store: AppStore, finderGroups: readonly KindGroup[]) {
    store.setState({ finderGroups });
  },
  setIncludePlanned(store: AppStore, includePlanned: boolean) {
    store.setState({ includePlanned });
  },
  setCoveragePlanned(store: AppStore, coveragePlanned: boolean) {
    store.setState({ coveragePlanned });
  },
  setThreshold(store: AppStore, thresholdKm: number) {
    store.setState({ thresholdKm });
  },
  setCoverageGroups(store: AppStore, coverageGroups: readonly KindGroup[]) {
    store.setState({ coverageGroups });
  },
  setCoverageScope(store: AppStore, coverageScope: 'bassin' | 'all') {
    store.setState({ coverageScope });
  },
  setCellColouring(store: AppStore, cellColouring: CellColouring) {
    store.setState({ cellColouring });
  },
  /** The population grid's loading state (see `ensureCells`). */
  setCells(store: AppStore, cells: CellsState) {
    store.setState({ cells });
  },
  setTerritory(store: AppStore, territory: Territory, frame = true) {
    const s = store.getState();
    let fitRequest = s.fitRequest;
    if (frame && s.data) {
      if (territory.type === 'epci') {
        const e = s.data.epci.find((x) => x.siren === territory.siren);
        if (e) fitRequest = { bbox: e.bbox };
      } else if (territory.type === 'commune') {
        const c = s.data.communes.find((x) => x.insee === territory.insee);
        if (c) fitRequest = { lon: c.lon, lat: c.lat, zoom: 12 };
      }
    }
    store.setState({ territory, fitRequest });
  },
  setScenario(store: AppStore, scenario: Scenario) {
    store.setState({ scenario });
  },
  setHoveredLieu(store: AppStore, id: string | null) {
    if (store.getState().hoveredLieu !== id) store.setState({ hoveredLieu: id });
  },
  requestFit(store: AppStore, fit: AppState['fitRequest']) {
    store.setState({ fitRequest: fit });
  },
  armPlacing(store: AppStore, group: KindGroup | null) {
    store.setState({ placingCentre: group, movingCentre: null });
  },
  /** Adds a hypothetical centre (scenario); returns its id. */
  addCentre(store: AppStore, at: { lon: number; lat: number }, group: KindGroup): string {
    const s = store.getState();
    const n = nextCentreNumber(s.scenario.added);
    const id = `${SCENARIO_ID_PREFIX}${n}`;
    const place = {
      id,
      lon: Number(at.lon.toFixed(5)),
      lat: Number(at.lat.toFixed(5)),
      kind: KIND_GROUPS[group][0],
      nom: scenarioPlaceName(n, s.lang),
    };
    store.setState({
      scenario: { ...s.scenario, added: [...s.scenario.added, place] },
      placingCentre: null,
    });
    return id;
  },
  /** Moves a hypothetical centre. */
  moveCentre(store: AppStore, id: string, to: { lon: number; lat: number }) {
    const s = store.getState();
    store.setState({
      scenario: {
        ...s.scenario,
        added: s.scenario.added.map((a) =>
          a.id === id ? { ...a, lon: Number(to.lon.toFixed(5)), lat: Number(to.lat.toFixed(5)) } : a,
        ),
      },
      movingCentre: null,
    });
  },
  /** Removes a hypothetical centre (and deselects it). */
  removeCentre(store: AppStore, id: string) {
    const s = store.getState();
    store.setState({
      scenario: {
        added: s.scenario.added.filter((a) => a.id !== id),
        closed: s.scenario.closed.filter((c) => c !== id),
      },
      movingCentre: s.movingCentre === id ? null : s.movingCentre,
      selection: s.selection?.type === 'lieu' && s.selection.id === id ? null : s.selection,
    });
  },
  /** Marks an existing place as closed in the scenario, or reopens it. */
  setPlaceClosed(store: AppStore, id: string, closed: boolean) {
    const s = store.getState();
    const others = s.scenario.closed.filter((c) => c !== id);
    store.setState({ scenario: { ...s.scenario, closed: closed ? [...others, id] : others } });
  },
  /** Arms (or disarms with null) moving a hypothetical centre with the next map click. */
  armMoving(store: AppStore, id: string | null) {
    store.setState({ movingCentre: id, placingCentre: null });
  },
  /**
   * A result of the search box chosen: a place opens its details (and the map goes to it); a commune or a
   * cité becomes the finder's origin, a cité labelled with its commune ("Cité d'Arenberg (Wallers)").
   */
  chooseSearchHit(store: AppStore, hit: SearchHit) {
    if (hit.type === 'lieu') {
      actions.select(store, { type: 'lieu', id: hit.id });
      actions.requestFit(store, { lon: hit.lon, lat: hit.lat, zoom: 13 });
      return;
    }
    actions.setOrigin(store, {
      lon: hit.lon,
      lat: hit.lat,
      label: hit.type === 'cite' && hit.commune ? `${hit.label} (${hit.commune})` : hit.label,
      ref: { type: hit.type, id: hit.id },
      approximate: hit.type === 'commune',
    });
  },
  /**
   * A click on the map, or a right-click / long press (`contextMenu`). `hitsAt(withPolygons)` gives what the
   * clickable features under the pointer designate, in priority order (null for a feature without an id);
   * with `withPolygons` false, commune and CLS polygons are left out. An armed hypothetical centre is moved
   * or placed there; otherwise a right-click sets the finder's origin there, and a click opens what it hit,
   * or else sets the origin (finder) or opens the commune or CLS under it (coverage).
   */
  clickMap(
    store: AppStore,
    at: { lon: number; lat: number },
    hitsAt: (withPolygons: boolean) => readonly (Selection | null)[],
    contextMenu: boolean,
  ) {
    const s = store.getState();
    if (s.movingCentre) {
      actions.moveCentre(store, s.movingCentre, at);
      return;
    }
    if (s.placingCentre) {
      actions.addCentre(store, at, s.placingCentre);
      return;
    }
    const setOriginHere = () =>
      actions.setOrigin(
        store,
        {
          lon: Number(at.lon.toFixed(5)),
          lat: Number(at.lat.toFixed(5)),
          label: txt.search.pointOnMap,
          ref: null,
          approximate: false,
        },
        false,
      );
    if (contextMenu) {
      setOriginHere();
      return;
    }
    const hit = hitsAt(s.mode === 'couverture' || s.toggles.includes('communes'))[0] ?? null;
    if (hit) actions.select(store, hit);
    else if (s.mode === 'trouver') setOriginHere();
    else actions.select(store, hitsAt(true).find((x) => x !== null) ?? null);
  },
  /** Back to the current situation: no added centre, no closed place. */
  resetScenario(store: AppStore) {
    store.setState({ scenario: { added: [], closed: [] }, movingCentre: null, placingCentre: null });
  },
  /** Applies a scenario read from a file (already validated), with its threshold, kinds and territory. */
  loadScenario(
    store: AppStore,
    content: {
      scenario: Scenario;
      thresholdKm: number;
      coverageGroups: readonly KindGroup[];
      territory: Territory;
    },
  ) {
    store.setState({
      scenario: content.scenario,
      thresholdKm: content.thresholdKm,
      coverageGroups: content.coverageGroups,
      movingCentre: null,
      placingCentre: null,
    });
    actions.setTerritory(store, content.territory);
  },
};

/** Number of the next hypothetical centre: one more than the highest number of a centre (or than their count). */
function nextCentreNumber(added: readonly { id: string }[]): number {
  let max = added.length;
  for (const a of added) max = Math.max(max, centreNumber(a.id) ?? 0);
  return max + 1;
}

/** The shareable part of the state, for serializing to the URL. */
export function shareableOf(s: AppState): ShareableState {
  return {
    view: s.view,
    toggles: s.toggles,
    showClosed: s.showClosed,
    selection: s.selection,
    mode: s.mode,
    origin: s.origin?.geolocated && !s.shareExactPosition ? coarsenedOrigin(s.origin) : s.origin,
    finderGroups: s.finderGroups,
    includePlanned: s.includePlanned,
    coveragePlanned: s.coveragePlanned,
    thresholdKm: s.thresholdKm,
    coverageGroups: s.coverageGroups,
    territory: s.territory,
    coverageScope: s.coverageScope,
    cellColouring: s.cellColouring,
    scenario: s.scenario,
    lang: s.lang,
  };
}

/**
 * A geolocated origin as a shared link holds it: snapped to its ≈ 500 m cell, labelled as approximate,
 * so that the link does not reveal where the person stands.
 */
export function coarsenedOrigin(origin: Origin): Origin {
  const { lon, lat } = coarsenPosition(origin.lon, origin.lat);
  return { lon, lat, label: txt.search.approxPosition, ref: null, approximate: true };
}
