// Helpers for the end-to-end tests: one Chromium per test file, a fresh context per test,
// no request leaves 127.0.0.1, axe-core checks, map-state waits, screenshots.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import type { Commune } from '../../src/schema.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchChromium } from './chromium.mjs';
import { ROOT } from './site.mjs';

export { CHROMIUM_ARGS, CHROMIUM_PATH, ROOT };
export const SCREENSHOT_DIR = join(ROOT, 'test-results', 'screenshots');
/** Generous: SwiftShader on 2 cores renders a map in seconds, not milliseconds. */
export const MAP_TIMEOUT = 90_000;

/** Chromium as configured in chromium.mjs (SwiftShader WebGL, only local host names resolve). */
export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

/** Base URL of the built site served by the global setup, e.g. `http://127.0.0.1:41234/`. */
export function baseUrl(path = ''): string {
  return new URL(path, inject('baseUrl')).href;
}

export function isLocalUrl(raw: string): boolean {
  const url = new URL(raw);
  if (['data:', 'blob:', 'about:'].includes(url.protocol)) return true;
  return (
    (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:') &&
    ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)
  );
}

/**
 * Aborts every request of the context that does not go to 127.0.0.1/localhost, and records its URL
 * in the returned array, so a test can assert that there were no third-party requests.
 */
