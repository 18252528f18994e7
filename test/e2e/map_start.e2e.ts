// End-to-end tests of the map's manners: the finder never waits for the map (its code is held back by the
// test while the resident types), no map code without WebGL, « Réessayer » after a failed map load, and the
// hints about clicking the map hidden when there is no map. Expected labels come from the catalogue
// (src/i18n/fr.ts), expected places from public/data/lieux.json.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Page, Request } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { fr } from '../../src/i18n/fr.ts';
import type { Lieu } from '../../src/schema.ts';
import { baseUrl, mapState, ROOT, searchAndChoose, useBrowser, waitForMapIdle } from './harness.ts';

const s = useBrowser({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
const POLL = { timeout: 30_000, interval: 100 };

const lieux = (JSON.parse(readFileSync(join(ROOT, 'public/data/lieux.json'), 'utf8')) as { lieux: Lieu[] })
  .lieux;
const condeMsp = lieux.find((l) => l.id === 'msp-conde-pole-sante-pays-de-conde');

/** The map's code: the controller chunk (MapLibre) and its worker. */
const MAP_CODE = /\/assets\/(map_controller-[^/]*\.js|maplibre-gl-worker-[^/]*\.m?js)$/;
const MAP_CHUNK = /\/assets\/map_controller-[^/]*\.js$/;

const NO_WEBGL = () => {
  const original = HTMLCanvasElement.prototype.getContext;
  Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', {
    value(this: HTMLCanvasElement, type: string, options?: unknown) {
      if (/webgl/i.test(type)) return null;
      return original.call(this, type as '2d', options as CanvasRenderingContext2DSettings);
    },
  });
};

const firstMsp = (page: Page) =>
  page.locator('[data-testid=nearest-list] ol[data-groupe=msp] li .resultat-titre').first();

describe('the map waits for the resident', () => {
  test('typing while the map is starting gets the suggestions and the nearest places', async () => {
    if (!condeMsp) throw new Error('the pôle santé of Condé is missing from the data');
    const page = s.page;
    // the map's code is held back until the list has been read: the list cannot be waiting for it
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => {
      release = r;
    });
    const mapRequests: string[] = [];
    await page.route(MAP_CHUNK, async (route) => {
      mapRequests.push(route.request().url());
      await held;
      await route.continue();
    });
    await page.goto(baseUrl(), { waitUntil: 'domcontentloaded' });
    // the resident asks for the map at once: its start-up is under way while they type
    await page.getByRole('button', { name: fr.map.show }).click();
    await expect.poll(() => mapRequests.length, POLL).toBe(1);
    await searchAndChoose(page, 'Condé', "Condé-sur-l'Escaut");
    await expect.poll(() => firstMsp(page).innerText(), POLL).toBe(condeMsp.nom);
    expect(await mapState(page)).toBe('loading');
    release();
    await waitForMapIdle(page);
  });

  test('on a phone, the map does not start before its area is on screen once the data is there', async () => {
    const page = s.page;
    const mapRequests: string[] = [];
    page.on('request', (r: Request) => {
      if (MAP_CODE.test(r.url())) mapRequests.push(r.url());
    });
    // a tall finder pushes the map below the screen: it must not start (the test scrolls it into view later)
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style');
        style.textContent = '.trouver { min-height: 2000px; }';
        document.head.append(style);
      });
    });
    await page.goto(baseUrl(), { waitUntil: 'domcontentloaded' });
    await page.locator('#recherche').waitFor();
    await page.waitForFunction(() => performance.getEntriesByName('carte:data-ready').length > 0);
    // well past the quiet time (map_start.ts QUIET_MS = 1500 ms) and an idle callback
    await page.waitForTimeout(4000);
    expect(mapRequests).toEqual([]);
    await page.evaluate(() => document.querySelector('.zone-carte')?.scrollIntoView());
    await waitForMapIdle(page);
    expect(mapRequests.length).toBeGreaterThan(0);
  });
});

