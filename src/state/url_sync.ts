/**
 * Keeps the URL and the store in step: the initial URL seeds the store (with notices for what was
 * ignored); afterwards every shareable change is written back with history.replaceState.
 */
import type { AppData } from '../data/load_data.ts';
import { isHypothetical, type Scenario } from '../domain/apply_scenario.ts';
import { txt } from '../i18n/strings.ts';
import { type AppState, type AppStore, actions, shareableOf } from './store.ts';
import type { Origin, Selection } from './types.ts';
import { DEFAULT_STATE, parseUrlState, serializeUrlState } from './url.ts';

/** Initial state from a query string, and the notices for ignored parameters. */
export function initialStateFromUrl(search: string): { state: Partial<AppState>; notices: string[] } {
  const { state, notices } = parseUrlState(search);
  return { state, notices: notices.map((n) => txt.notices.invalidParam(n.param, n.value)) };
}

/** Resolves an origin given as `commune:` / `cite:` against the data; null when unknown. */
export function resolveOrigin(origin: Origin, data: AppData): Origin | null {
  if (!origin.ref) return origin;
  if (origin.ref.type === 'commune') {
    const c = data.communes.find((x) => x.insee === origin.ref?.id);
    return c ? { ...origin, lon: c.lon, lat: c.lat, label: c.nom, approximate: true } : null;
  }
  const cite = data.cites.find((x) => x.id === origin.ref?.id);
  return cite ? { ...origin, lon: cite.lon, lat: cite.lat, label: `${cite.nom} (${cite.commune})` } : null;
}

/** True when the selected feature exists in the data (or, for a hypothetical centre, in the scenario). */
export function selectionExists(sel: Selection, data: AppData, scenario: Scenario): boolean {
  switch (sel.type) {
    case 'lieu':
      return isHypothetical(sel)
        ? scenario.added.some((a) => a.id === sel.id)
        : data.lieux.some((l) => l.id === sel.id);
    case 'commune':
      return data.communes.some((c) => c.insee === sel.id);
    case 'cite':
      return data.cites.some((c) => c.id === sel.id);
    case 'epci':
      return data.epci.some((e) => e.siren === sel.id);
  }
}

/** Where the map should look to show a selected feature. */
export function frameOf(sel: Selection | null, data: AppData): AppState['fitRequest'] {
  if (!sel) return null;
  const point = (p: { lon: number; lat: number } | undefined, zoom: number) =>
    p ? { lon: p.lon, lat: p.lat, zoom } : null;
  switch (sel.type) {
    case 'lieu':
      return point(
        data.lieux.find((l) => l.id === sel.id),
        13,
      );
    case 'commune':
      return point(
        data.communes.find((c) => c.insee === sel.id),
        12,
      );
    case 'cite':
      return point(
        data.cites.find((c) => c.id === sel.id),
        14,
      );
    case 'epci': {
      const e = data.epci.find((x) => x.siren === sel.id);
      return e ? { bbox: e.bbox } : null;
    }
  }
}

/** True when an EPCI or commune territory exists in the data (the basin and "all" always do). */
export function territoryExists(t: AppState['territory'], data: AppData): boolean {
  if (t.type === 'epci') return data.epci.some((e) => e.siren === t.siren);
  if (t.type === 'commune') return data.communes.some((c) => c.insee === t.insee);
  return true;
}

/**
 * Once data is loaded: resolve references from the URL, dropping (with a visible notice) what does not exist —
 * a well-formed but unknown origin, selection or territory (which would otherwise show a screen of zeros).
 */
export function reconcileWithData(store: AppStore, data: AppData): void {
  const s = store.getState();
  if (s.origin?.ref) {
    const resolved = resolveOrigin(s.origin, data);
    if (!resolved)
      actions.notify(store, txt.notices.unknownParam('depuis', `${s.origin.ref.type}:${s.origin.ref.id}`));
    store.setState({ origin: resolved });
  }
  if (s.selection && !selectionExists(s.selection, data, s.scenario)) {
    actions.notify(store, txt.notices.unknownParam('sel', `${s.selection.type}:${s.selection.id}`));
    store.setState({ selection: null });
  }
  if (!territoryExists(s.territory, data)) {
    const code =
      s.territory.type === 'epci'
        ? s.territory.siren
        : s.territory.type === 'commune'
          ? s.territory.insee
          : '';
    actions.notify(store, txt.notices.unknownParam('territoire', `${s.territory.type}:${code}`));
    store.setState({ territory: DEFAULT_STATE.territory });
  }
  // a shared link without an explicit view frames what it is about
  const after = store.getState();
  if (!after.view) {
    const fit =
      frameOf(after.selection, data) ??
      (after.origin ? { lon: after.origin.lon, lat: after.origin.lat, zoom: 11.5 } : null) ??
      (after.mode === 'couverture' && after.territory.type === 'epci'
        ? frameOf({ type: 'epci', id: after.territory.siren }, data)
        : after.mode === 'couverture' && after.territory.type === 'commune'
          ? frameOf({ type: 'commune', id: after.territory.insee }, data)
          : null);
    if (fit) actions.requestFit(store, fit);
  }
  const known = new Set([...data.lieux.map((l) => l.id), ...s.scenario.added.map((a) => a.id)]);
  const unknownClosed = s.scenario.closed.filter((id) => !known.has(id));
  if (unknownClosed.length > 0) {
    actions.notify(store, txt.notices.invalidParam('retraits', unknownClosed.join(',')));
    store.setState({ scenario: { ...s.scenario, closed: s.scenario.closed.filter((id) => known.has(id)) } });
  }
}

/** Writes the shareable state to the URL whenever it changes. Returns the unsubscribe function. */
export function startUrlSync(store: AppStore, extraParams: () => string = () => ''): () => void {
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    const query = [serializeUrlState(shareableOf(store.getState())), extraParams()].filter(Boolean).join('&');
    if (query === last) return;
    last = query;
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    history.replaceState(history.state, '', url);
  };
  const unsubscribe = store.subscribe(() => {
    clearTimeout(timer);
    timer = setTimeout(write, 120);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}

/**
 * The link to the full app showing the current shareable state (a geolocated origin coarsened unless the
 * person chose otherwise): what "Copier le lien" copies, in the full app and in an embed alike.
 */
export function shareLinkOf(s: AppState, base: string): string {
  const query = serializeUrlState(shareableOf(s));
  return new URL(`./${query ? `?${query}` : ''}`, base).href;
}
