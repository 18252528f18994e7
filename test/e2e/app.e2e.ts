// End-to-end tests of the map app, on the built site, in Chromium with software WebGL.
// Expected names and places are read from public/data/lieux.json, never copied from the app's output.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { MAP_LAYERS, type MapLayerId, TOGGLE_LAYERS } from '../../src/map/layers.ts';
import type { Lieu } from '../../src/schema.ts';
import { DEFAULT_TOGGLES, TOGGLES } from '../../src/state/vocabulary.ts';
import {
  baseUrl,
  checkA11y,
  MAP_TIMEOUT,
  mapRendered,
  ROOT,
  renderedCount,
  screenshot,
  useBrowser,
  waitForMapIdle,
  waitForMapState,
} from './harness.ts';

const s = useBrowser();
const POLL = { timeout: 30_000, interval: 250 };
/** Toggles of the four kinds of care places, and the map layer of each. */
const LIEU_LAYER_OF_GROUP: Record<string, MapLayerId> = {
  filieris: MAP_LAYERS.lieuxFilieris,
  pharmacie: MAP_LAYERS.lieuxPharmacie,
  msp: MAP_LAYERS.lieuxMsp,
  cs: MAP_LAYERS.lieuxCs,
};
const GROUP_OF_KIND: Record<string, string> = {
  filieris_centre_sante: 'filieris',
  filieris_dentaire: 'filieris',
  filieris_autre: 'filieris',
  filieris_pharmacie: 'pharmacie',
  msp: 'msp',
  centre_sante_autre: 'cs',
};
const CONDE_ID = 'msp-conde-pole-sante-pays-de-conde';

let lieux: Lieu[] = [];
/** The place the tests click and select: the Condé pôle santé when it is open and alone at its spot, else another one. */
let lieu: Lieu;

beforeAll(() => {
  const file = join(ROOT, 'public', 'data', 'lieux.json');
  lieux = (JSON.parse(readFileSync(file, 'utf8')) as { lieux: Lieu[] }).lieux;
  const usable = (l: Lieu) =>
    l.status === 'open' &&
    DEFAULT_TOGGLES.includes(GROUP_OF_KIND[l.kind] as (typeof DEFAULT_TOGGLES)[number]) &&
    // nothing else within ~60 m, so that a click on it hits it alone
    !lieux.some((o) => o.id !== l.id && Math.abs(o.lon - l.lon) < 0.0009 && Math.abs(o.lat - l.lat) < 0.0006);
  const conde = lieux.find((l) => l.id === CONDE_ID);
  const picked = conde && usable(conde) ? conde : lieux.find(usable);
  if (!picked) throw new Error(`no open, precisely located, isolated care place in ${file}`);
  lieu = picked;
});

// ---------- helpers over the page ----------

const url = (query = '') => baseUrl(query ? `?${query}` : '');
const view = (l: Pick<Lieu, 'lat' | 'lon'>, zoom: number) => `carte=${zoom}/${l.lat}/${l.lon}`;

async function open(page: Page, query = ''): Promise<void> {
  await page.goto(url(query), { waitUntil: 'domcontentloaded' });
  await waitForMapIdle(page);
}

/** How many features of these layers the map has drawn in the viewport. */
/** Page coordinates of a longitude/latitude on the map. */
function pixelOf(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([lon, lat]) => {
      const map = window.__carte?.map as MapLibreMap | undefined;
      if (!map) throw new Error('window.__carte.map is missing');
      const p = map.project([lon, lat]);
      const r = map.getCanvas().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    },
    [lon, lat] as [number, number],
  );
}

function mapView(page: Page): Promise<{ zoom: number; lat: number; lon: number }> {
  return page.evaluate(() => {
    const map = window.__carte?.map as MapLibreMap | undefined;
    if (!map) throw new Error('window.__carte.map is missing');
    const c = map.getCenter();
    return { zoom: map.getZoom(), lat: c.lat, lon: c.lng };
  });
}

const checkedToggles = (page: Page) =>
  page
    .locator('input[type=checkbox][name=couche]:checked')
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value).sort());
const detailsHeading = (page: Page) => page.locator('section#details h2');
const listButton = (page: Page, id: string) => page.locator(`section#liste [data-lieu-id="${id}"]`);

// ---------- tests ----------

describe('loading', () => {
  test('the map reaches idle with the default view', async () => {
    await page().goto(url(), { waitUntil: 'domcontentloaded' });
    expect(await waitForMapState(page(), ['idle', 'error', 'unavailable'])).toBe('idle');
  });

  test('the page makes no third-party request', async () => {
    await open(page());
    expect(s.blocked).toEqual([]);
  });

  test('the page logs no console error', async () => {
    await open(page());
    expect(s.errors).toEqual([]);
  });

  test.each(TOGGLES)('layer "%s" draws features when it is the only one ticked', async (toggle) => {
    await open(page(), `couches=${toggle}`);
    expect(await checkedToggles(page())).toEqual([toggle]);
    expect(await renderedCount(page(), TOGGLE_LAYERS[toggle])).toBeGreaterThan(0);
  });
});

