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

/** Longest string accepted in a command (a layer list of every toggle is about 90 characters). */
export const MAX_COMMAND_STRING = 300;
/** Most items accepted in a command's list. */
export const MAX_COMMAND_LIST = 50;

/**
 * A short description of any value for a warning, without ever converting it with its own `toString`
 * (a hostile object may have none, or a throwing one): strings quoted and cut at 40 characters.
 */
export function describeValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined) return String(v);
  if (Array.isArray(v)) return `tableau (${v.length} éléments)`;
  return typeof v;
}

/** True when `data` looks like one of our messages (any type, any version). */
export function isOurMessage(data: unknown): data is { source: string; version: unknown; type: unknown } {
  return isRecord(data) && data.source === MESSAGE_SOURCE;
}

const shortString = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_COMMAND_STRING;

function parseLayersValue(value: unknown): ToggleId[] | null {
  if (shortString(value)) return parseLayers(value);
  if (Array.isArray(value) && value.length <= MAX_COMMAND_LIST && value.every((v) => shortString(v)))
    return parseLayers(value);
  return null;
}

/**
 * Validates an inbound command. Returns null for messages that are not ours (other scripts also post
 * messages) and for our own out-messages echoed back, `{ error }` for ours that are invalid (wrong version,
 * type or payload: wrong types, strings over MAX_COMMAND_STRING, lists over MAX_COMMAND_LIST), `{ command }`
 * otherwise. Only type checks and comparisons are applied to the message: nothing of it is converted to a
 * string, so a hostile object cannot make it throw.
 */
export function parseCommand(data: unknown): { command: Command } | { error: string } | null {
  if (!isOurMessage(data)) return null;
  if (data.version !== PROTOCOL_VERSION)
    return { error: `version ${describeValue(data.version)} non prise en charge` };
  const type = data.type;
  if (typeof type !== 'string' || type.length > MAX_COMMAND_STRING)
    return { error: `type de commande ${describeValue(type)} invalide` };
  if ((OUT_TYPES as readonly string[]).includes(type)) return null; // our own out-messages echoed back
  const raw: unknown = (data as { payload?: unknown }).payload;
  const payload: Record<string, unknown> = isRecord(raw) ? raw : {};
  switch (type) {
    case 'setTerritory': {
      const value = payload.territory;
      const territory = shortString(value) ? parseEmbedTerritory(value) : null;
      return territory
        ? { command: { type: 'setTerritory', territory } }
        : { error: `territoire ${describeValue(value)} invalide` };
    }
    case 'setLayers': {
      const layers = parseLayersValue(payload.layers);
      return layers
        ? { command: { type: 'setLayers', layers } }
        : { error: `couches ${describeValue(payload.layers)} invalides` };
    }
    default:
      return { error: `commande inconnue ${describeValue(type)}` };
  }
}
