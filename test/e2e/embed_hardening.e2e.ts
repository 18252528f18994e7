// Hardening of the embeds (issue 11): hostile postMessage from the host page or a foreign frame, removing the
// web component's attributes, and the web component on a partner page of another origin served by an
// ordinary static server. Partner pages are written by host_pages.ts and served without any CORS header.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fr } from '../../src/i18n/fr.ts';
import type { Epci } from '../../src/schema.ts';
import { DEFAULT_STATE } from '../../src/state/url.ts';
import { DEFAULT_TOGGLES, TOGGLES } from '../../src/state/vocabulary.ts';
import { baseUrl, ROOT, useBrowser } from './harness.ts';
import {
  appFrame,
  collectWarnings,
  MESSAGE_SOURCE,
  POLL,
  useHostServer,
  waitForAppData,
} from './host_pages.ts';
import type { StaticServer } from './server.mjs';
import { serveSite } from './site.mjs';

const s = useBrowser();
const host = useHostServer();
const foreign = useHostServer();
const SCRIPT = 'embed/carte-sante-bassin-minier.js';

const epcis = (JSON.parse(readFileSync(join(ROOT, 'public/data/epci.json'), 'utf8')) as { epci: Epci[] })
  .epci;
/** CA de Lens - Liévin (in public/data/epci.json). */
const LENS = epcis.find((e) => e.siren === '246200364') as Epci;

/** The built site again, on `localhost` (another origin than 127.0.0.1), without, then with, a CORS header. */
let plainApp: StaticServer & { dir: string };
let corsApp: StaticServer & { dir: string };
const onLocalhost = (url: string) => url.replace('127.0.0.1', 'localhost');
beforeAll(async () => {
  const distDir = process.env.E2E_DIST_DIR ? join(ROOT, process.env.E2E_DIST_DIR) : join(ROOT, 'dist');
  plainApp = await serveSite({ distDir, snapshot: true, cors: false });
  corsApp = await serveSite({ distDir, snapshot: true, cors: true });
});
afterAll(async () => {
  await plainApp?.close();
  await corsApp?.close();
});

function storeOf(frame: Frame) {
  return frame.evaluate(() => {
    const st = window.__carte?.store.getState();
    if (!st) throw new Error('window.__carte.store is missing');
    return {
      toggles: [...st.toggles],
      territory: st.territory,
      mode: st.mode,
      finderGroups: [...st.finderGroups],
      lang: document.documentElement.lang,
      heading: document.querySelector('h1')?.textContent ?? '',
      bar: getComputedStyle(document.querySelector('.embed-barre') as Element).backgroundColor,
    };
  });
}

const checkedToggles = (frame: Frame) =>
  frame
    .locator('input[type=checkbox][name=couche]:checked')
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));

// ---------- postMessage ----------

/** Structured clones keep `toString`/`valueOf` as data: such an object cannot be converted to a string. */
const HOSTILE_SCRIPT = `[
  { source: '${MESSAGE_SOURCE}', version: { toString: 1, valueOf: 1 }, type: 'setLayers' },
  { source: '${MESSAGE_SOURCE}', version: 1, type: { toString: 1, valueOf: 1 } },
  { source: '${MESSAGE_SOURCE}', version: 1, type: 'setLayers', payload: { layers: [{ toString: 1, valueOf: 1 }] } },
  { source: '${MESSAGE_SOURCE}', version: 1, type: 'setTerritory', payload: { territory: { toString: 1, valueOf: 1 } } },
  { source: '${MESSAGE_SOURCE}', version: 1, type: 'setTerritory', payload: { territory: 'x'.repeat(2000000) } },
  { source: '${MESSAGE_SOURCE}', version: 1, type: 'setLayers', payload: { layers: Array(100000).fill('msp') } },
  { source: '${MESSAGE_SOURCE}', version: 1, type: 'x'.repeat(1000000) },
  { source: '${MESSAGE_SOURCE}', version: 1, type: 'setLayers', payload: 42 },
]`;
const HOSTILE_COUNT = 8;

