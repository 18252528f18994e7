/**
 * The two snippets a partner copies (pure: configuration + the app's URL → HTML text).
 * The iframe carries the recommended attributes (docs/EMBED.md); the web component loads the classic script
 * built by vite.embed.config.ts from the app's `embed/` folder (a plain `<script src>`: no CORS header needed
 * on the app's host, unlike a module script from another origin).
 */
import { type EmbedConfig, embedQuery, serializeEmbedConfig } from '../embed/config.ts';

export const IFRAME_ALLOW = 'geolocation';
export const IFRAME_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';
export const SCRIPT_PATH = 'embed/carte-sante-bassin-minier.js';
export const DEFAULT_FRAME_TITLE = 'Carte santé du bassin minier';

const escapeAttr = (v: string) =>
  v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The embed URL of a configuration, under the app's URL (e.g. `https://carte.example/`). */
export function embedUrl(appUrl: string, config: EmbedConfig): string {
  const url = new URL(appUrl);
  url.search = embedQuery(config);
  return url.href;
}

export function iframeSnippet(appUrl: string, config: EmbedConfig, height: number): string {
  const title = config.title ?? DEFAULT_FRAME_TITLE;
  return [
    '<iframe',
    `  src="${escapeAttr(embedUrl(appUrl, config))}"`,
    `  title="${escapeAttr(title)}"`,
    `  width="100%" height="${height}"`,
    `  allow="${IFRAME_ALLOW}"`,
    '  loading="lazy"',
    `  sandbox="${IFRAME_SANDBOX}"`,
    '  referrerpolicy="strict-origin-when-cross-origin"',
    '></iframe>',
  ].join('\n');
}

export function componentSnippet(appUrl: string, config: EmbedConfig, height: number): string {
  const pairs: [string, string][] = [...serializeEmbedConfig(config), ['height', String(height)]];
  const attrs = pairs.map(([k, v]) => `  ${k}="${escapeAttr(v)}"`).join('\n');
  return [
    `<script src="${escapeAttr(new URL(SCRIPT_PATH, appUrl).href)}" defer></script>`,
    `<carte-sante-bassin-minier\n${attrs}\n></carte-sante-bassin-minier>`,
  ].join('\n');
}
