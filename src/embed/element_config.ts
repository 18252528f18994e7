/**
 * The pure parts of the web component (web_component.ts), testable without a DOM: what a change of each
 * observed attribute does — a removed or invalid attribute always returns to its default, as at start-up —
 * and where the app lives (the folder above the script).
 */
import { DEFAULT_TOGGLES, serializeEmbedTerritory, type ToggleId } from '../state/vocabulary.ts';
import { parseEmbedConfig } from './config.ts';

/** The embed options as attributes (config.ts), `allowedorigin` being the lower-case alias of `allowedOrigin`. */
export const OPTION_ATTRIBUTES = [
  'territory',
  'layers',
  'kinds',
  'mode',
  'lang',
  'accent',
  'title',
  'allowed-origin',
  'allowedorigin',
  'geocoder',
] as const;
/** Every attribute the element reacts to. */
export const OBSERVED_ATTRIBUTES = [...OPTION_ATTRIBUTES, 'src', 'height', 'label'] as const;
export type ObservedAttribute = (typeof OBSERVED_ATTRIBUTES)[number];

/** The file name of the built script (vite.embed.config.ts), used to find it among the page's scripts. */
export const SCRIPT_FILE = 'carte-sante-bassin-minier.js';

export type AttributeEffect =
  /** sent to the running app, no reload */
  | { kind: 'setTerritory'; territory: string }
  | { kind: 'setLayers'; layers: readonly ToggleId[] }
  /** the element's height (`height`) */
  | { kind: 'resize' }
  /** the iframe's accessible title (`label`) */
  | { kind: 'retitle' }
  /** any other option: the iframe is reloaded with the new URL (unchanged URL: nothing happens) */
  | { kind: 'reload' };

/**
 * What a new value (null: removed) of an observed attribute does. `territory` and `layers` become commands
 * carrying the attribute's value, or the default when the attribute was removed or is invalid (the basin; the
 * app's default layers), with the parser's warning for an invalid value.
 */
export function attributeEffect(
  name: ObservedAttribute,
  value: string | null,
): { effect: AttributeEffect; warnings: string[] } {
  if (name === 'territory' || name === 'layers') {
    const { config, warnings } = parseEmbedConfig({ [name]: value });
    if (name === 'territory')
      return {
        effect: {
          kind: 'setTerritory',
          territory: config.territory ? serializeEmbedTerritory(config.territory) : 'bassin',
        },
        warnings,
      };
    return { effect: { kind: 'setLayers', layers: config.layers ?? DEFAULT_TOGGLES }, warnings };
  }
  if (name === 'height') return { effect: { kind: 'resize' }, warnings: [] };
  if (name === 'label') return { effect: { kind: 'retitle' }, warnings: [] };
  return { effect: { kind: 'reload' }, warnings: [] };
}

/**
 * The value of the `--carte-sante-height` custom property for a `height` attribute: pixels for a bare
 * number, the CSS length as written otherwise; null (remove the property: back to the stylesheet's 480 px)
 * when the attribute is absent or blank.
 */
export function heightProperty(height: string | null): string | null {
  const h = height?.trim() ?? '';
  if (h === '') return null;
  return /^\d+(\.\d+)?$/.test(h) ? `${h}px` : h;
}

/**
 * The URL of the element's own script: `document.currentScript` while a classic script runs (the documented
 * snippet); when loaded as a module (older snippets) there is none, so the first script of the page whose
 * path ends with SCRIPT_FILE; else the page itself (then the `src` attribute must say where the app is).
 */
export function chooseScriptUrl(
  current: string | null,
  pageScripts: readonly string[],
  base: string,
): string {
  if (current) return current;
  for (const src of pageScripts) {
    try {
      if (new URL(src, base).pathname.endsWith(`/${SCRIPT_FILE}`)) return new URL(src, base).href;
    } catch {
      /* not a URL: skip */
    }
  }
  return base;
}

/** The app's URL: the `src` attribute (relative to the page), else the folder above the script. */
export function appUrl(src: string | null, scriptUrl: string, base: string): URL {
  return src ? new URL(src, base) : new URL('../', scriptUrl);
}
