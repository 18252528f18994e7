// End-to-end tests of what a resident meets first: open places before planned ones, no absurd walking
// times, honest hints when our inventory is partial, the address search without network, a geolocated
// position kept private in shared links, « Copier le lien », « Signaler une erreur », and the small
// accessibility details (focus, Escape, target sizes, the map's controls in the page's language).
// Expected places and distances are computed here from public/data/*.json with the harness's haversine.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { Lieu } from '../../src/schema.ts';
import {
  baseUrl,
  blockThirdParty,
  checkA11y,
  DENY_GEOLOCATION,
  haversineKm,
  ROOT,
  readCommunes,
  useBrowser,
} from './harness.ts';

const s = useBrowser({ viewport: { width: 420, height: 900 } });
const POLL = { timeout: 30_000, interval: 200 };

const lieux = (JSON.parse(readFileSync(join(ROOT, 'public/data/lieux.json'), 'utf8')) as { lieux: Lieu[] })
  .lieux;
const communes = readCommunes();
const FILIERIS_KINDS = ['filieris_centre_sante', 'filieris_dentaire', 'filieris_autre'];

function commune(insee: string) {
  const c = communes.find((x) => x.insee === insee);
  if (!c) throw new Error(`commune ${insee} not in communes.json`);
  return c;
}

/** Places of some kinds with some statuses, nearest first, by brute force. */
function ranked(from: { lat: number; lon: number }, kinds: string[], statuses: Lieu['status'][]) {
  return lieux
    .filter((l) => kinds.includes(l.kind) && statuses.includes(l.status))
    .map((l) => ({ lieu: l, km: haversineKm(from, l) }))
    .sort((a, b) => a.km - b.km);
}

async function open(page: Page, query = ''): Promise<void> {
  await page.goto(baseUrl(query ? `?${query}` : ''), { waitUntil: 'domcontentloaded' });
}

const firstOf = (page: Page, group: string) =>
  page.locator(`[data-testid=nearest-list] ol[data-groupe=${group}] li`).first();

describe('open places first', () => {
  test('from Lens, the first Filieris centre listed is an open one and the planned Bollaert centre is under « Bientôt »', async () => {
    const lens = commune('62498');
    const bollaert = lieux.find((l) => l.id === 'filieris-cs-lens-bollaert');
    expect(bollaert?.status, 'Bollaert is planned in lieux.json').toBe('planned');
    const expected = ranked(lens, FILIERIS_KINDS, ['open', 'unknown'])[0];
    expect(expected).toBeDefined();
    const page = s.page;
    await open(page, 'depuis=commune:62498');
    const first = firstOf(page, 'filieris');
    await expect.poll(() => first.locator('.resultat-titre').innerText(), POLL).toBe(expected?.lieu.nom);
    expect(expected?.lieu.status).not.toBe('planned');
    const soon = page.locator('[data-testid=bientot-filieris]');
    await expect.poll(() => soon.innerText(), POLL).toContain('Bientôt');
    expect(await soon.innerText()).toContain(bollaert?.nom ?? '?');
    expect(await soon.innerText()).toContain('En projet');
    // the planned centre is not in the list of places one can go to
    const available = await page
      .locator('[data-testid=nearest-list] ol[data-groupe=filieris] .resultat-titre')
      .allInnerTexts();
    expect(available).not.toContain(bollaert?.nom);
  });
});

describe('no absurd estimates', () => {
  test('a result more than 40 km away shows no walking time, and its directions are by car', async () => {
    // Calais is far from every Filieris centre of the inventory
    const calais = commune('62193');
    const nearest = ranked(calais, FILIERIS_KINDS, ['open', 'unknown'])[0];
    expect(nearest?.km, 'nearest Filieris centre from Calais, km').toBeGreaterThan(40);
    const page = s.page;
    await open(page, 'depuis=commune:62193&types=filieris');
    const first = firstOf(page, 'filieris');
    await expect.poll(() => first.locator('.resultat-titre').innerText(), POLL).toBe(nearest?.lieu.nom);
    const times = await first.locator('[data-testid=temps]').innerText();
    expect(times).toContain('trop loin à pied');
    expect(times).not.toMatch(/\d+ (min|h)[^·]*à pied/);
    expect(await first.locator('.resultat-liens a[data-mode]').getAttribute('href')).toContain(
      'engine=fossgis_osrm_car',
    );
    expect(await first.locator('.resultat-liens a[data-mode]').innerText()).toContain('en voiture');
  });

  test('when the nearest place is far, the list says our inventory is partial and links the official directories', async () => {
    const page = s.page;
    await open(page, 'depuis=commune:62193&types=filieris');
    const hint = page.locator('[data-testid=inventaire-partiel]');
    await expect.poll(() => hint.innerText(), POLL).toContain('inventaire est partiel');
    const hrefs = await hint.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const calais = commune('62193');
    expect(hrefs).toContain(
      `https://www.sante.fr/recherche/trouver/M%C3%A9decin%20g%C3%A9n%C3%A9raliste/${encodeURIComponent(`${calais.postcodes[0]} ${calais.nom}`)}`,
    );
    expect(hrefs).toContain('https://annuairesante.ameli.fr/');
    // the links open in a new tab; the page itself asked nothing of these sites
    expect(await hint.locator('a[target=_blank]').count()).toBe(2);
    expect(s.blocked.filter((u) => /sante\.fr|ameli/.test(u))).toEqual([]);
  });
});