describe('care places', () => {
  test('clicking a place on the map opens its details panel with its name', async () => {
    await open(page(), view(lieu, 16));
    const { x, y } = await pixelOf(page(), lieu.lon, lieu.lat);
    await page().mouse.click(x, y);
    await expect.poll(() => detailsHeading(page()).textContent(), POLL).toBe(lieu.nom);
  });

  test('Enter on a place of the text list opens its details panel', async () => {
    await open(page(), view(lieu, 14));
    const button = listButton(page(), lieu.id);
    await button.focus();
    await page().keyboard.press('Enter');
    await expect.poll(() => detailsHeading(page()).textContent(), POLL).toBe(lieu.nom);
  });

  test('Escape closes the details panel', async () => {
    await open(page(), `${view(lieu, 14)}&sel=lieu:${lieu.id}`);
    await expect.poll(() => detailsHeading(page()).isVisible(), POLL).toBe(true);
    await page().keyboard.press('Escape');
    await expect.poll(() => page().locator('section#details').isVisible(), POLL).toBe(false);
  });

  test('the search box finds a place by name and opens it', async () => {
    await open(page());
    await page().locator('input#recherche').fill(lieu.nom);
    const option = page().locator('#recherche-options [role=option]', { hasText: lieu.nom }).first();
    await option.waitFor({ state: 'visible' });
    await option.click();
    await expect.poll(() => detailsHeading(page()).textContent(), POLL).toBe(lieu.nom);
  });

  test('unticking a kind of place hides its markers and keeps the others', async () => {
    const group = GROUP_OF_KIND[lieu.kind]!;
    const layer = LIEU_LAYER_OF_GROUP[group]!;
    const other = Object.values(LIEU_LAYER_OF_GROUP).filter((l) => l !== layer);
    await open(page());
    expect(await renderedCount(page(), [layer])).toBeGreaterThan(0);
    const othersBefore = await renderedCount(page(), other);
    await page().locator(`input[type=checkbox][name=couche][value="${group}"]`).uncheck();
    await mapRendered(page());
    expect(await renderedCount(page(), [layer])).toBe(0);
    expect(await renderedCount(page(), other)).toBe(othersBefore);
  });
});

describe('shareable URL', () => {
  test('a URL with view, layers and selection opens that state', async () => {
    await open(page(), `${view(lieu, 13)}&couches=msp,communes&sel=lieu:${lieu.id}`);
    expect(await checkedToggles(page())).toEqual(['communes', 'msp']);
    await expect.poll(() => detailsHeading(page()).textContent(), POLL).toBe(lieu.nom);
    const v = await mapView(page());
    expect(v.zoom).toBeCloseTo(13, 1);
    expect(v.lat).toBeCloseTo(lieu.lat, 3);
    expect(v.lon).toBeCloseTo(lieu.lon, 3);
  });

  test('the state reached through the interface is restored from the page URL after a reload', async () => {
    await open(page(), view(lieu, 13));
    await page().locator('input[type=checkbox][name=couche][value="cls"]').uncheck();
    await page().locator('input[type=checkbox][name=couche][value="communes"]').check();
    await listButton(page(), lieu.id).click();
    await expect.poll(() => detailsHeading(page()).textContent(), POLL).toBe(lieu.nom);
    await expect.poll(() => new URL(page().url()).searchParams.get('sel'), POLL).toBe(`lieu:${lieu.id}`);
    const before = { toggles: await checkedToggles(page()), view: await mapView(page()) };
    const shared = page().url();

    await page().goto('about:blank');
    await open(page(), new URL(shared).search.slice(1));
    expect(await checkedToggles(page())).toEqual(before.toggles);
    await expect.poll(() => detailsHeading(page()).textContent(), POLL).toBe(lieu.nom);
    const after = await mapView(page());
    expect(after.zoom).toBeCloseTo(before.view.zoom, 1);
    expect(after.lat).toBeCloseTo(before.view.lat, 3);
    expect(after.lon).toBeCloseTo(before.view.lon, 3);
  });

  test.each([
    ['carte', 'carte=abc'],
    ['couches', 'couches=foo,bar'],
    ['sel (malformed)', 'sel=bidule:1'],
    ['sel (unknown place)', 'sel=lieu:lieu-qui-n-existe-pas'],
  ])('an invalid %s parameter shows a notice and the app still works', async (_name, query) => {
    await open(page(), query);
    await expect.poll(() => page().locator('#notices').textContent(), POLL).toMatch(/\S/);
    await listButton(page(), lieux.find((l) => l.status === 'open')?.id ?? lieu.id)
      .first()
      .click();
    await expect.poll(() => detailsHeading(page()).isVisible(), POLL).toBe(true);
  });
});

