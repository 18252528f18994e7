// End-to-end tests of the resident's finder: search, geolocation, address geocoder stub,
// nearest places with distances, URL state, no WebGL, accessibility.
// Expected places and distances are computed here from public/data/*.json with a haversine formula
// written in this file — never with the app's own domain code.

import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Lieu } from '../../src/schema.ts';
import {
  baseUrl,
  blockThirdParty,
  checkA11y,
  DENY_GEOLOCATION,
  haversineKm,
  ROOT,
  readCommunes,
  screenshot,
  searchAndChoose,
  useBrowser,
} from './harness.ts';

const s = useBrowser();
const POLL = { timeout: 30_000, interval: 200 };

const lieux = (JSON.parse(readFileSync(join(ROOT, 'public/data/lieux.json'), 'utf8')) as { lieux: Lieu[] })
  .lieux;
const communes = readCommunes();

/** Nearest place of some kinds (closed excluded), by brute force. */
function nearestOf(from: { lat: number; lon: number }, kinds: string[]): { lieu: Lieu; km: number } {
  const ranked = lieux
    .filter((l) => kinds.includes(l.kind) && l.status !== 'closed')
    .map((l) => ({ lieu: l, km: haversineKm(from, l) }))
    .sort((a, b) => a.km - b.km);
  const first = ranked[0];
  if (!first) throw new Error(`no place of kinds ${kinds.join(',')}`);
  return first;
}

const FILIERIS_KINDS = ['filieris_centre_sante', 'filieris_dentaire', 'filieris_autre'];
const conde = communes.find((c) => c.insee === '59153');
const condeMsp = lieux.find((l) => l.id === 'msp-conde-pole-sante-pays-de-conde');

async function open(page: Page, query = ''): Promise<void> {
  await page.goto(baseUrl(query ? `?${query}` : ''), { waitUntil: 'domcontentloaded' });
}

/** Names listed under a group heading of the nearest list (data-groupe = filieris | pharmacie | msp | cs). */
function groupNames(page: Page, group: string): Promise<string[]> {
  return page.locator(`[data-testid=nearest-list] ol[data-groupe=${group}] .resultat-titre`).allInnerTexts();
}