export async function blockThirdParty(context: BrowserContext): Promise<string[]> {
  const blocked: string[] = [];
  await context.route(
    (url) => !isLocalUrl(url.href),
    (route) => {
      blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  return blocked;
}

/** Records console errors and uncaught page errors (as readable strings) in the returned array. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return errors;
}

/**
 * The communes of public/data/communes.json, read here without the app's decoder (the file is written in
 * columns, see src/data/communes_columns.ts): zips the columns back into one object per commune.
 */
export function readCommunes(): Commune[] {
  const file = JSON.parse(readFileSync(join(ROOT, 'public/data/communes.json'), 'utf8')) as {
    epci: { siren: string; nom: string }[];
    columns: Record<string, unknown[]>;
  };
  const col = (name: string, i: number) => file.columns[name]?.[i];
  return (file.columns.insee ?? []).map((insee, i) => {
    const epci = file.epci[col('epci', i) as number];
    return {
      insee: String(insee),
      nom: String(col('nom', i)),
      postcodes: String(col('postcodes', i)).split(' ').filter(Boolean),
      population: Number(col('population', i)),
      dep: String(insee).slice(0, 2),
      epci_siren: epci?.siren ?? '',
      epci_nom: epci?.nom ?? '',
      bassin: col('bassin', i) === 1,
      perimetre: col('perimetre', i) === 1,
      lon: Number(col('lon', i)),
      lat: Number(col('lat', i)),
    };
  });
}

/** Great-circle distance (km), mean Earth radius 6371.0088 km — written for the tests, independent of the app. */
export function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

export type MapState = 'loading' | 'idle' | 'error' | 'unavailable' | undefined;

export function mapState(page: Page): Promise<MapState> {
  return page.evaluate(() => document.documentElement.dataset.mapState as MapState);
}

/** Waits until `<html data-map-state="idle">`; fails fast (with the alerts' text) on 'error'/'unavailable'. */
export async function waitForMapIdle(page: Page, timeout = MAP_TIMEOUT): Promise<void> {
  await waitForMapState(page, ['idle', 'error', 'unavailable'], timeout);
  const state = await mapState(page);
  if (state !== 'idle') {
    const alerts = await page.locator('[role=alert]').allInnerTexts();
    throw new Error(`map state is '${state}', not 'idle'. Alerts: ${JSON.stringify(alerts)}`);
  }
}

export async function waitForMapState(
  page: Page,
  states: MapState[],
  timeout = MAP_TIMEOUT,
): Promise<MapState> {
  try {
    await page.waitForFunction(
      (wanted) => wanted.includes(document.documentElement.dataset.mapState ?? ''),
      states as string[],
      { timeout, polling: 100 },
    );
  } catch (e) {
    throw new Error(
      `map state did not become ${states.join('|')} within ${timeout} ms (it is '${await mapState(page)}'): ${(e as Error).message}`,
    );
  }
  return mapState(page);
}

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
/** Types `text` in the search box key by key and chooses the first option whose text contains `optionText`. */
export async function searchAndChoose(page: Page, text: string, optionText: string = text): Promise<void> {
  const box = page.locator('#recherche');
  await box.click();
  await box.pressSequentially(text, { delay: 30 });
  const option = page.locator('#recherche-options [role=option]', { hasText: optionText }).first();
  await option.waitFor({ state: 'visible' });
  await option.click();
}

/** An init script (`page.addInitScript(DENY_GEOLOCATION)`): the browser answers "denied" as a person who refuses. */
export const DENY_GEOLOCATION = (): void => {
  const deny = (_ok: PositionCallback, err?: PositionErrorCallback | null) =>
    setTimeout(
      () =>
        err?.({
          code: 1,
          message: 'denied',
          PERMISSION_DENIED: 1,
          POSITION_UNAVAILABLE: 2,
          TIMEOUT: 3,
        } as GeolocationPositionError),
      50,
    );
  Object.defineProperty(navigator, 'geolocation', {
    value: { getCurrentPosition: deny, watchPosition: () => 0, clearWatch: () => undefined },
  });
};

/** How many features of these map layers are drawn in the viewport (the layers that exist in the style). */
export function renderedCount(page: Page, layers: readonly string[]): Promise<number> {
  return page.evaluate((layers) => {
    const map = window.__carte?.map as MapLibreMap | undefined;
    if (!map) throw new Error('window.__carte.map is missing');
    const existing = layers.filter((l) => map.getLayer(l));
    if (existing.length === 0) throw new Error(`none of the layers ${layers.join(', ')} is in the style`);
    return map.queryRenderedFeatures({ layers: existing }).length;
  }, layers);
}

/** Resolves after the map has rendered the current state (next idle event). */
export function mapRendered(page: Page): Promise<void> {
  return page.evaluate(async () => {
    const map = window.__carte?.map as MapLibreMap | undefined;
    if (!map) throw new Error('window.__carte.map is missing');
    const idle = map.once('idle');
    map.triggerRepaint();
    await idle;
  });
}

export const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface A11yViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
}

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page, or on the first element matching `selector`.
 * The source is evaluated through the DevTools protocol, so a strict Content-Security-Policy does not block it.
 */
export async function checkA11y(
  page: Page,
  selector?: string,
): Promise<{ violations: A11yViolation[]; message: string }> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    async ({ selector, tags }) => {
      // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time
      const axe = (window as any).axe;
      const context = selector ? document.querySelector(selector) : document;
      if (!context) throw new Error(`checkA11y: no element matches ${selector}`);
      const result = await axe.run(context, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      // biome-ignore lint/suspicious/noExplicitAny: axe result objects
      return result.violations.map((v: any) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        helpUrl: v.helpUrl,
        // biome-ignore lint/suspicious/noExplicitAny: axe node results
        nodes: v.nodes.map((n: any) => ({
          target: n.target.join(' '),
          html: String(n.html).slice(0, 200),
          summary: String(n.failureSummary ?? ''),
        })),
      }));
    },
    { selector, tags: A11Y_TAGS },
  );
  const message = violations
    .map(
      (v: A11yViolation) =>
        `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes
          .map((n) => `    at ${n.target}: ${n.html}\n      ${n.summary.replace(/\n/g, '\n      ')}`)
          .join('\n'),
    )
    .join('\n');
  return {
    violations,
    message: violations.length ? `${violations.length} axe violation(s):\n${message}` : 'no violations',
  };
}

/** Saves a PNG to test-results/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

export interface Session {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** third-party request URLs that were blocked during the current test */
  readonly blocked: string[];
  /** console errors and page errors of the current test */
  readonly errors: string[];
}

/**
 * Registers hooks for a test file: one browser for the file, and for each test a fresh context
 * (third-party requests blocked and recorded, console errors collected) with one page.
 * A failing test leaves a screenshot `failed-<test name>.png`.
 */
export function useBrowser(contextOptions: BrowserContextOptions = {}): Session {
  let browser: Browser | undefined;
  let current: { context: BrowserContext; page: Page; blocked: string[]; errors: string[] } | undefined;
  const need = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`${what} is only available inside a test`);
    return v;
  };
  beforeAll(async () => {
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    const b = need(browser, 'browser');
    const context = await b.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'fr-FR',
      ...contextOptions,
    });
    context.setDefaultTimeout(30_000);
    const blocked = await blockThirdParty(context);
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    current = { context, page, blocked, errors };
  });
  afterEach(async (ctx) => {
    if (!current) return;
    if (ctx.task.result?.state === 'fail') {
      await screenshot(current.page, `failed-${ctx.task.name}`).catch(() => undefined);
    }
    await current.context.close().catch(() => undefined);
    current = undefined;
  });
  return {
    get browser() {
      return need(browser, 'browser');
    },
    get context() {
      return need(current, 'context').context;
    },
    get page() {
      return need(current, 'page').page;
    },
    get blocked() {
      return need(current, 'blocked').blocked;
    },
    get errors() {
      return need(current, 'errors').errors;
    },
  };
}
