/**
 * `<carte-sante-bassin-minier>`: the map as a custom element, for partners' pages (docs/EMBED.md).
 * Built alone by `vite.embed.config.ts` into `dist/embed/carte-sante-bassin-minier.js` (one ES module).
 *
 * The element holds, in its shadow root (styles isolated from the host page), an iframe of the app's embed
 * mode (`<app>/?embed=1&…`; the iframe isolates the app's CSS and its map worker). Its attributes are the
 * embed options (config.ts), parsed by the same function as the iframe's query parameters; invalid ones are
 * dropped with a console warning. The app's messages are re-dispatched on the element as `CustomEvent`s
 * `carte-sante:ready`, `carte-sante:select`, `carte-sante:origin` (detail = the message's payload).
 * Methods: `setTerritory(territory)`, `setLayers(layers)`; changing the `territory` or `layers` attribute
 * sends the same commands, changing any other option reloads the iframe.
 *
 * Other attributes: `src` (the app's URL; default: the folder above this module), `height` (CSS length or
 * pixels; or the `--carte-sante-height` custom property), `label` (the iframe's accessible title).
 */
import { embedQuery, parseEmbedConfig } from './config.ts';
import { commandMessage, isOurMessage, MESSAGE_SOURCE, OUT_TYPES, type OutType } from './protocol.ts';

export const TAG_NAME = 'carte-sante-bassin-minier';
export const EVENT_PREFIX = 'carte-sante:';

const OPTION_ATTRIBUTES = [
  'territory',
  'layers',
  'kinds',
  'mode',
  'lang',
  'accent',
  'title',
  'allowed-origin',
  'geocoder',
] as const;
const LIVE_ATTRIBUTES = new Set(['territory', 'layers']);

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

/** The app's URL: the `src` attribute, else the folder above this module (`<app>/embed/….js` → `<app>/`). */
function appUrl(src: string | null): URL {
  return new URL(src ?? '../', src ? document.baseURI : import.meta.url);
}

export class CarteSanteElement extends HTMLElement {
  static observedAttributes = [...OPTION_ATTRIBUTES, 'allowedorigin', 'src', 'height', 'label'];

  private readonly iframe: HTMLIFrameElement;
  private loadedQuery = '';
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
    window.addEventListener('message', this.onMessage);
    this.update(true);
  }

  disconnectedCallback(): void {
    window.removeEventListener('message', this.onMessage);
  }

  attributeChangedCallback(name: string, oldValue: string | null, value: string | null): void {
    if (!this.isConnected || oldValue === value) return;
    if (LIVE_ATTRIBUTES.has(name) && this.loadedQuery) {
      if (name === 'territory') this.setTerritory(value ?? 'bassin');
      else this.setLayers(value ?? '');
      return;
    }
    this.update(false);
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
    return appUrl(this.getAttribute('src')).origin;
  }

  private send(type: 'setTerritory' | 'setLayers', payload: unknown): void {
    this.iframe.contentWindow?.postMessage(commandMessage(type, payload), this.appOrigin);
  }

  /** Parses the attributes (warning about invalid ones) and (re)loads the iframe when its URL changes. */
  private update(initial: boolean): void {
    const source: Record<string, string | null> = {};
    for (const name of [...OPTION_ATTRIBUTES, 'allowedorigin']) source[name] = this.getAttribute(name);
    const { config, warnings } = parseEmbedConfig(source);
    for (const w of warnings) console.warn(w);
    const height = this.getAttribute('height');
    if (height) this.style.setProperty('--carte-sante-height', /^\d+$/.test(height) ? `${height}px` : height);
    this.iframe.title = this.getAttribute('label') ?? config.title ?? 'Carte santé du bassin minier';
    const url = appUrl(this.getAttribute('src'));
    url.search = embedQuery(config);
    const query = url.href;
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

/** Defines the element (once), under its default tag name. */
export function defineCarteSante(tag = TAG_NAME): void {
  if (!customElements.get(tag)) customElements.define(tag, CarteSanteElement);
}

defineCarteSante();
