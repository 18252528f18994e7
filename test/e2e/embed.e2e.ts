// End-to-end tests of the embeds: the iframe embed mode, the web component, the builder page, the
// host-page protocol and the Content-Security-Policy. Host pages are generated into a temporary folder and
// served by a second server on another port (another origin); a third server plays a foreign origin.
// Expected territories, layers and places come from public/data/*.json and src/map/layers.ts.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TOGGLE_LAYERS } from '../../src/map/layers.ts';
import { type Epci, kindGroupOf, type Lieu } from '../../src/schema.ts';
import { DEFAULT_TOGGLES, TOGGLES, type ToggleId, visibleGroups } from '../../src/state/vocabulary.ts';
import { baseUrl, checkA11y, ROOT, readCommunes, screenshot, useBrowser, waitForMapIdle } from './harness.ts';
import { appFrame } from './host_pages.ts';
import { type StaticServer, startStaticServer } from './server.mjs';

const s = useBrowser();
const POLL = { timeout: 30_000, interval: 250 };
const SOURCE = 'carte-sante-bassin-minier';

const epcis = (JSON.parse(readFileSync(join(ROOT, 'public/data/epci.json'), 'utf8')) as { epci: Epci[] })
  .epci;
const lieux = (JSON.parse(readFileSync(join(ROOT, 'public/data/lieux.json'), 'utf8')) as { lieux: Lieu[] })
  .lieux;
const epci = (siren: string): Epci => {
  const e = epcis.find((x) => x.siren === siren);
  if (!e) throw new Error(`EPCI ${siren} missing from public/data/epci.json`);
  return e;
};
/** CA de Lens - Liévin, and CA Valenciennes Métropole: neither bbox holds the other's centre nor the basin's. */
const LENS = epci('246200364');
const VALENCIENNES = epci('245901160');
/** CA Douaisis Agglo: its bbox holds neither Valenciennes' centre nor Lens'. */
const DOUAI = epci('200044618');
const LAYERS: ToggleId[] = ['filieris', 'msp', 'cls'];
/** An open Filieris place: its button is in the list when the `filieris` layer is on. */
const PLACE = (() => {
  const l = lieux.find(
    (x) => x.status === 'open' && x.kind.startsWith('filieris_') && x.kind !== 'filieris_pharmacie',
  );
  if (!l) throw new Error('no open Filieris place in public/data/lieux.json');
  return l;
})();

let hostDir = '';
let foreignDir = '';
let host: StaticServer;
let foreign: StaticServer;
let csp: { url: string; close(): Promise<void> };
let pageSeq = 0;

/**
 * The CSP that docs/EMBED.md recommends, checked against the built app by the CSP test. It is the strictest
 * that works: no 'unsafe-inline' styles (MapLibre and Preact set element styles through the CSSOM, which CSP
 * allows), no blob: worker (the map worker is a file of the build); only data: images (MapLibre's control icons).
 */
const POLICY =
  "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self'; " +
  "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; " +
  "frame-ancestors 'self' http://127.0.0.1:*";

/** A reverse proxy of the app's server that adds a Content-Security-Policy header to HTML pages. */
function startCspProxy(target: string, policy: string): Promise<{ url: string; close(): Promise<void> }> {
  const t = new URL(target);
  const server: Server = createServer((req, res) => {
    const upstream = request(
      {
        host: t.hostname,
        port: t.port,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, host: t.host },
      },
      (up) => {
        const headers = { ...up.headers };
        if (String(up.headers['content-type'] ?? '').startsWith('text/html'))
          headers['content-security-policy'] = policy;
        res.writeHead(up.statusCode ?? 502, headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const a = server.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () =>
          new Promise((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      });
    });
  });
}

beforeAll(async () => {
  hostDir = mkdtempSync(join(tmpdir(), 'embed-host-'));
  foreignDir = mkdtempSync(join(tmpdir(), 'embed-foreign-'));
  host = await startStaticServer({ roots: [{ dir: hostDir }] });
  foreign = await startStaticServer({ roots: [{ dir: foreignDir }] });
  csp = await startCspProxy(baseUrl(), POLICY);
});

