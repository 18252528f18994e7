/**
 * `<carte-sante-bassin-minier>`: the map as a custom element, for partners' pages (docs/EMBED.md).
 * Built alone by `vite.embed.config.ts` into `dist/embed/carte-sante-bassin-minier.js`: one classic script
 * (no import, no export), so a page of another origin loads it with a plain `<script src>` and the app's host
 * needs no CORS header (a module script from another origin would need `Access-Control-Allow-Origin`).
 *
 * The element holds, in its shadow root (styles isolated from the host page), an iframe of the app's embed
 * mode (`<app>/?embed=1&…`; the iframe isolates the app's CSS and its map worker). Its attributes are the
 * embed options (config.ts), parsed by the same function as the iframe's query parameters; invalid ones are
 * dropped with a console warning. The app's messages are re-dispatched on the element as `CustomEvent`s
 * `carte-sante:ready`, `carte-sante:select`, `carte-sante:origin` (detail = the message's payload).
 * Methods: `setTerritory(territory)`, `setLayers(layers)`; changing the `territory` or `layers` attribute
 * sends the same commands, changing any other option reloads the iframe. Removing an attribute (or giving it
 * an invalid value) returns to that option's default, as if it had never been set (element_config.ts).
 *
 * Other attributes: `src` (the app's URL; default: the folder above this script), `height` (CSS length or
 * pixels; or the `--carte-sante-height` custom property), `label` (the iframe's accessible title).
 */
import { embedQuery, parseEmbedConfig } from './config.ts';
import {
  type AttributeEffect,
  appUrl,
  attributeEffect,
  chooseScriptUrl,
  heightProperty,
  OBSERVED_ATTRIBUTES,
  type ObservedAttribute,
  OPTION_ATTRIBUTES,
} from './element_config.ts';
import { commandMessage, isOurMessage, MESSAGE_SOURCE, OUT_TYPES, type OutType } from './protocol.ts';

export const TAG_NAME = 'carte-sante-bassin-minier';
export const EVENT_PREFIX = 'carte-sante:';
const DEFAULT_LABEL = 'Carte santé du bassin minier';

/** This script's URL, read while it runs (document.currentScript only exists then). */
const SCRIPT_URL = chooseScriptUrl(
  document.currentScript instanceof HTMLScriptElement ? document.currentScript.src || null : null,
  [...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src),
  document.baseURI,
);

const STYLE = `
:host {
  display: block;
  position: relative;
  width: var(--carte-sante-width, 100%);
  height: var(--carte-sante-height, 480px);
  min-width: 300px;
  min-height: 300px;
  contain: content;
}
:host([hidden]) { display: none; }
iframe {
  display: block;
  width: 100%;
  height: 100%;
  border: var(--carte-sante-border, 1px solid #c9ccd1);
  box-sizing: border-box;
}
`;

export class CarteSanteElement extends HTMLElement {
  static observedAttributes = [...OBSERVED_ATTRIBUTES];

  private readonly iframe: HTMLIFrameElement;
  private loadedQuery = '';
  private connected = false;
  private readonly onMessage = (e: MessageEvent) => this.relay(e);

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLE);
      root.adoptedStyleSheets = [sheet];
    } catch {
      const style = document.createElement('style');
      style.textContent = STYLE;
      root.append(style);
    }
    this.iframe = document.createElement('iframe');
    this.iframe.setAttribute('allow', 'geolocation');
    this.iframe.setAttribute('loading', 'lazy');
    this.iframe.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    this.iframe.setAttribute(
      'sandbox',
      'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
    );
    root.append(this.iframe);
  }

  connectedCallback(): void {
    this.connected = true;
    window.addEventListener('message', this.onMessage);
    this.update(true);
  }

  disconnectedCallback(): void {
    this.connected = false;
    window.removeEventListener('message', this.onMessage);
  }

  attributeChangedCallback(name: string, oldValue: string | null, value: string | null): void {
    // before connectedCallback (the element being upgraded), the attributes are read all at once there
    if (!this.connected || oldValue === value) return;
    const { effect, warnings } = attributeEffect(name as ObservedAttribute, value);
    for (const w of warnings) console.warn(w);
    this.apply(effect);
  }

  private apply(effect: AttributeEffect): void {
    if (effect.kind === 'resize') this.applyHeight();
    else if (effect.kind === 'retitle') this.applyTitle(this.currentQuery(false).title);
    else if (effect.kind === 'reload' || !this.loadedQuery) this.update(false);
    else {
      if (effect.kind === 'setTerritory') this.setTerritory(effect.territory);
      else this.setLayers(effect.layers);
      // the running app now shows what the attributes say: a later change must not reload for this one
      this.loadedQuery = this.currentQuery(false).query;
    }
  }

  /** Frames the map on a territory: `bassin`, an EPCI SIREN or a commune INSEE code. */
  setTerritory(territory: string): void {
    this.send('setTerritory', { territory });
  }

  /** Shows these layers (ids of the legend, comma list or array) and hides the others. */
  setLayers(layers: string | readonly string[]): void {
    this.send('setLayers', { layers: typeof layers === 'string' ? layers : [...layers] });
  }

  private get appOrigin(): string {
    return appUrl(this.getAttribute('src'), SCRIPT_URL, document.baseURI).origin;
  }

  private send(type: 'setTerritory' | 'setLayers', payload: unknown): void {
    this.iframe.contentWindow?.postMessage(commandMessage(type, payload), this.appOrigin);
  }

  /** The iframe URL the attributes ask for, and the configured title; with `warn`, invalid ones are warned about. */
  private currentQuery(warn: boolean): { query: string; title: string | null } {
    const source: Record<string, string | null> = {};
    for (const name of OPTION_ATTRIBUTES) source[name] = this.getAttribute(name);
    const { config, warnings } = parseEmbedConfig(source);
    if (warn) for (const w of warnings) console.warn(w);
    const url = appUrl(this.getAttribute('src'), SCRIPT_URL, document.baseURI);
    url.search = embedQuery(config);
    return { query: url.href, title: config.title };
  }

  private applyHeight(): void {
    const height = heightProperty(this.getAttribute('height'));
    if (height) this.style.setProperty('--carte-sante-height', height);
    else this.style.removeProperty('--carte-sante-height');
  }

  private applyTitle(configTitle: string | null): void {
    this.iframe.title = this.getAttribute('label') ?? configTitle ?? DEFAULT_LABEL;
  }

  /** Reads every attribute (warning about invalid ones) and (re)loads the iframe when its URL changes. */
  private update(initial: boolean): void {
    const { query, title } = this.currentQuery(true);
    this.applyHeight();
    this.applyTitle(title);
    if (query !== this.loadedQuery || initial) {
      this.loadedQuery = query;
      this.iframe.src = query;
    }
  }

  private relay(e: MessageEvent): void {
    if (e.source !== this.iframe.contentWindow || e.origin !== this.appOrigin) return;
    if (!isOurMessage(e.data) || e.data.source !== MESSAGE_SOURCE) return;
    const type = e.data.type as OutType;
    if (!OUT_TYPES.includes(type)) return;
    const payload = (e.data as { payload?: unknown }).payload ?? null;
    this.dispatchEvent(
      new CustomEvent(`${EVENT_PREFIX}${type}`, { detail: payload, bubbles: true, composed: true }),
    );
  }
}

/** Defines the element (once), under its default tag name. The built script (web_component_script.ts) calls it. */
export function defineCarteSante(tag = TAG_NAME): void {
  if (!customElements.get(tag)) customElements.define(tag, CarteSanteElement);
}