describe('search by commune', () => {
  test('typing "Condé" and choosing Condé-sur-l\'Escaut lists the Condé pôle santé first among maisons de santé, with an approximate distance', async () => {
    expect(conde, 'commune 59153 in communes.json').toBeDefined();
    expect(condeMsp, 'Condé pôle santé in lieux.json').toBeDefined();
    const page = s.page;
    await open(page);
    await searchAndChoose(page, 'Condé', "Condé-sur-l'Escaut");
    await expect.poll(() => groupNames(page, 'msp'), POLL).not.toHaveLength(0);
    const first = page.locator('[data-testid=nearest-list] ol[data-groupe=msp] li').first();
    await expect.poll(() => first.locator('.resultat-titre').innerText(), POLL).toBe(condeMsp?.nom);
    const km = haversineKm(conde ?? { lat: 0, lon: 0 }, condeMsp ?? { lat: 0, lon: 0 });
    const distance = await first.locator('.resultat-distance strong').innerText();
    // from a commune's centre to a place known only to its commune: an approximate distance
    expect(distance).toBe(km < 1 ? 'moins de 1 km' : `environ ${Math.round(km)} km`);
    await expect.poll(() => first.innerText(), POLL).toContain('Position approximative : commune');
  });

  test('the kind with the nearest place comes first', async () => {
    const page = s.page;
    await open(page, 'depuis=commune:59153');
    // the finder's default kinds (src/state/url.ts DEFAULT_STATE.finderGroups): hospitals are one of them
    const defaultKinds = [...FILIERIS_KINDS, 'msp', 'centre_sante_autre', 'hopital'];
    const nearest = nearestOf(conde ?? { lat: 0, lon: 0 }, defaultKinds);
    const GROUP: Record<string, string> = { msp: 'msp', centre_sante_autre: 'cs', hopital: 'hopital' };
    const expectedGroup = GROUP[nearest.lieu.kind] ?? 'filieris';
    await expect
      .poll(
        () => page.locator('[data-testid=nearest-list] ol[data-groupe]').first().getAttribute('data-groupe'),
        POLL,
      )
      .toBe(expectedGroup);
    await expect
      .poll(() => page.locator('[data-testid=nearest-list] .resultat-titre').first().innerText(), POLL)
      .toBe(nearest.lieu.nom);
  });

  test('the commune chosen as origin has a details sheet reachable from the list', async () => {
    const page = s.page;
    await open(page, 'depuis=commune:59153');
    await page.getByRole('button', { name: /Fiche de la commune/ }).click();
    await expect.poll(() => page.locator('#details h2').innerText(), POLL).toBe(conde?.nom);
    const population = new Intl.NumberFormat('fr-FR').format(conde?.population ?? -1);
    await expect.poll(() => page.locator('#details').innerText(), POLL).toContain(population);
  });

  test('the search tolerates missing accents, typos and postcodes', async () => {
    const page = s.page;
    await open(page);
    const box = page.locator('#recherche');
    for (const [query, expected] of [
      ['lievin', 'Liévin'],
      ['conde sur escaut', "Condé-sur-l'Escaut"],
      ['62300', 'Lens'],
      ['valencienes', 'Valenciennes'],
    ] as const) {
      await box.fill(query);
      await expect
        .poll(() => page.locator('#recherche-options [role=option] .option-nom').first().innerText(), POLL)
        .toBe(expected);
    }
  });

  test('the keyboard alone chooses a result (arrows + Enter), and the result count is announced', async () => {
    const page = s.page;
    await open(page);
    await page.locator('#recherche').focus();
    await page.keyboard.type('Wallers', { delay: 30 });
    await expect
      .poll(() => page.locator('.recherche [aria-live=polite]').innerText(), POLL)
      .toMatch(/\d+ résultats?/);
    await page.keyboard.press('ArrowDown');
    const active = await page.locator('#recherche').getAttribute('aria-activedescendant');
    expect(active).toBeTruthy();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.depuis').innerText(), POLL).toContain('Wallers');
    await expect.poll(() => groupNames(page, 'filieris'), POLL).not.toHaveLength(0);
  });

  test('the origin and results are in the URL: reloading it shows the same list', async () => {
    const page = s.page;
    await open(page);
    await searchAndChoose(page, 'Condé', "Condé-sur-l'Escaut");
    await expect.poll(() => page.url(), POLL).toContain('depuis=commune:59153');
    const before = await groupNames(page, 'msp');
    await page.goto(page.url());
    await expect.poll(() => groupNames(page, 'msp'), POLL).toEqual(before);
  });

  test('a bad origin in the URL is ignored with a notice, and the search still works', async () => {
    const page = s.page;
    await open(page, 'depuis=abc,xyz');
    await expect.poll(() => page.locator('#notices').innerText(), POLL).toContain('depuis');
    expect(await page.locator('[data-testid=nearest-list]').count()).toBe(0);
    await searchAndChoose(page, 'Lens', 'Lens');
    await expect.poll(() => groupNames(page, 'filieris'), POLL).not.toHaveLength(0);
  });
});

describe('geolocation', () => {
  let context: BrowserContext | undefined;
  afterAll(async () => context?.close());

  test('granted at known coordinates: the nearest Filieris centre is the one computed here', async () => {
    // Arenberg (Wallers), a point a resident could stand on
    const at = { latitude: 50.3795, longitude: 3.4208 };
    context = await s.browser.newContext({
      geolocation: at,
      permissions: ['geolocation'],
      locale: 'fr-FR',
      viewport: { width: 1280, height: 800 },
    });
    await blockThirdParty(context);
    const page = await context.newPage();
    await page.goto(baseUrl());
    await page.getByRole('button', { name: 'Me localiser' }).click();
    const expected = nearestOf({ lat: at.latitude, lon: at.longitude }, FILIERIS_KINDS);
    await expect.poll(() => groupNames(page, 'filieris').then((n) => n[0]), POLL).toBe(expected.lieu.nom);
    await expect.poll(() => page.locator('.depuis').innerText(), POLL).toContain('Ma position');
    await context.close();
    context = undefined;
  });

  test('denied: a clear message, and the search remains', async () => {
    context = await s.browser.newContext({ permissions: [], locale: 'fr-FR' });
    await blockThirdParty(context);
    const page = await context.newPage();
    // the browser answers "denied" as a user who refuses would
    await page.addInitScript(DENY_GEOLOCATION);
    await page.goto(baseUrl());
    await page.getByRole('button', { name: 'Me localiser' }).click();
    await expect
      .poll(() => page.locator('#geoloc-message').innerText(), POLL)
      .toContain('Localisation refusée');
    await expect(page.locator('#recherche')).toBeDefined();
    expect(await page.locator('#recherche').isEditable()).toBe(true);
    await context.close();
    context = undefined;
  });
});