/** Init script: notes when the page's WebGL draws (every draw call) and when a key is pressed. */
const NOTE_DRAWS_AND_KEYS = () => {
  const w = window as unknown as { __draws: number[]; __keys: number[] };
  w.__draws = [];
  w.__keys = [];
  const proto = WebGL2RenderingContext.prototype;
  for (const name of ['drawElements', 'drawArrays'] as const) {
    const own = proto[name] as (...args: unknown[]) => void;
    Object.defineProperty(proto, name, {
      value(this: WebGL2RenderingContext, ...args: unknown[]) {
        w.__draws.push(performance.now());
        return own.apply(this, args);
      },
    });
  }
  document.addEventListener('keydown', () => w.__keys.push(performance.now()), true);
};

const drawsBetween = (page: Page, from: number, to: number) =>
  page.evaluate(
    ({ a, b }) => (window as unknown as { __draws: number[] }).__draws.filter((t) => t >= a && t <= b).length,
    { a: from, b: to },
  );

/** The map's centre, and whether it is moving (window.__carte.map, the test hook of MapView). */
const mapCenter = (page: Page) =>
  page.evaluate(() => {
    const map = window.__carte?.map as MapLibreMap | undefined;
    if (!map) throw new Error('window.__carte.map is missing');
    const { lng, lat } = map.getCenter();
    return { lng, lat };
  });
const mapMoving = (page: Page) =>
  page.evaluate(() => (window.__carte?.map as MapLibreMap | undefined)?.isMoving() ?? null);

/** Opens the app with its draw calls and keys noted (NOTE_DRAWS_AND_KEYS), shows the map and waits until it is idle. */
async function openWithMapIdle(page: Page) {
  await page.addInitScript(NOTE_DRAWS_AND_KEYS);
  await page.goto(baseUrl(), { waitUntil: 'domcontentloaded' });
  await page.getByRole('button', { name: fr.map.show }).click();
  await waitForMapIdle(page);
}

describe('the map holds its frames while the person types', () => {
  test('a moving map draws nothing from the first keystroke until the typing pauses, then catches up', async () => {
    const page = s.page;
    await openWithMapIdle(page);
    // the map is sent on a long trip to Liévin (3 s): it wants a frame every 16 ms meanwhile
    const target = { lon: 2.78, lat: 50.42 };
    const started = await page.evaluate((c) => {
      const map = window.__carte?.map as MapLibreMap;
      map.easeTo({ center: [c.lon, c.lat], zoom: 12, duration: 3000 });
      return performance.now();
    }, target);
    // it is drawing…
    await expect.poll(() => drawsBetween(page, started, Number.POSITIVE_INFINITY), POLL).toBeGreaterThan(0);
    // …when the resident types in the search box
    const box = page.locator('#recherche');
    await box.focus();
    await box.pressSequentially('Lievin', { delay: 80 });
    const keys = await page.evaluate(() => (window as unknown as { __keys: number[] }).__keys);
    const firstKey = keys[0] ?? 0;
    const lastKey = keys.at(-1) ?? 0;
    expect(keys.length).toBe('Lievin'.length);
    await expect
      .poll(() => page.locator('#recherche-options [role=option]', { hasText: 'Liévin' }).count(), POLL)
      .toBeGreaterThan(0);
    // no frame within 300 ms after any keystroke (the hold is 400 ms after each; on a machine slow enough to
    // leave longer gaps between the robot's keys a frame may come in between, which is right), and the keys
    // checked are those of the first 1.7 s (a hold lasts 2 s at most in a row)
    await page.waitForTimeout(Math.max(0, lastKey + 300 - (await page.evaluate(() => performance.now()))));
    const held = keys.filter((k) => k - firstKey < 1700);
    expect(held.length).toBeGreaterThan(2);
    for (const k of held) expect(await drawsBetween(page, k, k + 300)).toBe(0);
    // then the map catches up and ends its trip where it was sent
    await expect
      .poll(() => drawsBetween(page, lastKey + 300, Number.POSITIVE_INFINITY), POLL)
      .toBeGreaterThan(0);
    await expect.poll(() => mapMoving(page), POLL).toBe(false);
    const center = await mapCenter(page);
    expect(center.lng).toBeCloseTo(target.lon, 3);
    expect(center.lat).toBeCloseTo(target.lat, 3);
  });

  test('dragging the map is never held: it draws while the finger moves', async () => {
    const page = s.page;
    await openWithMapIdle(page);
    const canvas = page.locator('.maplibregl-canvas');
    await canvas.scrollIntoViewIfNeeded();
    const box = await canvas.boundingBox();
    if (!box) throw new Error('the map canvas has no box');
    const before = await mapCenter(page);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    const from = await page.evaluate(() => performance.now());
    for (let i = 1; i <= 10; i++) {
      await page.mouse.move(x - i * 8, y - i * 4);
      await page.waitForTimeout(30);
    }
    const to = await page.evaluate(() => performance.now());
    await page.mouse.up();
    expect(await drawsBetween(page, from, to)).toBeGreaterThan(0);
    const after = await mapCenter(page);
    expect(after.lng).toBeGreaterThan(before.lng);
  });
});

