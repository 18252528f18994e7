/**
 * Puts an embed configuration into the app store (never into globals): layers, kinds of places, mode at
 * start-up; the territory (checked against the data, and framed) once the data is loaded.
 */
import type { AppData } from '../data/load_data.ts';
import { selectCommunes } from '../domain/select_territory.ts';
import { type AppState, type AppStore, actions } from '../state/store.ts';
import {
  type EmbedConfig,
  type EmbedTerritory,
  isWholeBasin,
  serializeEmbedTerritory,
} from '../state/vocabulary.ts';

/** The store's initial state for an embed configuration (merged over the state read from the URL). */
export function embedInitialState(config: EmbedConfig): Partial<AppState> {
  const s: Partial<AppState> = {
    embed: config,
    mode: config.mode,
    lang: config.lang,
  };
  if (config.layers) s.toggles = config.layers;
  if (config.kinds) {
    s.finderGroups = config.kinds;
    s.coverageGroups = config.kinds;
  }
  return s;
}

/**
 * Bounding box [w, s, e, n] of the basin's communes (their centres), for framing `bassin` (the drawn perimeter's
 * communes) or `intercommunalites` (the 330 communes of its EPCI).
 */
export function bassinBbox(
  data: AppData,
  territory: { type: 'perimetre' } | { type: 'bassin' } = { type: 'perimetre' },
): [number, number, number, number] | null {
  const inside = selectCommunes(data.communes, territory);
  if (inside.length === 0) return null;
  const lons = inside.map((c) => c.lon);
  const lats = inside.map((c) => c.lat);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

/** True when the territory exists in the data. */
export function territoryExists(t: EmbedTerritory, data: AppData): boolean {
  if (t.type === 'epci') return data.epci.some((e) => e.siren === t.siren);
  if (t.type === 'commune') return data.communes.some((c) => c.insee === t.insee);
  return true;
}

/**
 * Sets the territory in the store and, when `frame`, asks the map to frame it (EPCI bbox, commune centre,
 * basin). Returns a warning (and changes nothing) when the territory is not in the data.
 */
export function applyEmbedTerritory(
  store: AppStore,
  territory: EmbedTerritory,
  data: AppData,
  frame = true,
): string | null {
  if (!territoryExists(territory, data)) {
    return `[carte-sante] territoire « ${serializeEmbedTerritory(territory)} » introuvable dans les données : ignoré.`;
  }
  if (isWholeBasin(territory)) {
    store.setState({ territory });
    const bbox = bassinBbox(data, territory);
    if (frame && bbox) actions.requestFit(store, { bbox });
  } else {
    actions.setTerritory(store, territory, frame);
  }
  return null;
}