describe('address search through a local Base Adresse Nationale stub', () => {
  let stub: Server;
  let stubUrl = '';
  const requests: string[] = [];
  // an answer in the API's published GeoJSON format (FeatureCollection of Point features with label, score…)
  const address = {
    label: '1 Rue du Dispensaire 59135 Wallers',
    lon: 3.4296,
    lat: 50.3805,
  };

  beforeAll(async () => {
    stub = createServer((req, res) => {
      requests.push(req.url ?? '');
      const body = {
        type: 'FeatureCollection',
        version: 'draft',
        features: [
          {
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [address.lon, address.lat] },
            properties: {
              label: address.label,
              score: 0.93,
              housenumber: '1',
              id: '59632_0420_00001',
              name: '1 Rue du Dispensaire',
              postcode: '59135',
              citycode: '59632',
              x: 0,
              y: 0,
              city: 'Wallers',
              context: '59, Nord, Hauts-de-France',
              type: 'housenumber',
              importance: 0.5,
              street: 'Rue du Dispensaire',
            },
          },
        ],
        attribution: 'BAN',
        licence: 'ETALAB-2.0',
        query: new URL(req.url ?? '/', 'http://x').searchParams.get('q'),
        limit: 5,
      };
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      res.end(JSON.stringify(body));
    });
    await new Promise<void>((r) => stub.listen(0, '127.0.0.1', r));
    stubUrl = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => stub.close(() => r())));

  test('an address typed in the box is geocoded by the configured service and the list updates', async () => {
    const page = s.page;
    // the deployment's config.json points the geocoder at the local stub
    await page.route('**/config.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ geocoderUrl: stubUrl }) }),
    );
    await open(page);
    await page.locator('#recherche').fill('1 rue du dispensaire wallers');
    const option = page.locator('#recherche-options [role=option]', { hasText: address.label });
    await option.waitFor({ state: 'visible', timeout: 15_000 });
    expect(requests.some((r) => r.startsWith('/search/?q='))).toBe(true);
    await option.click();
    await expect.poll(() => page.locator('.depuis').innerText(), POLL).toContain(address.label);
    const expected = nearestOf(address, FILIERIS_KINDS);
    await expect.poll(() => groupNames(page, 'filieris').then((n) => n[0]), POLL).toBe(expected.lieu.nom);
  });

  test('when the geocoder cannot be reached, the commune named in the address is still found', async () => {
    const page = s.page;
    await page.route('**/config.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ geocoderUrl: 'http://127.0.0.1:9' }),
      }),
    );
    await open(page);
    await page.locator('#recherche').fill('12 rue Jean Jaurès Liévin');
    await expect
      .poll(() => page.locator('#recherche-options [role=option] .option-nom').allInnerTexts(), POLL)
      .toContain('Liévin');
  });
});

describe('without WebGL', () => {
  test('the map says it cannot be shown, and the finder still answers', async () => {
    const page = s.page;
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', {
        value(this: HTMLCanvasElement, type: string, options?: unknown) {
          if (/webgl/i.test(type)) return null;
          return original.call(this, type as '2d', options as CanvasRenderingContext2DSettings);
        },
      });
    });
    await open(page);
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.mapState), POLL)
      .toBe('unavailable');
    await expect.poll(() => page.locator('[role=alert]').innerText(), POLL).toContain('WebGL');
    await searchAndChoose(page, 'Condé', "Condé-sur-l'Escaut");
    await expect.poll(() => groupNames(page, 'msp').then((n) => n[0]), POLL).toBe(condeMsp?.nom);
  });
});

describe('accessibility', () => {
  test('the finder with results has no axe violation', async () => {
    const page = s.page;
    await open(page, 'depuis=commune:59153');
    await expect.poll(() => groupNames(page, 'msp'), POLL).not.toHaveLength(0);
    const { violations, message } = await checkA11y(page);
    expect(violations, message).toHaveLength(0);
    await screenshot(page, 'finder-conde-1280x800');
  });

  test('on a 375×667 phone, the nearest list is reachable and readable', async () => {
    const page = s.page;
    await page.setViewportSize({ width: 375, height: 667 });
    await open(page, 'depuis=commune:59153');
    await expect.poll(() => groupNames(page, 'msp'), POLL).not.toHaveLength(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'finder-conde-375x667');
  });
});
