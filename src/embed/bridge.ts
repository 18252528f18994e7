/**
 * The embedded app's side of the host protocol (protocol.ts): posts `ready`, `select` and `origin` to the
 * parent window, and applies the host's commands. Commands are accepted only from the parent window and,
 * when the partner set `allowed-origin`, only from that origin; anything else is refused with a warning.
 */
import type { AppData } from '../data/load_data.ts';
import { nameOfSelection } from '../state/selection_name.ts';
import { type AppState, type AppStore, actions } from '../state/store.ts';
import type { Origin, Selection } from '../state/types.ts';
import { MODE_IN_ENGLISH, serializeEmbedTerritory } from '../state/vocabulary.ts';
import { applyEmbedTerritory } from './apply_config.ts';
import type { EmbedConfig } from './config.ts';
import { type OriginPayload, outMessage, parseCommand, type SelectPayload } from './protocol.ts';

/** The parts of `window` the bridge uses (a fake one in unit tests). */
export interface BridgeWindow {
  readonly parent: { postMessage(message: unknown, targetOrigin: string): void } | null;
  addEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
}

/** The commune of an origin: its own for a commune or a cité, the nearest commune centre for a free point. */
function communeOf(o: Origin, data: AppData): { insee: string; nom: string } | null {
  if (o.ref?.type === 'commune') {
    const c = data.communes.find((x) => x.insee === o.ref?.id);
    return c ? { insee: c.insee, nom: c.nom } : null;
  }
  if (o.ref?.type === 'cite') {
    const cite = data.cites.find((x) => x.id === o.ref?.id);
    return cite ? { insee: cite.commune_insee, nom: cite.commune } : null;
  }
  const k = Math.cos((o.lat * Math.PI) / 180);
  let best: { insee: string; nom: string } | null = null;
  let bestD = Number.POSITIVE_INFINITY;
  for (const c of data.communes) {
    const d = ((c.lon - o.lon) * k) ** 2 + (c.lat - o.lat) ** 2;
    if (d < bestD) {
      bestD = d;
      best = { insee: c.insee, nom: c.nom };
    }
  }
  return best;
}

/**
 * What the host learns of an origin. Without an allowed origin the message may reach any page ('*'):
 * a free point (a geolocation, an address, a map click) is then reduced to its commune — no coordinates,
 * no typed address. With an allowed origin, the coordinates and the label are sent too.
 */
export function originPayload(o: Origin | null, data: AppData, precise: boolean): OriginPayload | null {
  if (!o || Number.isNaN(o.lon)) return null;
  const commune = communeOf(o, data);
  const payload: OriginPayload = {
    label: o.ref || precise ? o.label : (commune?.nom ?? ''),
    commune,
    approximate: o.ref ? o.approximate : !precise || o.approximate,
  };
  if (precise) {
    payload.lon = o.lon;
    payload.lat = o.lat;
  }
  return payload;
}

export function selectPayload(sel: Selection | null, data: AppData): SelectPayload | null {
  return sel ? { type: sel.type, id: sel.id, name: nameOfSelection(sel, data) } : null;
}

/** Starts the bridge; call once the data is loaded. Returns the function that stops it. */
export function startEmbedBridge(store: AppStore, config: EmbedConfig, win: BridgeWindow): () => void {
  const parent = win.parent && win.parent !== (win as unknown) ? win.parent : null;
  const target = config.allowedOrigin ?? '*';
  const post = (m: ReturnType<typeof outMessage>) => parent?.postMessage(m, target);
  let readySent = false;
  let last: AppState = store.getState();

  const check = (s: AppState) => {
    const data = s.data;
    if (!data) return;
    if (!readySent && s.mapStatus !== 'loading') {
      readySent = true;
      post(
        outMessage('ready', {
          territory: s.territory.type === 'all' ? 'bassin' : serializeEmbedTerritory(s.territory),
          layers: [...s.toggles],
          kinds: [...s.finderGroups],
          mode: MODE_IN_ENGLISH[s.mode],
        }),
      );
    }
    if (s.selection !== last.selection) post(outMessage('select', selectPayload(s.selection, data)));
    if (s.origin !== last.origin) {
      const payload = originPayload(s.origin, data, config.allowedOrigin !== null);
      if (payload || !s.origin) post(outMessage('origin', payload));
    }
    last = s;
  };

  const onMessage = (e: MessageEvent) => {
    let parsed: ReturnType<typeof parseCommand>;
    try {
      parsed = parseCommand(e.data);
    } catch {
      // parseCommand only compares and checks types; this is the last guard (e.g. a throwing getter)
      console.warn('[carte-sante] message ignoré : illisible.');
      return;
    }
    if (!parsed) return;
    if (!parent || e.source !== parent) {
      console.warn('[carte-sante] commande refusée : elle ne vient pas de la page qui intègre la carte.');
      return;
    }
    if (config.allowedOrigin && e.origin !== config.allowedOrigin) {
      console.warn(
        `[carte-sante] commande refusée : origine « ${e.origin} » différente de allowed-origin « ${config.allowedOrigin} ».`,
      );
      return;
    }
    if ('error' in parsed) {
      console.warn(`[carte-sante] commande ignorée : ${parsed.error}.`);
      return;
    }
    const { command } = parsed;
    const data = store.getState().data;
    if (command.type === 'setLayers') actions.setToggles(store, command.layers);
    else if (data) {
      const warning = applyEmbedTerritory(store, command.territory, data, true);
      if (warning) console.warn(warning);
    }
  };

  win.addEventListener('message', onMessage);
  const unsubscribe = store.subscribe(check);
  check(store.getState());
  return () => {
    unsubscribe();
    win.removeEventListener('message', onMessage);
  };
}