describe('address search without network', () => {
  test('offline: the message appears at once, the typed street stays, local results still work', async () => {
    const page = s.page;
    await open(page);
    await page.locator('#recherche').waitFor();
    await expect
      .poll(() => page.evaluate(() => Boolean(window.__carte?.store.getState().data)), POLL)
      .toBe(true);
    await s.context.setOffline(true);
    await page.locator('#recherche').fill('12 rue Jean Jaurès Liévin');
    await expect
      .poll(() => page.locator('[data-testid=adresse-statut]').innerText(), { timeout: 1000, interval: 50 })
      .toBe('Recherche d’adresse indisponible hors connexion : choisissez votre commune.');
    expect(await page.locator('#recherche').inputValue()).toBe('12 rue Jean Jaurès Liévin');
    await expect
      .poll(() => page.locator('#recherche-options [role=option] .option-nom').allInnerTexts(), POLL)
      .toContain('Liévin');
    await s.context.setOffline(false);
  });

  test('geocoder unreachable: the message says so and the commune is still offered', async () => {
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
      .poll(() => page.locator('[data-testid=adresse-statut]').innerText(), POLL)
      .toContain('Le service d’adresses ne répond pas');
    expect(await page.locator('#recherche-options [role=option] .option-nom').allInnerTexts()).toContain(
      'Liévin',
    );
  });
});

describe('privacy and sharing', () => {
  const at = { latitude: 50.3795, longitude: 3.4208 }; // Arenberg (Wallers)

  test('a geolocated origin leaves no exact coordinates in the URL unless « partager ma position exacte »', async () => {
    const context = await s.browser.newContext({
      geolocation: at,
      permissions: ['geolocation'],
      locale: 'fr-FR',
      viewport: { width: 420, height: 900 },
    });
    await blockThirdParty(context);
    const page = await context.newPage();
    try {
      await page.goto(baseUrl());
      const button = page.getByRole('button', { name: 'Me localiser' });
      await button.click();
      await page.locator('[data-testid=nearest-list] li').first().waitFor();
      // the ≈ 500 m cell's centre, computed here: steps of 0.0045° of latitude and 0.007° of longitude
      const coarse = (v: number, step: number) => ((Math.floor(v / step) + 0.5) * step).toFixed(5);
      const depuis = () => new URL(page.url()).searchParams.get('depuis') ?? '';
      await expect.poll(depuis, POLL).toMatch(/^50\./);
      const [lat, lon] = depuis().split(',').map(Number);
      expect(lat?.toFixed(5)).toBe(coarse(at.latitude, 0.0045));
      expect(lon?.toFixed(5)).toBe(coarse(at.longitude, 0.007));
      expect(page.url()).not.toContain('3.4208');
      expect(page.url()).not.toContain('50.3795');
      // the focus stayed on the button after success
      expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
      await expect
        .poll(() => page.locator('[data-testid=precision-partage]').innerText(), POLL)
        .toContain('500 m');
      await page.getByLabel('Partager ma position exacte').check();
      await expect.poll(depuis, POLL).toMatch(/^50\.3795,3\.4208/);
    } finally {
      await context.close();
    }
  });

  test('« Me localiser » refused: the message is read and the focus stays on the button', async () => {
    const page = s.page;
    await page.addInitScript(DENY_GEOLOCATION);
    await open(page);
    const button = page.getByRole('button', { name: 'Me localiser' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#geoloc-message').innerText(), POLL)
      .toContain('Localisation refusée');
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
  });

  test('« Copier le lien » copies the link of the screen and says so', async () => {
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseUrl()).origin,
    });
    const page = s.page;
    await open(page, 'depuis=commune:62498');
    await page.locator('[data-testid=nearest-list] li').first().waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get('depuis'), POLL).toBe('commune:62498');
    await page.getByRole('button', { name: 'Copier le lien' }).click();
    await expect
      .poll(() => page.locator('[data-testid=copie-statut]').innerText(), POLL)
      .toBe('Lien copié dans le presse-papiers.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).searchParams.get('depuis')).toBe('commune:62498');
    expect(new URL(copied).pathname).toBe(new URL(page.url()).pathname);
  });

  test('inside an embed, « Copier le lien » copies the full map’s link (no embed parameter)', async () => {
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseUrl()).origin,
    });
    const page = s.page;
    await open(page, 'embed=1&depuis=commune:59632');
    // a narrow frame starts with its panel folded: unfold it as a person would
    await page.locator('.embed-bascule').click();
    await page.getByRole('button', { name: 'Copier le lien' }).click();
    await expect
      .poll(() => page.locator('[data-testid=copie-statut]').innerText(), POLL)
      .toContain('Lien copié');
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.searchParams.get('embed')).toBeNull();
    expect(copied.searchParams.get('depuis')).toBe('commune:59632');
  });
});

