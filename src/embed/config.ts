/**
 * The embed configuration: one typed object, parsed by one pure function from either the iframe's query
 * parameters or the web component's attributes (same names). Invalid options are dropped with a warning and
 * the defaults are used. No DOM, no store: `apply_config.ts` puts the result into the store.
 *
 * Options (all optional):
 *  territory        `bassin` (the drawn perimeter) | `intercommunalites` (the 330 communes of the bassin's EPCI) |
 *                   EPCI SIREN (9 digits) | commune INSEE code (5 digits): the map is framed on it
 *                   (the full app's `epci:<SIREN>` / `commune:<INSEE>` forms are accepted too)
 *  layers           comma list of layer toggles (TOGGLES of src/state/vocabulary.ts)
 *  kinds            comma list of kinds of places for the finder (KIND_GROUP_IDS of src/schema.ts)
 *  mode             `trouver` | `couverture` (`finder` | `coverage` accepted too), as the full app's `mode`
 *  lang             `fr` | `en`: the interface's language (place names and sources stay as published)
 *  accent           `#rrggbb`, must keep a 4.5:1 contrast with white text
 *  title            a short title shown above the map (≤ 80 characters)
 *  allowed-origin   (or `allowedOrigin`) the host page's origin, e.g. `https://partner.fr`: commands are then
 *                   accepted from it only, and events are posted to it only
 *  geocoder         `1` to enable the address search (a third-party service); off by default in an embed
 *  embed            `1` marks the iframe URL as an embed (ignored here)
 */
import { isLang, LANGS } from '../i18n/langs.ts';
import { KIND_GROUP_IDS, type KindGroup } from '../schema.ts';
import {
  type EmbedConfig,
  type EmbedTerritory,
  parseList,
  parseMode,
  parseTerritory,
  serializeEmbedTerritory,
  TOGGLES,
  type ToggleId,
} from '../state/vocabulary.ts';

export type { EmbedConfig, EmbedTerritory } from '../state/vocabulary.ts';

export const DEFAULT_EMBED_CONFIG: EmbedConfig = {
  territory: null,
  layers: null,
  kinds: null,
  mode: 'trouver',
  lang: 'fr',
  accent: null,
  title: null,
  allowedOrigin: null,
  geocoder: false,
};

export const MAX_TITLE_LENGTH = 80;
/** WCAG AA for normal text. */
export const MIN_ACCENT_CONTRAST = 4.5;

export type EmbedSource = Readonly<Record<string, string | null | undefined>>;

/** Parses an embed territory: the full app's territory values except `tout`; null otherwise. */
export function parseEmbedTerritory(raw: string): EmbedTerritory | null {
  const t = parseTerritory(raw);
  return t && t.type !== 'all' ? t : null;
}

/**
 * Parses a comma list of layer ids (array of strings accepted too, for commands); null when any id is unknown
 * or an item is not a string (never converted: a hostile object must not be able to throw here).
 */
export function parseLayers(raw: string | readonly unknown[]): ToggleId[] | null {
  return parseList(raw, TOGGLES);
}

function parseKinds(raw: string): KindGroup[] | null {
  const list = parseList(raw, KIND_GROUP_IDS);
  return list && list.length > 0 ? list : null;
}