describe('no map', () => {
  test('without WebGL the map code is never downloaded, and the hint about clicking the map is hidden', async () => {
    if (!condeMsp) throw new Error('the pôle santé of Condé is missing from the data');
    const page = s.page;
    const mapRequests: string[] = [];
    page.on('request', (r: Request) => {
      if (MAP_CODE.test(r.url())) mapRequests.push(r.url());
    });
    await page.addInitScript(NO_WEBGL);
    await page.goto(baseUrl(), { waitUntil: 'domcontentloaded' });
    await expect.poll(() => mapState(page), POLL).toBe('unavailable');
    await searchAndChoose(page, 'Condé', "Condé-sur-l'Escaut");
    await expect.poll(() => firstMsp(page).innerText(), POLL).toBe(condeMsp.nom);
    expect(await page.getByText(fr.more.mapTip).count()).toBe(0);
    // the resident has been served and the page has been quiet: still no map code
    await page.waitForTimeout(3000);
    expect(mapRequests).toEqual([]);
  });

  test('a failed map load says so with « Réessayer », which loads it and keeps the focus', async () => {
    const page = s.page;
    // the map's code cannot be fetched until the resident presses « Réessayer »
    let failing = true;
    await page.route(MAP_CHUNK, async (route) => {
      if (failing) await route.fulfill({ status: 503, body: 'unavailable' });
      else await route.continue();
    });
    await page.goto(baseUrl(), { waitUntil: 'domcontentloaded' });
    await page.getByRole('button', { name: fr.map.show }).click();
    const retry = page.getByRole('button', { name: fr.map.retry });
    await retry.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await page.locator('.carte-echec p').innerText()).toBe(fr.map.failed);
    await expect.poll(() => page.locator('#erreurs').innerText(), POLL).toContain(fr.errors.mapLoad);
    // no map: the hint about clicking the map is hidden
    expect(await page.getByText(fr.more.mapTip).count()).toBe(0);
    // keyboard: focus the button and press Enter
    await retry.focus();
    failing = false;
    await page.keyboard.press('Enter');
    await waitForMapIdle(page);
    expect(await page.locator('#erreurs').innerText()).not.toContain(fr.errors.mapLoad);
    expect(await page.getByText(fr.map.retry).count()).toBe(0);
    // the focus went to the map, not back to the top of the page
    expect(await page.evaluate(() => document.activeElement?.closest('.carte') !== null)).toBe(true);
    await expect.poll(() => page.getByText(fr.more.mapTip).count(), POLL).toBe(1);
  });
});
