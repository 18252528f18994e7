// End-to-end tests of the offline copy (service worker, src/sw/) and the web app manifest: after one visit the
// page works offline (finder, coverage mode, English page, the tile ranges it has used), a new deployment at
// the same address is offered with a notice and taken whole, the embed registers no worker, the manifest is
// valid. Expected labels come from the catalogues; expected files from the builds themselves (dist/, and a
// second build made here).

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import { MAP_LAYERS } from '../../src/map/layers.ts';
import type { Lieu } from '../../src/schema.ts';
import { baseUrl, ROOT, searchAndChoose, useBrowser, waitForMapIdle } from './harness.ts';
import { type StaticServer, startStaticServer } from './server.mjs';

const s = useBrowser();
const POLL = { timeout: 30_000, interval: 200 };
/** the worker registers once the map is idle, then precaches ≈ 3 MB */
const SW_TIMEOUT = 90_000;

const lieux = (JSON.parse(readFileSync(join(ROOT, 'public/data/lieux.json'), 'utf8')) as { lieux: Lieu[] })
  .lieux;
const condeMsp = lieux.find((l) => l.id === 'msp-conde-pole-sante-pays-de-conde');
const firstMsp = (page: Page) =>
  page.locator('[data-testid=nearest-list] ol[data-groupe=msp] li .resultat-titre').first();

/** Waits until a service worker controls the page (installed, precache complete, active, claimed). */
async function waitForOfflineCopy(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, {
    timeout: SW_TIMEOUT,
    polling: 200,
  });
}

/** A first visit: the page, its map, and the offline copy. */
async function firstVisit(page: Page, url = baseUrl()): Promise<void> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await waitForMapIdle(page);
  await waitForOfflineCopy(page);
}

const coverageShown = (page: Page) =>
  page.locator('section.couverture:not([aria-busy])').waitFor({ state: 'visible', timeout: 30_000 });

describe('offline after one visit', () => {
  test('offline, a reload shows the finder, which answers; the coverage mode and the English page open', async () => {
    if (!condeMsp) throw new Error('the pôle santé of Condé is missing from the data');
    const page = s.page;
    await firstVisit(page);
    await s.context.setOffline(true);
    await page.reload({ waitUntil: 'domcontentloaded' });
    await searchAndChoose(page, 'Condé', "Condé-sur-l'Escaut");
    await expect.poll(() => firstMsp(page).innerText(), POLL).toBe(condeMsp.nom);
    // the lazily loaded coverage mode (script and style) comes from the offline copy
    await page.getByRole('button', { name: fr.modeCouverture }).click();
    await coverageShown(page);
    // the English catalogue too
    await page.goto(baseUrl('?lang=en'), { waitUntil: 'domcontentloaded' });
    await expect.poll(() => page.locator('h1').innerText(), POLL).toBe(en.appTitle);
    await searchAndChoose(page, 'Condé', "Condé-sur-l'Escaut");
    await expect.poll(() => firstMsp(page).innerText(), POLL).toBe(condeMsp.nom);
    expect(s.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
  });

  test('the map tile ranges used online are served offline', async () => {
    const page = s.page;
    await firstVisit(page);
    // a visit controlled by the worker from its start: the ranges the map reads are kept
    await page.reload({ waitUntil: 'domcontentloaded' });
    await waitForMapIdle(page);
    await s.context.setOffline(true);
    const tileResponses: Response[] = [];
    page.on('response', (r) => {
      if (r.url().includes('.pmtiles')) tileResponses.push(r);
    });
    await page.reload({ waitUntil: 'domcontentloaded' });
    await waitForMapIdle(page);
    expect(tileResponses.length).toBeGreaterThan(0);
    for (const r of tileResponses) {
      expect(r.status(), r.url()).toBe(206);
      expect(r.fromServiceWorker(), r.url()).toBe(true);
    }
    const land = await page.evaluate((layer) => {
      const map = (
        window as unknown as { __carte: { map: { queryRenderedFeatures(o: unknown): unknown[] } } }
      ).__carte.map;
      return map.queryRenderedFeatures({ layers: [layer] }).length;
    }, MAP_LAYERS.land);
    expect(land).toBeGreaterThan(0);
  });

  test('the embed registers no service worker', async () => {
    const page = s.page;
    const registrations: string[] = [];
    page.on('request', (r) => {
      if (/register_service_worker|service_worker\.js/.test(r.url())) registrations.push(r.url());
    });
    await page.goto(baseUrl('?embed=1'), { waitUntil: 'domcontentloaded' });
    await waitForMapIdle(page);
    // the full app would have registered by now (map idle, then an idle callback)
    await page.waitForTimeout(4000);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(
      0,
    );
    expect(registrations).toEqual([]);
  });
});

describe('the web app manifest', () => {
  test('is linked, valid for Chromium, in French, with icons of the sizes it states', async () => {
    const page = s.page;
    await page.goto(baseUrl(), { waitUntil: 'domcontentloaded' });
    const href = await page.locator('link[rel=manifest]').getAttribute('href');
    expect(href).toBeTruthy();
    const cdp = await s.context.newCDPSession(page);
    const { errors, data, url } = (await cdp.send('Page.getAppManifest')) as {
      errors: { message: string }[];
      data?: string;
      url: string;
    };
    expect(errors.map((e) => e.message)).toEqual([]);
    expect(url).toBe(baseUrl('manifest.webmanifest'));
    const manifest = JSON.parse(data ?? '{}') as {
      name: string;
      short_name: string;
      lang: string;
      description: string;
      theme_color: string;
      start_url: string;
      display: string;
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
    };
    expect(manifest.name).toBe(fr.appTitle);
    expect(manifest.lang).toBe('fr');
    expect(manifest.description).toMatch(/bassin minier/);
    expect(manifest.theme_color).toBe(await page.locator('meta[name=theme-color]').getAttribute('content'));
    expect(manifest.display).toBe('standalone');
    expect(new URL(manifest.start_url, url).href).toBe(baseUrl());
    const sizes = manifest.icons.map((i) => i.sizes);
    expect(sizes).toContain('192x192');
    expect(sizes).toContain('512x512');
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const icon of manifest.icons) {
      const res = await page.request.get(new URL(icon.src, url).href);
      expect(res.status(), icon.src).toBe(200);
      const png = await res.body();
      // PNG signature, then the IHDR chunk's width and height
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
    }
  });
});