function channel(hex: string, at: number): number {
  const c = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG contrast ratio between a `#rrggbb` colour and white. */
export function contrastWithWhite(hex: string): number {
  const l = 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
  return 1.05 / (l + 0.05);
}

/** `https://partner.fr` → itself; anything else (path, wildcard, other scheme) → null. */
export function parseOrigin(raw: string): string | null {
  try {
    const u = new URL(raw.trim());
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return u.origin === raw.trim().replace(/\/$/, '') ? u.origin : null;
  } catch {
    return null;
  }
}

/**
 * Parses the embed options from query parameters or element attributes. Never throws. A missing, empty or
 * null value means "not set"; an invalid one is reported in `warnings` and replaced by the default.
 * Unknown names are ignored silently (the iframe URL also carries the app's own parameters).
 */
export function parseEmbedConfig(source: EmbedSource): { config: EmbedConfig; warnings: string[] } {
  const config: EmbedConfig = { ...DEFAULT_EMBED_CONFIG };
  const warnings: string[] = [];
  const get = (...names: string[]): string | null => {
    for (const n of names) {
      const v = source[n];
      if (typeof v === 'string' && v.trim() !== '') return v;
    }
    return null;
  };
  const warn = (name: string, value: string, why: string) =>
    warnings.push(
      `[carte-sante] option « ${name} » ignorée : « ${value} » ${why} ; valeur par défaut utilisée.`,
    );

  const territory = get('territory');
  if (territory !== null) {
    const t = parseEmbedTerritory(territory);
    if (t) config.territory = t;
    else
      warn(
        'territory',
        territory,
        'n’est ni « bassin », ni « intercommunalites », ni un SIREN d’EPCI (9 chiffres), ni un code INSEE',
      );
  }
  const layers = get('layers');
  if (layers !== null) {
    const list = parseLayers(layers);
    if (list) config.layers = list;
    else warn('layers', layers, `contient une couche inconnue (connues : ${TOGGLES.join(', ')})`);
  }
  const kinds = get('kinds');
  if (kinds !== null) {
    const list = parseKinds(kinds);
    if (list) config.kinds = list;
    else warn('kinds', kinds, `contient un type inconnu (connus : ${KIND_GROUP_IDS.join(', ')})`);
  }
  const mode = get('mode');
  if (mode !== null) {
    const m = parseMode(mode);
    if (m) config.mode = m;
    else warn('mode', mode, 'n’est ni « trouver » (finder) ni « couverture » (coverage)');
  }
  const lang = get('lang');
  if (lang !== null) {
    if (isLang(lang)) config.lang = lang;
    else warn('lang', lang, `n’est pas une langue disponible (${LANGS.join(', ')})`);
  }
  const accent = get('accent');
  if (accent !== null) {
    if (!/^#[0-9a-fA-F]{6}$/.test(accent)) warn('accent', accent, 'n’est pas une couleur #rrggbb');
    else if (contrastWithWhite(accent) < MIN_ACCENT_CONTRAST)
      warn('accent', accent, `n’offre pas un contraste de ${MIN_ACCENT_CONTRAST}:1 avec du texte blanc`);
    else config.accent = accent.toLowerCase();
  }
  const title = get('title');
  if (title !== null) {
    const clean = title.replace(/\s+/g, ' ').trim();
    if (clean.length <= MAX_TITLE_LENGTH) config.title = clean;
    else warn('title', title, `dépasse ${MAX_TITLE_LENGTH} caractères`);
  }
  const origin = get('allowed-origin', 'allowedOrigin', 'allowedorigin');
  if (origin !== null) {
    const o = parseOrigin(origin);
    if (o) config.allowedOrigin = o;
    else warn('allowed-origin', origin, 'n’est pas une origine (https://exemple.fr, sans chemin)');
  }
  const geocoder = get('geocoder');
  if (geocoder !== null) {
    if (geocoder === '1' || geocoder === 'true') config.geocoder = true;
    else if (geocoder !== '0' && geocoder !== 'false') warn('geocoder', geocoder, 'n’est ni 1 ni 0');
  }
  return { config, warnings };
}

/**
 * The options that differ from the defaults, as `[name, value]` pairs (iframe query parameters or
 * element attributes). `parseEmbedConfig(Object.fromEntries(serializeEmbedConfig(c)))` gives back `c`.
 */
export function serializeEmbedConfig(c: EmbedConfig): [string, string][] {
  const p: [string, string][] = [];
  if (c.territory) p.push(['territory', serializeEmbedTerritory(c.territory)]);
  if (c.layers) p.push(['layers', c.layers.join(',')]);
  if (c.kinds) p.push(['kinds', c.kinds.join(',')]);
  if (c.mode !== DEFAULT_EMBED_CONFIG.mode) p.push(['mode', c.mode]);
  if (c.lang !== DEFAULT_EMBED_CONFIG.lang) p.push(['lang', c.lang]);
  if (c.accent) p.push(['accent', c.accent]);
  if (c.title) p.push(['title', c.title]);
  if (c.allowedOrigin) p.push(['allowed-origin', c.allowedOrigin]);
  if (c.geocoder) p.push(['geocoder', '1']);
  return p;
}

/** The iframe query string of a configuration: `embed=1&territory=…` (without `?`). */
export function embedQuery(c: EmbedConfig): string {
  return new URLSearchParams([['embed', '1'], ...serializeEmbedConfig(c)]).toString().replace(/%2C/g, ',');
}

/** True when a query string asks for the embed mode (`embed=1`). */
export function isEmbedQuery(search: string): boolean {
  return new URLSearchParams(search).get('embed') === '1';
}