describe('accessibility (axe-core, WCAG 2.1 A/AA)', () => {
  test('the main view has no violation', async () => {
    await open(page());
    const { violations, message } = await checkA11y(page());
    expect(violations, message).toEqual([]);
  });

  test('the view with the details panel open has no violation', async () => {
    await open(page(), `${view(lieu, 14)}&sel=lieu:${lieu.id}`);
    await expect.poll(() => detailsHeading(page()).textContent(), POLL).toBe(lieu.nom);
    const { violations, message } = await checkA11y(page());
    expect(violations, message).toEqual([]);
  });
});

describe('a missing tile archive', () => {
  const missing = async () => {
    await page().route('**/tiles/sante.pmtiles', (route) =>
      route.fulfill({ status: 404, body: 'not found' }),
    );
    await page().goto(url(), { waitUntil: 'domcontentloaded' });
  };

  test('shows an alert naming the file', async () => {
    await missing();
    await expect
      .poll(() => page().locator('[role=alert]').allInnerTexts(), { ...POLL, timeout: MAP_TIMEOUT })
      .toEqual(expect.arrayContaining([expect.stringContaining('sante.pmtiles')]));
  });

  test('the text list still opens a place', async () => {
    await missing();
    await listButton(page(), lieu.id).click({ timeout: MAP_TIMEOUT });
    await expect.poll(() => detailsHeading(page()).textContent(), POLL).toBe(lieu.nom);
  });

  test('the search still finds a place', async () => {
    await missing();
    await page().locator('input#recherche').fill(lieu.nom, { timeout: MAP_TIMEOUT });
    await expect
      .poll(() => page().locator('#recherche-options [role=option]').allInnerTexts(), POLL)
      .toEqual(expect.arrayContaining([expect.stringContaining(lieu.nom)]));
  });
});

describe('a communes file with a broken row', () => {
  test('the alert names the row and the other communes are still found', async () => {
    const file = JSON.parse(readFileSync(join(ROOT, 'public', 'data', 'communes.json'), 'utf8')) as {
      columns: { insee: string[]; nom: string[]; population: unknown[] };
    };
    const row = file.columns.nom.indexOf('Liévin');
    expect(row, 'Liévin in communes.json').toBeGreaterThanOrEqual(0);
    file.columns.population[row] = 'beaucoup';
    await page().route('**/data/communes.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(file) }),
    );
    await page().goto(url(), { waitUntil: 'domcontentloaded' });
    await expect
      .poll(() => page().locator('[role=alert]').allInnerTexts(), POLL)
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(
            new RegExp(
              `Une ligne invalide.*communes\\.json.*ligne ${row + 1} \\(${file.columns.insee[row]}\\) : population invalide`,
              's',
            ),
          ),
        ]),
      );
    const input = page().locator('input#recherche');
    const options = page().locator('#recherche-options [role=option]');
    await input.fill('Lens');
    await expect
      .poll(() => options.allInnerTexts(), POLL)
      .toEqual(expect.arrayContaining([expect.stringMatching(/^Lens\b/)]));
    // the rejected commune is not offered (nor invented), the neighbouring ones are
    await input.fill('Liévin');
    await expect.poll(() => options.allInnerTexts(), POLL).not.toEqual([]);
    expect((await options.allInnerTexts()).some((t) => /^Liévin\b/.test(t))).toBe(false);
  });
});

describe('screenshots', () => {
  test('desktop 1280×800: map, legend and search are on screen', async () => {
    await page().setViewportSize({ width: 1280, height: 800 });
    await open(page(), `sel=lieu:${lieu.id}`);
    await expect.poll(() => detailsHeading(page()).isVisible(), POLL).toBe(true);
    const file = await screenshot(page(), 'desktop-1280x800');
    expect(statSync(file).size).toBeGreaterThan(10_000);
    for (const sel of ['input#recherche', 'input[name=couche]', 'canvas.maplibregl-canvas']) {
      expect(await page().locator(sel).first().isVisible(), sel).toBe(true);
    }
  });

  test('mobile 375×667: no horizontal scrolling, the search box fits the width, the map has a usable size', async () => {
    await page().setViewportSize({ width: 375, height: 667 });
    await open(page());
    const file = await screenshot(page(), 'mobile-375x667');
    expect(existsSync(file)).toBe(true);
    expect(await page().evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const search = await page().locator('input#recherche').boundingBox();
    expect(search && search.x >= 0 && search.x + search.width <= 375).toBe(true);
    const canvas = await page().locator('canvas.maplibregl-canvas').boundingBox();
    expect(canvas && canvas.width > 200 && canvas.height > 200).toBe(true);
  });
});

function page(): Page {
  return s.page;
}