describe('report an error', () => {
  test('with a template in config.json, each result and the details panel link to it with the place id', async () => {
    const page = s.page;
    await page.route('**/config.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          geocoderUrl: null,
          reportUrlTemplate: 'mailto:carte@example.org?subject=Erreur%20{id}&body={nom}',
        }),
      }),
    );
    await open(page, 'depuis=commune:62498');
    const first = firstOf(page, 'filieris');
    await first.waitFor();
    const id = await first.getAttribute('data-lieu-id');
    const href = await first.locator('[data-testid=signaler]').getAttribute('href');
    expect(href).toContain(`subject=Erreur%20${id}`);
    await first.locator('.resultat-nom').click();
    const inPanel = page.locator('#details [data-testid=signaler-details]');
    await expect.poll(() => inPanel.getAttribute('href'), POLL).toContain(`subject=Erreur%20${id}`);
  });

  test('without a template, no report link is shown', async () => {
    const page = s.page;
    await open(page, 'depuis=commune:62498');
    await page.locator('[data-testid=nearest-list] li').first().waitFor();
    expect(await page.locator('[data-testid=signaler]').count()).toBe(0);
  });
});

describe('accessibility details', () => {
  test('links under each result are at least 24 × 24 px, and axe-core finds no violation', async () => {
    const page = s.page;
    await open(page, 'depuis=commune:62498');
    await page.locator('[data-testid=nearest-list] li').first().waitFor();
    const boxes = await page
      .locator('[data-testid=nearest-list] .resultat-liens a, [data-testid=inventaire-partiel] a')
      .evaluateAll((as) =>
        as.map((a) => a.getBoundingClientRect()).map((r) => ({ w: r.width, h: r.height })),
      );
    expect(boxes.length).toBeGreaterThan(3);
    for (const b of boxes) {
      expect(b.h).toBeGreaterThanOrEqual(24);
      expect(b.w).toBeGreaterThanOrEqual(24);
    }
    const { violations, message } = await checkA11y(page, '.panneau');
    expect(violations, message).toEqual([]);
  });

  test('Escape closes the details panel and leaves the search box as it is', async () => {
    const page = s.page;
    await open(page);
    const box = page.locator('#recherche');
    await box.fill('Liévin');
    const option = page.locator('#recherche-options [role=option]', { hasText: 'Liévin' }).first();
    await option.click();
    await page.locator('[data-testid=nearest-list] li .resultat-nom').first().click();
    await page.locator('#details h2').waitFor();
    await box.focus();
    // focusing the box reopens its suggestions: the first Escape closes them (combobox rule), the next the panel
    await expect.poll(() => box.getAttribute('aria-expanded'), POLL).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => box.getAttribute('aria-expanded'), POLL).toBe('false');
    expect(await page.locator('#details').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#details').count(), POLL).toBe(0);
    expect(await box.inputValue()).toBe('Liévin');
    // and from inside the panel too
    await page.locator('[data-testid=nearest-list] li .resultat-nom').first().click();
    await page.locator('#details h2').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#details').count(), POLL).toBe(0);
    expect(await box.inputValue()).toBe('Liévin');
  });

  test('the map’s zoom buttons are named in the page’s language', async () => {
    const page = s.page;
    await open(page, 'lang=en');
    await expect
      .poll(() => page.locator('.maplibregl-ctrl-zoom-in').getAttribute('aria-label'), { timeout: 120_000 })
      .toBe('Zoom in');
    await open(page);
    await expect
      .poll(() => page.locator('.maplibregl-ctrl-zoom-in').getAttribute('aria-label'), { timeout: 120_000 })
      .toBe('Zoom avant');
    expect(await page.locator('.maplibregl-ctrl-zoom-out').getAttribute('aria-label')).toBe('Zoom arrière');
  });
});