describe('hostile messages', () => {
  test('malformed commands from the host page are ignored with one warning each; the embed keeps answering', async () => {
    const page = s.page;
    const warnings = collectWarnings(page);
    await page.goto(
      host.page(
        `<iframe id="carte" title="Carte" src="${baseUrl('?embed=1&layers=cls')}" width="900" height="600"></iframe>`,
      ),
    );
    const frame = await appFrame(page, baseUrl());
    await waitForAppData(frame);
    await page.evaluate(
      `for (const m of ${HOSTILE_SCRIPT}) document.getElementById('carte').contentWindow.postMessage(m, '*')`,
    );
    await expect
      .poll(() => warnings.filter((w) => w.includes('commande ignorée')).length, POLL)
      .toBe(HOSTILE_COUNT);
    expect((await storeOf(frame)).toggles).toEqual(['cls']);
    // a valid command afterwards still works
    await page.evaluate(
      ([src]) =>
        (document.getElementById('carte') as HTMLIFrameElement).contentWindow?.postMessage(
          { source: src, version: 1, type: 'setLayers', payload: { layers: ['msp', 'communes'] } },
          '*',
        ),
      [MESSAGE_SOURCE],
    );
    await expect.poll(async () => (await checkedToggles(frame)).sort(), POLL).toEqual(['communes', 'msp']);
    expect(warnings.filter((w) => w.includes('[carte-sante]'))).toHaveLength(HOSTILE_COUNT);
    expect(s.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
  });

  test('malformed commands from a foreign frame are refused with one warning each, without any error', async () => {
    const page = s.page;
    const warnings = collectWarnings(page);
    const attackerUrl = foreign.page('<p>autre site</p>');
    await page.goto(
      host.page(
        `<iframe id="carte" title="Carte" src="${baseUrl('?embed=1&layers=cls')}" width="900" height="600"></iframe>` +
          `<iframe title="Autre site" src="${attackerUrl}" width="100" height="100"></iframe>`,
      ),
    );
    const frame = await appFrame(page, baseUrl());
    await waitForAppData(frame);
    const attacker = page.frames().find((f) => f.url() === attackerUrl);
    if (!attacker) throw new Error('foreign frame missing');
    await attacker.evaluate(`for (const m of ${HOSTILE_SCRIPT}) window.parent.frames[0].postMessage(m, '*')`);
    await expect
      .poll(() => warnings.filter((w) => w.includes('commande refusée')).length, POLL)
      .toBe(HOSTILE_COUNT);
    expect((await storeOf(frame)).toggles).toEqual(['cls']);
    expect(s.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
  });
});

// ---------- web component attributes ----------

const element = (page: Page) => page.locator('carte-sante-bassin-minier');
const componentPage = (attrs: string, script = baseUrl(SCRIPT)) =>
  host.page(
    `<script src="${script}" defer></script><carte-sante-bassin-minier ${attrs}></carte-sante-bassin-minier>`,
  );

/** Opens a partner page holding the element, waits for the app's data; returns the app's frame. */
async function openComponent(attrs: string): Promise<Frame> {
  await s.page.goto(componentPage(attrs));
  const frame = await appFrame(s.page, baseUrl());
  await waitForAppData(frame);
  return frame;
}

/** The URL the element gave its iframe (the app then rewrites its own URL, e.g. `kinds` → `types`). */
const iframeSrc = async (page: Page) =>
  new URL(await element(page).evaluate((e) => e.shadowRoot?.querySelector('iframe')?.src ?? 'about:blank'));

/** Marks the app's document, to tell a reload (marker gone) from a command (marker kept). */
const mark = (frame: Frame) => frame.evaluate(() => Object.assign(window, { __kept: true }));
const marked = (frame: Frame) =>
  frame.evaluate(() => (window as unknown as { __kept?: boolean }).__kept === true).catch(() => false);

describe('web component attributes', () => {
  test('removing layers returns to the default layers, without reloading the map', async () => {
    const frame = await openComponent('layers="msp"');
    expect(await checkedToggles(frame)).toEqual(['msp']);
    await mark(frame);
    await element(s.page).evaluate((e) => e.removeAttribute('layers'));
    await expect.poll(async () => (await storeOf(frame)).toggles, POLL).toEqual([...DEFAULT_TOGGLES]);
    expect((await checkedToggles(frame)).sort()).toEqual([...DEFAULT_TOGGLES].sort());
    expect(await marked(frame)).toBe(true);
  });

  test('an invalid layers value returns to the default layers with a warning', async () => {
    const warnings = collectWarnings(s.page);
    const frame = await openComponent('layers="msp"');
    await element(s.page).evaluate((e) => e.setAttribute('layers', 'msp,licornes'));
    await expect.poll(async () => (await storeOf(frame)).toggles, POLL).toEqual([...DEFAULT_TOGGLES]);
    expect(warnings.some((w) => w.includes('option « layers » ignorée'))).toBe(true);
  });

  test('removing territory returns to the whole basin, without reloading the map', async () => {
    const frame = await openComponent(`territory="${LENS.siren}"`);
    expect((await storeOf(frame)).territory).toEqual({ type: 'epci', siren: LENS.siren });
    await mark(frame);
    await element(s.page).evaluate((e) => e.removeAttribute('territory'));
    // the whole basin: the drawn perimeter (« bassin »)
    await expect.poll(async () => (await storeOf(frame)).territory, POLL).toEqual({ type: 'perimetre' });
    expect(await marked(frame)).toBe(true);
  });

  test('removing height returns to the default 480 px', async () => {
    await openComponent('height="333"');
    const height = () => element(s.page).evaluate((e) => Math.round(e.getBoundingClientRect().height));
    expect(await height()).toBe(333);
    await element(s.page).evaluate((e) => e.removeAttribute('height'));
    await expect.poll(height, POLL).toBe(480);
  });

  test('removing label returns the iframe’s title to the configured title, then to the default', async () => {
    await openComponent('label="Carte des soins" title="Santé à Lens"');
    const iframeTitle = () =>
      element(s.page).evaluate((e) => e.shadowRoot?.querySelector('iframe')?.getAttribute('title') ?? '');
    expect(await iframeTitle()).toBe('Carte des soins');
    await element(s.page).evaluate((e) => e.removeAttribute('label'));
    await expect.poll(iframeTitle, POLL).toBe('Santé à Lens');
    await element(s.page).evaluate((e) => e.removeAttribute('title'));
    await expect.poll(iframeTitle, POLL).toBe('Carte santé du bassin minier');
  });

  // every other attribute reloads the iframe: removed, its option leaves the iframe's URL and the app shows
  // the default (defaults from src/state/url.ts and src/i18n/fr.ts)
  type Shown = Awaited<ReturnType<typeof storeOf>>;
  const reloadCases: [string, string, (st: Shown) => unknown, unknown][] = [
    ['kinds', 'kinds="cs"', (st) => st.finderGroups, [...DEFAULT_STATE.finderGroups]],
    ['mode', 'mode="coverage"', (st) => st.mode, DEFAULT_STATE.mode],
    ['lang', 'lang="en"', (st) => st.lang, 'fr'],
    ['title', 'title="Ma carte"', (st) => st.heading, fr.appTitle],
    ['accent', 'accent="#005a32"', (st) => st.bar === 'rgb(0, 90, 50)', false],
    ['geocoder', 'geocoder="1"', () => null, null],
    ['allowed-origin', 'allowed-origin="https://partenaire.example"', () => null, null],
    ['allowedorigin', 'allowedOrigin="https://partenaire.example"', () => null, null],
  ];
  test.each(reloadCases)(
    'removing %s reloads the map with its default',
    async (name, attr, read, expected) => {
      const frame = await openComponent(attr);
      const param = name === 'allowedorigin' ? 'allowed-origin' : name;
      expect((await iframeSrc(s.page)).searchParams.has(param), `${param} in the iframe's URL`).toBe(true);
      if (expected !== null) expect(read(await storeOf(frame)), 'while set').not.toEqual(expected);
      await mark(frame);
      await element(s.page).evaluate((e, n) => e.removeAttribute(n), name);
      await expect.poll(async () => (await iframeSrc(s.page)).search, POLL).toBe('?embed=1');
      await expect.poll(() => marked(frame), POLL).toBe(false); // reloaded
      await waitForAppData(frame);
      expect(read(await storeOf(frame))).toEqual(expected);
    },
  );

  test('removing src returns to the app beside the script', async () => {
    await openComponent(`src="${baseUrl('index.html')}"`);
    expect((await iframeSrc(s.page)).pathname).toBe('/index.html');
    await element(s.page).evaluate((e) => e.removeAttribute('src'));
    await expect.poll(async () => (await iframeSrc(s.page)).href, POLL).toBe(baseUrl('?embed=1'));
    await waitForAppData(await appFrame(s.page, baseUrl()));
  });
});

// ---------- another origin ----------

/** The web component block of docs/EMBED.md, as written, pointed at `app`. */
function documentedSnippet(app: string): string {
  const doc = readFileSync(join(ROOT, 'docs', 'EMBED.md'), 'utf8');
  const block = [...doc.matchAll(/```html\n([\s\S]*?)```/g)]
    .map((m) => m[1] ?? '')
    .find((b) => b.includes('<carte-sante-bassin-minier'));
  if (!block) throw new Error('no web component snippet in docs/EMBED.md');
  return block.replaceAll('https://carte.example.fr/', app);
}

describe('the web component on a page of another origin', () => {
  test('the documented snippet works as written, with no CORS header on either server', async () => {
    const app = onLocalhost(plainApp.url);
    const res = await fetch(`${plainApp.url}${SCRIPT}`);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const events: string[] = [];
    await s.page.exposeFunction('__event', (t: string) => events.push(t));
    await s.page.goto(
      host.page(
        documentedSnippet(app),
        `<script>document.addEventListener('carte-sante:ready', () => window.__event('ready'));</script>`,
      ),
    );
    expect(new URL(s.page.url()).origin).not.toBe(new URL(app).origin);
    const frame = await appFrame(s.page, app);
    await waitForAppData(frame);
    expect((await storeOf(frame)).territory).toEqual({ type: 'epci', siren: LENS.siren });
    expect((await storeOf(frame)).toggles).toEqual(
      TOGGLES.filter((t) => ['filieris', 'msp', 'cls'].includes(t)),
    );
    await expect.poll(() => events, { ...POLL, timeout: 90_000 }).toContain('ready');
  });

  test('loaded as a module it needs Access-Control-Allow-Origin: blocked without it, working with it', async () => {
    const moduleTag = (app: string) =>
      `<script type="module" src="${app}${SCRIPT}"></script><carte-sante-bassin-minier></carte-sante-bassin-minier>`;
    const defined = () => s.page.evaluate(() => Boolean(customElements.get('carte-sante-bassin-minier')));
    const messages: string[] = [];
    s.page.on('console', (m) => messages.push(m.text()));
    await s.page.goto(host.page(moduleTag(onLocalhost(plainApp.url))), { waitUntil: 'load' });
    expect(await defined()).toBe(false);
    expect(messages.some((t) => /CORS policy/.test(t))).toBe(true);
    await s.page.goto(host.page(moduleTag(onLocalhost(corsApp.url))), { waitUntil: 'load' });
    expect(await defined()).toBe(true);
    await waitForAppData(await appFrame(s.page, onLocalhost(corsApp.url)));
  });
});
