/**
 * The messages between an embedded map and its host page (version 1). Documented in docs/EMBED.md.
 *
 * Out (app → host, `window.parent.postMessage`; web component: DOM `CustomEvent`s `carte-sante:<type>`):
 *  ready   { territory, layers, kinds, mode }              the map and the data are loaded
 *  select  { type, id, name } | null                       a place (or cité, commune, EPCI) was selected
 *  origin  { label, commune, approximate } | null          the finder's starting point changed
 *          (+ lon, lat only when the host set allowed-origin: coordinates never go to '*')
 * In (host → app): setTerritory { territory: 'bassin' | SIREN | INSEE }, setLayers { layers: string | string[] }.
 */
import type { KindGroup } from '../schema.ts';
import type { EmbedTerritory, MODE_IN_ENGLISH, ToggleId } from '../state/vocabulary.ts';
import { parseEmbedTerritory, parseLayers } from './config.ts';

export const MESSAGE_SOURCE = 'carte-sante-bassin-minier';
export const PROTOCOL_VERSION = 1;

export interface ReadyPayload {
  territory: string;
  layers: ToggleId[];
  kinds: KindGroup[];
  mode: (typeof MODE_IN_ENGLISH)[keyof typeof MODE_IN_ENGLISH];
}
export interface SelectPayload {
  type: 'lieu' | 'commune' | 'cite' | 'epci';
  id: string;
  name: string | null;
}
export interface OriginPayload {
  label: string;
  /** INSEE code and name of the commune of the origin (nearest commune centre for a free point) */
  commune: { insee: string; nom: string } | null;
  approximate: boolean;
  /** only when allowed-origin is set */
  lon?: number;
  lat?: number;
}

export interface OutPayloads {
  ready: ReadyPayload;
  select: SelectPayload | null;
  origin: OriginPayload | null;
}
export type OutType = keyof OutPayloads;
export type OutMessage = {
  [K in OutType]: {
    source: typeof MESSAGE_SOURCE;
    version: typeof PROTOCOL_VERSION;
    type: K;
    payload: OutPayloads[K];
  };
}[OutType];

export type Command =
  | { type: 'setTerritory'; territory: EmbedTerritory }
  | { type: 'setLayers'; layers: ToggleId[] };

export const OUT_TYPES: readonly OutType[] = ['ready', 'select', 'origin'];
export const COMMAND_TYPES = ['setTerritory', 'setLayers'] as const;

export function outMessage<K extends OutType>(type: K, payload: OutPayloads[K]): OutMessage {
  return { source: MESSAGE_SOURCE, version: PROTOCOL_VERSION, type, payload } as OutMessage;
}

/** A command message as a host sends it (`payload` is validated by `parseCommand`). */
export function commandMessage(type: (typeof COMMAND_TYPES)[number], payload: unknown) {
  return { source: MESSAGE_SOURCE, version: PROTOCOL_VERSION, type, payload };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** True when `data` looks like one of our messages (any type, any version). */
export function isOurMessage(data: unknown): data is { source: string; version: unknown; type: unknown } {
  return isRecord(data) && data.source === MESSAGE_SOURCE;
}

/**
 * Validates an inbound command. Returns null for messages that are not ours (other scripts also post
 * messages), `{ error }` for ours that are invalid, `{ command }` otherwise.
 */
export function parseCommand(data: unknown): { command: Command } | { error: string } | null {
  if (!isOurMessage(data)) return null;
  if (data.version !== PROTOCOL_VERSION)
    return { error: `version ${String(data.version)} non prise en charge` };
  const raw: unknown = (data as { payload?: unknown }).payload;
  const payload: Record<string, unknown> = isRecord(raw) ? raw : {};
  switch (data.type) {
    case 'setTerritory': {
      const value = payload.territory;
      const territory = typeof value === 'string' ? parseEmbedTerritory(value) : null;
      return territory ? { command: { type: 'setTerritory', territory } } : { error: 'territoire invalide' };
    }
    case 'setLayers': {
      const value = payload.layers;
      const layers = typeof value === 'string' || Array.isArray(value) ? parseLayers(value) : null;
      return layers ? { command: { type: 'setLayers', layers } } : { error: 'couches invalides' };
    }
    default:
      // our own out-messages echoed back, or an unknown command
      return OUT_TYPES.includes(data.type as OutType)
        ? null
        : { error: `commande inconnue « ${String(data.type)} »` };
  }
}