afterAll(async () => {
  await host?.close();
  await foreign?.close();
  await csp?.close();
  rmSync(hostDir, { recursive: true, force: true });
  rmSync(foreignDir, { recursive: true, force: true });
});

// ---------- helpers ----------

const origin = (url: string) => new URL(url).origin;
const appOrigin = () => origin(baseUrl());

/** Records our messages (iframe) and our DOM events (web component) in `window.__got`. */
const RECORDER = `<script>
window.__got = [];
window.addEventListener('message', function (e) {
  if (e.data && e.data.source === '${SOURCE}') window.__got.push({ via: 'message', origin: e.origin, type: e.data.type, version: e.data.version, payload: e.data.payload });
});
['ready', 'select', 'origin'].forEach(function (t) {
  document.addEventListener('carte-sante:' + t, function (e) { window.__got.push({ via: 'event', type: t, payload: e.detail }); });
});
</script>`;

/** Writes a host page on the host server and returns its URL. */
function hostPage(body: string, { dir = hostDir, server = host, head = RECORDER } = {}): string {
  pageSeq += 1;
  const name = `page-${pageSeq}.html`;
  writeFileSync(
    join(dir, name),
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Partenaire</title>${head}</head><body><h1>Site partenaire</h1>${body}</body></html>`,
  );
  return `${server.url}${name}`;
}

const iframeHtml = (query: string, attrs = 'width="900" height="600"') =>
  `<iframe id="carte" title="Carte santé" src="${baseUrl(`?embed=1${query ? `&${query}` : ''}`)}" ${attrs}></iframe>`;
const componentHtml = (attrs: string) =>
  `<script type="module" src="${baseUrl('embed/carte-sante-bassin-minier.js')}"></script>` +
  `<carte-sante-bassin-minier id="carte" ${attrs} height="600"></carte-sante-bassin-minier>`;

/** Undoes the HTML attribute escaping of the snippets (&amp; &quot; &lt; &gt;). */
function decodeAttr(value: string): string {
  return value
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

/** Opens a host page and waits until the embedded map is idle; returns the app's frame. */
async function openHost(url: string, appBase = baseUrl()): Promise<Frame> {
  await s.page.goto(url, { waitUntil: 'domcontentloaded' });
  const frame = await appFrame(s.page, appBase);
  await waitForMapIdle(frame as unknown as Page);
  return frame;
}

interface Got {
  via: 'message' | 'event';
  origin?: string;
  type: string;
  version?: number;
  payload: unknown;
}
const got = (page: Page) => page.evaluate(() => (window as unknown as { __got: Got[] }).__got);
const gotOf = async (page: Page, type: string) => (await got(page)).filter((g) => g.type === type);

function storeState(frame: Frame) {
  return frame.evaluate(() => {
    const st = window.__carte?.store.getState();
    if (!st) throw new Error('window.__carte.store is missing');
    return {
      toggles: [...st.toggles],
      territory: st.territory,
      mode: st.mode,
      finderGroups: [...st.finderGroups],
    };
  });
}

function mapCenter(frame: Frame) {
  return frame.evaluate(() => {
    const map = window.__carte?.map as MapLibreMap | undefined;
    if (!map) throw new Error('window.__carte.map is missing');
    const c = map.getCenter();
    return { lon: c.lng, lat: c.lat };
  });
}
const inBbox = (c: { lon: number; lat: number }, b: Epci['bbox']) =>
  c.lon >= b[0] && c.lon <= b[2] && c.lat >= b[1] && c.lat <= b[3];

/** The layers whose layout visibility is `visible` in the map's style, as toggles. */
function visibleToggles(frame: Frame): Promise<string[]> {
  return frame.evaluate(
    (layersOf) => {
      const map = window.__carte?.map as MapLibreMap | undefined;
      if (!map) throw new Error('window.__carte.map is missing');
      return Object.entries(layersOf)
        .filter(([, ids]) => ids.every((id) => map.getLayoutProperty(id, 'visibility') !== 'none'))
        .map(([t]) => t)
        .sort();
    },
    TOGGLE_LAYERS as Record<string, readonly string[]>,
  );
}

const checkedToggles = (frame: Frame) =>
  frame
    .locator('input[type=checkbox][name=couche]:checked')
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value).sort());

/** Console warnings of every frame of the page, recorded from now on. */
function collectWarnings(page: Page): string[] {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  return warnings;
}

/** Waits until the map has framed a bbox (its centre inside it). */
async function expectFramed(frame: Frame, bbox: Epci['bbox']): Promise<void> {
  await expect.poll(async () => inBbox(await mapCenter(frame), bbox), POLL).toBe(true);
}

async function clickPlace(frame: Frame, id: string): Promise<void> {
  const toggle = frame.locator('button.embed-bascule');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const button = frame.locator(`section#liste [data-lieu-id="${id}"]`);
  // framed on a territory, the places outside it are behind "Ailleurs dans le bassin minier"
  const elsewhere = frame.locator('section#liste details details', {
    hasText: 'Ailleurs dans le bassin minier',
  });
  await frame.locator('section#liste [data-lieu-id]').first().waitFor(); // the data is in the list
  if (
    (await button.count()) === 0 &&
    (await elsewhere.count()) > 0 &&
    !(await elsewhere.getAttribute('open'))
  )
    await elsewhere.locator('summary').click();
  await button.click();
}

/** The host page posts a command to the embedded iframe (`#carte`), as a partner's script would. */
async function postCommand(type: string, payload: Record<string, unknown>): Promise<void> {
  await s.page.evaluate(
    ([src, t, p]) =>
      (document.getElementById('carte') as HTMLIFrameElement).contentWindow?.postMessage(
        { source: src, version: 1, type: t, payload: p },
        '*',
      ),
    [SOURCE, type, payload] as const,
  );
}

// ---------- iframe ----------

describe('iframe embed', () => {
  test('frames the configured territory and shows only the configured layers', async () => {
    const frame = await openHost(hostPage(iframeHtml(`territory=${LENS.siren}&layers=${LAYERS.join(',')}`)));
    await expectFramed(frame, LENS.bbox);
    expect(await checkedToggles(frame)).toEqual([...LAYERS].sort());
    expect(await visibleToggles(frame)).toEqual([...LAYERS].sort());
    expect((await storeState(frame)).territory).toEqual({ type: 'epci', siren: LENS.siren });
  });

  test('the host receives a versioned ready message, then a select message when a place is clicked', async () => {
    const frame = await openHost(hostPage(iframeHtml(`territory=${LENS.siren}&layers=${LAYERS.join(',')}`)));
    await expect.poll(async () => (await gotOf(s.page, 'ready')).length, POLL).toBe(1);
    const [ready] = await gotOf(s.page, 'ready');
    expect(ready).toMatchObject({
      via: 'message',
      origin: appOrigin(),
      version: 1,
      payload: { territory: LENS.siren, layers: LAYERS, mode: 'finder' },
    });
    await clickPlace(frame, PLACE.id);
    await expect
      .poll(async () => (await gotOf(s.page, 'select')).map((g) => g.payload), POLL)
      .toEqual([{ type: 'lieu', id: PLACE.id, name: PLACE.nom }]);
  });

  test('a setTerritory command from the host frames the new territory', async () => {
    const frame = await openHost(hostPage(iframeHtml(`territory=${LENS.siren}`)));
    await expectFramed(frame, LENS.bbox);
    await postCommand('setTerritory', { territory: VALENCIENNES.siren });
    await expectFramed(frame, VALENCIENNES.bbox);
    expect((await storeState(frame)).territory).toEqual({ type: 'epci', siren: VALENCIENNES.siren });
  });

  test('a setLayers command from the host changes the visible layers', async () => {
    const frame = await openHost(hostPage(iframeHtml('')));
    await postCommand('setLayers', { layers: ['msp', 'communes'] });
    await expect.poll(() => checkedToggles(frame), POLL).toEqual(['communes', 'msp']);
    await expect.poll(() => visibleToggles(frame), POLL).toEqual(['communes', 'msp']);
  });

  test('with allowed-origin set, a command posted by a frame of a foreign origin is refused', async () => {
    const warnings = collectWarnings(s.page);
    writeFileSync(join(foreignDir, 'foreign.html'), '<!doctype html><title>Autre site</title><p>autre</p>');
    const url = hostPage(
      `${iframeHtml(
        `territory=${LENS.siren}&allowed-origin=${encodeURIComponent(host.url.replace(/\/$/, ''))}`,
      )}<iframe title="Autre site" src="${foreign.url}foreign.html" width="100" height="100"></iframe>`,
    );
    const frame = await openHost(url);
    const attacker = s.page.frames().find((f) => f.url().startsWith(foreign.url));
    if (!attacker) throw new Error('foreign frame missing');
    await attacker.evaluate(
      ([src, siren]) =>
        window.parent.frames[0]?.postMessage(
          { source: src, version: 1, type: 'setTerritory', payload: { territory: siren } },
          '*',
        ),
      [SOURCE, VALENCIENNES.siren],
    );
    await expect.poll(() => warnings.some((w) => w.includes('commande refusée')), POLL).toBe(true);
    expect((await storeState(frame)).territory).toEqual({ type: 'epci', siren: LENS.siren });
    expect(inBbox(await mapCenter(frame), LENS.bbox)).toBe(true);
  });

  test('with allowed-origin set to another origin than the host page, the host page’s commands are refused', async () => {
    const warnings = collectWarnings(s.page);
    const frame = await openHost(
      hostPage(
        iframeHtml(`territory=${LENS.siren}&allowed-origin=${encodeURIComponent(origin(foreign.url))}`),
      ),
    );
    await postCommand('setTerritory', { territory: VALENCIENNES.siren });
    await expect.poll(() => warnings.some((w) => w.includes('commande refusée')), POLL).toBe(true);
    expect((await storeState(frame)).territory).toEqual({ type: 'epci', siren: LENS.siren });
    // and the events are posted to the allowed origin only: the host page gets none
    expect(await got(s.page)).toEqual([]);
  });

  test('with allowed-origin set to the host page, its commands are accepted', async () => {
    const frame = await openHost(
      hostPage(iframeHtml(`territory=${LENS.siren}&allowed-origin=${encodeURIComponent(origin(host.url))}`)),
    );
    await expect.poll(async () => (await gotOf(s.page, 'ready')).length, POLL).toBe(1);
    await postCommand('setTerritory', { territory: VALENCIENNES.siren });
    await expectFramed(frame, VALENCIENNES.bbox);
  });

  test('invalid options fall back to the defaults with a console warning for each', async () => {
    const warnings = collectWarnings(s.page);
    const frame = await openHost(
      hostPage(iframeHtml('territory=nulle-part&layers=filieris,licornes&mode=jeu&accent=%23ffff00&lang=de')),
    );
    const st = await storeState(frame);
    expect(st.toggles).toEqual([...DEFAULT_TOGGLES]);
    expect(st.territory).toEqual({ type: 'perimetre' }); // the default: the drawn bassin-minier perimeter
    expect(st.mode).toBe('trouver');
    for (const name of ['territory', 'layers', 'mode', 'accent', 'lang'])
      expect(
        warnings.some((w) => w.includes(`option « ${name} » ignorée`)),
        name,
      ).toBe(true);
    expect(await checkedToggles(frame)).toEqual([...DEFAULT_TOGGLES].sort());
  });

  test('the embed has no axe violations', async () => {
    const frame = await openHost(
      hostPage(
        iframeHtml(`territory=${LENS.siren}&title=${encodeURIComponent('Santé à Lens')}&accent=%23005a32`),
      ),
    );
    const { violations, message } = await checkA11y(frame as unknown as Page);
    expect(violations, message).toEqual([]);
  });

  test('at 300×300 px the embed shows its title, the map and a link to the full app in the same state', async () => {
    const frame = await openHost(
      hostPage(iframeHtml(`territory=${LENS.siren}&layers=msp&title=Ma%20carte`, 'width="300" height="300"')),
    );
    await screenshot(s.page, 'embed-300x300');
    expect(await frame.locator('h1').textContent()).toBe('Ma carte');
    const sizes = await frame.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      width: window.innerWidth,
      canvas: document.querySelector('.maplibregl-canvas')?.getBoundingClientRect().height ?? 0,
    }));
    expect(sizes.scroll).toBeLessThanOrEqual(sizes.width);
    expect(sizes.canvas).toBeGreaterThan(150);
    const link = frame.getByRole('link', { name: /Ouvrir la carte complète/ });
    expect(await link.isVisible()).toBe(true);
    expect(await link.getAttribute('target')).toBe('_blank');
    const href = new URL((await link.getAttribute('href')) ?? '');
    expect(href.origin).toBe(appOrigin());
    expect(href.searchParams.get('embed')).toBeNull();
    expect(href.searchParams.get('territoire')).toBe(`epci:${LENS.siren}`);
    expect(href.searchParams.get('couches')).toBe('msp');
  });

  test('on a phone-wide frame the opened panel is one column: the search box has the panel width', async () => {
    const frame = await openHost(hostPage(iframeHtml(`territory=${LENS.siren}`, 'width="360" height="640"')));
    const toggle = frame.locator('button.embed-bascule');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    const box = await frame.evaluate(() => {
      const panel = document.querySelector('.embed-panneau');
      const input = document.querySelector('input#recherche');
      return {
        panelScroll: panel?.scrollWidth ?? 0,
        panelWidth: panel?.clientWidth ?? 0,
        input: input?.getBoundingClientRect().width ?? 0,
      };
    });
    await screenshot(s.page, 'embed-360x640-panel');
    expect(box.panelWidth).toBeGreaterThan(0);
    expect(box.panelScroll).toBeLessThanOrEqual(box.panelWidth);
    expect(box.input).toBeGreaterThan(box.panelWidth * 0.8);
  });

  test('the embed makes no third-party request: the address search is off by default', async () => {
    const ADDRESS = '12 rue Jean Jaurès Liévin';
    const frame = await openHost(hostPage(iframeHtml('')));
    await frame.locator('input#recherche').fill(ADDRESS);
    // control: the full app, typing the same address afterwards, asks the geocoder (blocked and recorded)
    const full = await s.context.newPage();
    await full.goto(baseUrl(), { waitUntil: 'domcontentloaded' });
    await full.locator('input#recherche').fill(ADDRESS);
    await expect.poll(() => s.blocked.length, POLL).toBeGreaterThan(0);
    expect(s.blocked.length).toBe(1);
    expect(new URL(s.blocked[0] ?? '').searchParams.get('q')).toBe(ADDRESS);
  });

  test('the app runs under the documented Content-Security-Policy without any violation', async () => {
    await s.context.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__csp.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
      );
    });
    const frame = await openHost(
      hostPage(iframeHtml(`territory=${LENS.siren}&accent=%23005a32`).replace(baseUrl(), csp.url)),
      csp.url,
    );
    const header = (await fetch(baseUrl('?embed=1').replace(baseUrl(), csp.url))).headers.get(
      'content-security-policy',
    );
    expect(header).toBe(POLICY);
    // the accent colour is applied through the CSSOM, which the policy allows
    expect(await frame.locator('.embed-barre').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(
      'rgb(0, 90, 50)',
    );
    await clickPlace(frame, PLACE.id);
    await frame.locator('section#details h2').waitFor();
    expect(await frame.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(s.errors.filter((e) => /Content.Security.Policy/i.test(e))).toEqual([]);
  });
});

