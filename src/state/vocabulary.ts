/**
 * The shared words of the app, defined once and imported upward (state, map, embed, ui): the layer toggles,
 * the modes, the territories, the embed configuration's shape and the codecs of the values the URL and the
 * embed options carry. Pure: no DOM, no store. Data names (kinds, statuses, territory shape) live in
 * `src/schema.ts`.
 */
import type { Lang } from '../i18n/langs.ts';
import { isOneOf, KIND_GROUP_IDS, type KindGroup, type Territory } from '../schema.ts';

export type { Territory } from '../schema.ts';

// ---------- layer toggles ----------

/** What the user can switch on and off in the legend (also the `couches` URL parameter and embed `layers`). */
export const TOGGLES = [
  'filieris',
  'pharmacie',
  'msp',
  'cs',
  'hopital',
  'hopital_specialise',
  'cites_mc',
  'cites_autres',
  'cls',
  'communes',
  'bassin',
  'patrimoine',
  'terrils',
] as const;
export type ToggleId = (typeof TOGGLES)[number];

export const DEFAULT_TOGGLES: readonly ToggleId[] = [
  'filieris',
  'pharmacie',
  'msp',
  'cs',
  'hopital',
  'cites_mc',
  'cls',
  'bassin',
];

/** The legend toggle that shows each kind group of care places. */
export const TOGGLE_OF_GROUP = {
  filieris: 'filieris',
  pharmacie: 'pharmacie',
  msp: 'msp',
  cs: 'cs',
  hopital: 'hopital',
  hopital_specialise: 'hopital_specialise',
} as const satisfies Record<KindGroup, ToggleId>;

/** The kind groups whose care places are shown by a set of toggles. */
export function visibleGroups(toggles: readonly ToggleId[]): KindGroup[] {
  return KIND_GROUP_IDS.filter((g) => toggles.includes(TOGGLE_OF_GROUP[g]));
}

// ---------- modes ----------

/** The two modes of the app: find care near a place, or look at a territory's coverage. */
export const MODES = ['trouver', 'couverture'] as const;
export type Mode = (typeof MODES)[number];

/** Words accepted for each mode, in the URL and in the embed options (the first is written). */
const MODE_WORDS: Record<string, Mode> = {
  trouver: 'trouver',
  finder: 'trouver',
  couverture: 'couverture',
  coverage: 'couverture',
};

/** The English word of each mode (the embed's `ready` event reports the mode in these words). */
export const MODE_IN_ENGLISH = { trouver: 'finder', couverture: 'coverage' } as const satisfies Record<
  Mode,
  string
>;

/** `trouver`/`finder` → 'trouver', `couverture`/`coverage` → 'couverture', anything else → null. */
export function parseMode(raw: string): Mode | null {
  return Object.hasOwn(MODE_WORDS, raw) ? (MODE_WORDS[raw] ?? null) : null;
}

// ---------- territories ----------

/** Where an embed is framed: any territory but "every commune of Nord and Pas-de-Calais". */
export type EmbedTerritory = Exclude<Territory, { type: 'all' }>;

const SIREN_RE = /^\d{9}$/;
const INSEE_RE = /^(59|62)\d{3}$/;

/**
 * The words of the two "bassin" territories, in the URL and in the embed options. People say « bassin minier »
 * for the drawn perimeter, so `bassin` is the perimeter (`{ type: 'perimetre' }`, the default territory; `perimetre`
 * is read too), and `intercommunalites` the 330 communes of the bassin's nine EPCI (`{ type: 'bassin' }`, named
 * after the communes' data flag). Saved scenario files keep the `Territory` object itself, so their meaning
 * does not depend on these words.
 */
export const TERRITORY_WORDS = { perimetre: 'bassin', bassin: 'intercommunalites' } as const;

/**
 * Parses a territory value, in the URL's form (`bassin`, `intercommunalites`, `tout`, `epci:<SIREN>`,
 * `commune:<INSEE>`) or the embed's short form (`bassin`, `intercommunalites`, 9 digits for an EPCI, 5 digits
 * for a commune). Null when malformed (a well-formed code may still be unknown to the data: that is checked once
 * the data is loaded).
 */
export function parseTerritory(raw: string): Territory | null {
  const v = raw.trim();
  if (v === TERRITORY_WORDS.perimetre || v === 'perimetre') return { type: 'perimetre' };
  if (v === TERRITORY_WORDS.bassin) return { type: 'bassin' };
  if (v === 'tout') return { type: 'all' };
  const m = /^(?:(epci|commune):)?(.+)$/.exec(v);
  const id = m?.[2] ?? '';
  if (m?.[1] !== 'commune' && SIREN_RE.test(id)) return { type: 'epci', siren: id };
  if (m?.[1] !== 'epci' && INSEE_RE.test(id)) return { type: 'commune', insee: id };
  return null;
}

/** The URL form of a territory: `bassin`, `intercommunalites`, `tout`, `epci:<SIREN>`, `commune:<INSEE>`. */
export function serializeTerritory(t: Territory): string {
  switch (t.type) {
    case 'perimetre':
    case 'bassin':
      return TERRITORY_WORDS[t.type];
    case 'all':
      return 'tout';
    case 'epci':
      return `epci:${t.siren}`;
    case 'commune':
      return `commune:${t.insee}`;
  }
}

/** The embed's short form of a territory: `bassin`, `intercommunalites`, the SIREN or the INSEE code. */
export function serializeEmbedTerritory(t: EmbedTerritory): string {
  return t.type === 'perimetre' || t.type === 'bassin'
    ? TERRITORY_WORDS[t.type]
    : t.type === 'epci'
      ? t.siren
      : t.insee;
}

/** True for the two territories of the whole basin (the drawn perimeter, the communes of its intercommunalities). */
export const isWholeBasin = (t: Territory): t is { type: 'perimetre' } | { type: 'bassin' } =>
  t.type === 'perimetre' || t.type === 'bassin';

// ---------- lists and numbers ----------

/**
 * Parses a comma list of allowed words (an array is accepted too, for commands), in the canonical order of
 * `allowed`; empty items are ignored. Null when any item is unknown.
 */
export function parseList<T extends string>(
  raw: string | readonly unknown[],
  allowed: readonly T[],
): T[] | null {
  const parts = (typeof raw === 'string' ? raw.split(',') : raw).map((p) =>
    typeof p === 'string' ? p.trim() : null,
  );
  const list = parts.filter((p) => p !== '');
  if (!list.every((p) => isOneOf(allowed, p))) return null;
  return allowed.filter((a) => list.includes(a));
}

/** Coverage distance thresholds that can be asked for, km. */
export const THRESHOLD_RANGE = { min: 0, max: 100 } as const;

/** Parses a threshold in km (a finite number within THRESHOLD_RANGE); null otherwise. */
export function parseThreshold(raw: string): number | null {
  if (raw.trim() === '') return null;
  const km = Number(raw);
  return Number.isFinite(km) && km >= THRESHOLD_RANGE.min && km <= THRESHOLD_RANGE.max ? km : null;
}

// ---------- embed configuration ----------

/** The configuration of an embedded map (parsed by `src/embed/config.ts`, kept in the store). */
export interface EmbedConfig {
  /** null: the default (the whole basin) */
  territory: EmbedTerritory | null;
  /** null: the app's default layers */
  layers: readonly ToggleId[] | null;
  /** null: the app's default kinds of places */
  kinds: readonly KindGroup[] | null;
  mode: Mode;
  lang: Lang;
  /** `#rrggbb` or null for the app's own colour */
  accent: string | null;
  title: string | null;
  allowedOrigin: string | null;
  geocoder: boolean;
}