describe('a new deployment', () => {
  let siteDir = '';
  let buildB = '';
  let server: StaticServer;
  const distA = process.env.E2E_DIST_DIR ? join(ROOT, process.env.E2E_DIST_DIR) : join(ROOT, 'dist');
  const tilesA = join(distA, 'tiles');
  const withoutTiles = (src: string) => src !== tilesA && !src.startsWith(`${tilesA}/`);

  beforeAll(async () => {
    siteDir = mkdtempSync(join(tmpdir(), 'carte-deploy-'));
    buildB = mkdtempSync(join(tmpdir(), 'carte-build-b-'));
    // build B: the same app with a version label, so that its main script (and the worker's list) differ
    const r = spawnSync('npx', ['vite', 'build', '--outDir', buildB, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: ROOT,
      env: { ...process.env, VITE_CARTE_VERSION: 'B' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (r.status !== 0) throw new Error(`build B failed (exit ${r.status})`);
    rmSync(join(buildB, 'tiles'), { recursive: true, force: true });
    cpSync(distA, siteDir, { recursive: true, filter: withoutTiles });
    server = await startStaticServer({
      roots: [
        { prefix: '/', dir: siteDir },
        { prefix: '/tiles/', dir: join(ROOT, 'tiles') },
      ],
    });
  }, 300_000);

  afterAll(async () => {
    await server?.close();
    rmSync(siteDir, { recursive: true, force: true });
    rmSync(buildB, { recursive: true, force: true });
  });

  /** Replaces the site's files with build B's, as a deployment would. */
  function deployB() {
    for (const name of readdirSync(siteDir)) rmSync(join(siteDir, name), { recursive: true, force: true });
    cpSync(buildB, siteDir, { recursive: true });
  }

  test('is offered with a notice, the page keeps working on its version, then takes the new one whole', async () => {
    const page = s.page;
    await firstVisit(page, server.url);
    expect(await page.evaluate(() => document.documentElement.dataset.version)).toBeUndefined();
    deployB();
    // the next visit: still version A (from the offline copy), and the notice of a new version
    const responses: Response[] = [];
    page.on('response', (r) => responses.push(r));
    await page.reload({ waitUntil: 'domcontentloaded' });
    const update = page.getByRole('button', { name: fr.update.apply });
    await update.waitFor({ state: 'visible', timeout: SW_TIMEOUT });
    expect(await page.locator('#mise-a-jour').innerText()).toContain(fr.update.ready);
    expect(await page.evaluate(() => document.documentElement.dataset.version)).toBeUndefined();
    // version A's lazily loaded coverage mode still opens, from version A's files
    await page.getByRole('button', { name: fr.modeCouverture }).click();
    await coverageShown(page);
    const assetsA = responses.filter((r) => /\/assets\/[^/]+\.(js|css)$/.test(r.url()));
    expect(assetsA.length).toBeGreaterThan(0);
    for (const r of assetsA) {
      expect(r.status(), r.url()).toBe(200);
      expect(r.fromServiceWorker(), r.url()).toBe(true);
    }
    // « Mettre à jour »: the page reloads into version B, every script and style of B's build
    responses.length = 0;
    await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), update.click()]);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.version), POLL).toBe('B');
    // the screen is kept (it is in the URL): version B's coverage mode
    await coverageShown(page);
    const filesB = new Set(readdirSync(join(buildB, 'assets')));
    const loaded = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((p) => /\/assets\/[^/]+\.(js|mjs|css)$/.test(p)),
    );
    const scriptSrc = await page.locator('script[type=module]').getAttribute('src');
    expect(loaded.length).toBeGreaterThan(0);
    for (const path of [...loaded, scriptSrc ?? '']) {
      const name = path.split('/').pop() ?? '';
      expect(filesB.has(name), `${path} is not a file of build B`).toBe(true);
    }
    expect(s.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
  });
});