// ---------- web component ----------

describe('web component', () => {
  test('renders the configured territory and layers, and relays ready and select as DOM events', async () => {
    const frame = await openHost(
      hostPage(componentHtml(`territory="${LENS.siren}" layers="${LAYERS.join(',')}"`)),
    );
    await expectFramed(frame, LENS.bbox);
    expect(await checkedToggles(frame)).toEqual([...LAYERS].sort());
    expect(await visibleToggles(frame)).toEqual([...LAYERS].sort());
    await expect
      .poll(
        async () => (await got(s.page)).filter((g) => g.via === 'event' && g.type === 'ready').length,
        POLL,
      )
      .toBe(1);
    await clickPlace(frame, PLACE.id);
    await expect
      .poll(
        async () =>
          (await got(s.page)).filter((g) => g.via === 'event' && g.type === 'select').map((g) => g.payload),
        POLL,
      )
      .toEqual([{ type: 'lieu', id: PLACE.id, name: PLACE.nom }]);
  });

  test('setTerritory() and a changed territory attribute frame the new territory', async () => {
    const frame = await openHost(hostPage(componentHtml(`territory="${LENS.siren}"`)));
    await expect.poll(async () => (await gotOf(s.page, 'ready')).length, POLL).toBeGreaterThan(0);
    await s.page.evaluate((siren) => {
      (document.getElementById('carte') as HTMLElement & { setTerritory(t: string): void }).setTerritory(
        siren,
      );
    }, VALENCIENNES.siren);
    await expectFramed(frame, VALENCIENNES.bbox);
    await s.page.evaluate(
      (siren) => document.getElementById('carte')?.setAttribute('territory', siren),
      DOUAI.siren,
    );
    await expectFramed(frame, DOUAI.bbox);
    await s.page.evaluate(() => document.getElementById('carte')?.setAttribute('layers', 'pharmacie'));
    await expect.poll(() => checkedToggles(frame), POLL).toEqual(['pharmacie']);
  });

  test('bad attributes fall back to the defaults with a console warning', async () => {
    const warnings = collectWarnings(s.page);
    const frame = await openHost(
      hostPage(componentHtml('territory="12" layers="rien" kinds="x" accent="rouge"')),
    );
    for (const name of ['territory', 'layers', 'kinds', 'accent'])
      expect(
        warnings.some((w) => w.includes(`option « ${name} » ignorée`)),
        name,
      ).toBe(true);
    const st = await storeState(frame);
    expect(st.toggles).toEqual([...DEFAULT_TOGGLES]);
    expect(st.territory).toEqual({ type: 'perimetre' }); // the default: the drawn bassin-minier perimeter
  });

  test('its styles are isolated in a shadow root and the embed inside has no axe violations', async () => {
    const frame = await openHost(
      hostPage(
        `<style>iframe { border: 9px solid red; }</style>${componentHtml(`territory="${LENS.siren}"`)}`,
      ),
    );
    const border = await s.page.evaluate(() => {
      const el = document.getElementById('carte');
      const iframe = el?.shadowRoot?.querySelector('iframe');
      return iframe ? getComputedStyle(iframe).borderTopWidth : null;
    });
    expect(border).not.toBe('9px');
    const { violations, message } = await checkA11y(frame as unknown as Page);
    expect(violations, message).toEqual([]);
  });

  test('the module is one small file', async () => {
    const res = await fetch(baseUrl('embed/carte-sante-bassin-minier.js'), {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(res.ok).toBe(true);
    const text = await res.text();
    const raw = Buffer.byteLength(text);
    const gz = gzipSync(text).length;
    console.log(`[embed] web component module: ${raw} B raw, ${gz} B gzip`);
    expect(gz).toBeLessThan(10_000);
    // one file: no import of another chunk
    expect(text).not.toMatch(/\bimport\s*\(|\bfrom\s*["']/);
  });
});

// ---------- builder ----------

describe('builder', () => {
  for (const kind of ['iframe', 'component'] as const) {
    test(`the copied ${kind} snippet, pasted into a plain page, shows the map as in the preview`, async () => {
      await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: appOrigin() });
      await s.page.goto(baseUrl('builder.html'), { waitUntil: 'domcontentloaded' });
      const page = s.page;
      await page.getByLabel('Territoire cadré').selectOption(VALENCIENNES.siren);
      for (const t of TOGGLES) {
        const box = page.locator(`input[name=layers][value="${t}"]`);
        if ((t === 'msp' || t === 'communes') !== (await box.isChecked())) await box.click();
      }
      await page.getByLabel('Titre affiché (facultatif)').fill('Santé en Valenciennois');
      // The preview reloads on every change: wait until it shows the final configuration
      // (the URL written in the iframe snippet), then until that page's map is idle.
      const iframeCode = (await page.locator('#extrait-iframe').textContent()) ?? '';
      const finalUrl = decodeAttr(/src="([^"]+)"/.exec(iframeCode)?.[1] ?? '');
      expect(finalUrl).toContain(`territory=${VALENCIENNES.siren}`);
      await expect.poll(() => page.locator('#apercu').getAttribute('src'), POLL).toBe(finalUrl);
      // the preview page then writes its state back to its own address in the app's words (carte=, couches=,
      // territoire=epci:…), so it is recognised by the configuration it shows, not by the exact string
      const showsFinal = (url: string) =>
        url.includes('title=Sant%C3%A9+en+Valenciennois') &&
        (url.includes(`territory=${VALENCIENNES.siren}`) ||
          url.includes(`territoire=epci:${VALENCIENNES.siren}`)) &&
        /(layers|couches)=msp,communes(&|$)/.test(url);
      await expect.poll(async () => showsFinal((await appFrame(page, baseUrl())).url()), POLL).toBe(true);
      const previewFrame = await appFrame(page, baseUrl());
      await previewFrame.waitForLoadState('load');
      await waitForMapIdle(previewFrame as unknown as Page);
      const previewState = await storeState(previewFrame);
      const code = page.locator(kind === 'iframe' ? '#extrait-iframe' : '#extrait-composant');
      await page
        .getByRole('button', {
          name: kind === 'iframe' ? 'Copier le code iframe' : 'Copier le code composant web',
        })
        .click();
      const snippet = (await code.textContent()) ?? '';
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(snippet);
      const frame = await openHost(hostPage(snippet, { head: '' }));
      const st = await storeState(frame);
      expect(st).toEqual(previewState);
      expect(st.territory).toEqual({ type: 'epci', siren: VALENCIENNES.siren });
      expect(st.toggles).toEqual(['msp', 'communes']);
      expect(await frame.locator('h1').textContent()).toBe('Santé en Valenciennois');
      await expectFramed(frame, VALENCIENNES.bbox);
    });
  }

  test('the builder page has no axe violations', async () => {
    await s.page.goto(baseUrl('builder.html'), { waitUntil: 'domcontentloaded' });
    await s.page.locator('#extrait-iframe').waitFor();
    const { violations, message } = await checkA11y(s.page, 'main');
    expect(violations, message).toEqual([]);
  });
});

// ---------- the text list of an embed framed on a territory ----------

describe('embed framed on a territory', () => {
  test("the list gives the territory's places first and the others one click away", async () => {
    const members = new Set(
      readCommunes()
        .filter((c) => c.epci_siren === LENS.siren)
        .map((c) => c.insee),
    );
    const byId = new Map(lieux.map((l) => [l.id, l]));
    // the groups of places whose layer is on by default (the specialised hospitals' is off); closed places are hidden
    const shown = (l: Lieu) =>
      l.status !== 'closed' && visibleGroups(DEFAULT_TOGGLES).includes(kindGroupOf(l.kind));
    const expectedInside = lieux.filter((l) => members.has(l.commune_insee) && shown(l));
    expect(expectedInside.length, 'places of Lens-Liévin in lieux.json').toBeGreaterThan(0);
    const page = s.page;
    await page.goto(baseUrl(`?embed=1&territory=${LENS.siren}`), { waitUntil: 'domcontentloaded' });
    const list = page.locator('#liste');
    const heading = list.getByTestId('lieux-territoire');
    await expect.poll(() => heading.textContent(), POLL).toContain(`(${expectedInside.length})`);
    const ids = (scope: ReturnType<Page['locator']>) =>
      scope.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-lieu-id') ?? ''));
    const insideIds = await ids(list.locator('h3 + ul.liste-lieux > li > button'));
    expect([...insideIds].sort()).toEqual(expectedInside.map((l) => l.id).sort());
    // the others, behind "Ailleurs dans le bassin minier"
    const elsewhere = list.locator('details details', { hasText: 'Ailleurs dans le bassin minier' });
    await elsewhere.locator('summary').click();
    const total = lieux.filter(shown).length;
    const outsideButtons = elsewhere.locator('ul.liste-lieux > li > button');
    // the list behind the summary is rendered when it is opened
    await expect.poll(() => outsideButtons.count(), POLL).toBe(total - insideIds.length);
    const outsideIds = await ids(outsideButtons);
    for (const id of outsideIds) expect(members.has(byId.get(id)?.commune_insee ?? ''), id).toBe(false);
    expect(new Set([...insideIds, ...outsideIds]).size).toBe(total);
    await expect.poll(() => list.locator('summary').first().textContent(), POLL).toContain(`(${total})`);
  });
});
