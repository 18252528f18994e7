// End-to-end tests of the English interface (`lang=en`): the page, the finder,
// the switch between languages keeping the screen, the embed, and an unknown language.
// Expected labels are read from the catalogues (src/i18n/en.ts, fr.ts); distances from public/data with a
// haversine written for the tests (harness.ts).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import type { Cite, Lieu } from '../../src/schema.ts';
import { baseUrl, checkA11y, haversineKm, ROOT, readCommunes, useBrowser } from './harness.ts';

const s = useBrowser();
const POLL = { timeout: 30_000, interval: 200 };

const lieux = (JSON.parse(readFileSync(join(ROOT, 'public/data/lieux.json'), 'utf8')) as { lieux: Lieu[] })
  .lieux;
const cites = (JSON.parse(readFileSync(join(ROOT, 'public/data/cites.json'), 'utf8')) as { cites: Cite[] })
  .cites;
const conde = readCommunes().find((c) => c.insee === '59153');
const condeMsp = lieux.find((l) => l.id === 'msp-conde-pole-sante-pays-de-conde');

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const firstMsp = (page: Page) => page.locator('[data-testid=nearest-list] ol[data-groupe=msp] li').first();

describe('the English interface', () => {
  test('?lang=en: the page, the search and the nearest places are in English', async () => {
    if (!conde || !condeMsp) throw new Error('Condé or its pôle santé missing from the data');
    const page = s.page;
    await page.goto(baseUrl('?lang=en'), { waitUntil: 'domcontentloaded' });
    await expect.poll(() => htmlLang(page), POLL).toBe('en');
    expect(await page.title()).toBe(en.appTitle);
    await expect.poll(() => page.locator('h1').innerText(), POLL).toBe(en.appTitle);
    const box = page.getByRole('combobox', { name: en.search.label });
    await box.click();
    await box.pressSequentially('Condé', { delay: 30 });
    await page.locator('#recherche-options [role=option]', { hasText: "Condé-sur-l'Escaut" }).first().click();
    await expect.poll(() => firstMsp(page).locator('.resultat-titre').innerText(), POLL).toBe(condeMsp.nom);
    const km = haversineKm(conde, condeMsp);
    expect(await firstMsp(page).locator('.resultat-distance strong').innerText()).toBe(
      km < 1 ? 'less than 1 km' : `about ${Math.round(km)} km`,
    );
    await expect.poll(() => page.locator('#proches-titre').innerText(), POLL).toBe(en.nearest.heading);
    const { violations, message } = await checkA11y(page);
    expect(violations, message).toEqual([]);
  });

  test('a cité picked in English is the origin "<cité> (<commune>)", not the English detail line', async () => {
    const arenberg = cites.find((c) => c.nom === "Cité d'Arenberg");
    if (!arenberg) throw new Error("Cité d'Arenberg missing from cites.json");
    const page = s.page;
    await page.goto(baseUrl('?lang=en'), { waitUntil: 'domcontentloaded' });
    const box = page.getByRole('combobox', { name: en.search.label });
    await box.click();
    await box.pressSequentially('Arenberg', { delay: 30 });
    await page.locator('#recherche-options [role=option]', { hasText: 'Mining cité' }).first().click();
    await expect
      .poll(() => page.locator('p.depuis').innerText(), POLL)
      .toContain(en.nearest.from(`${arenberg.nom} (${arenberg.commune})`));
  });

  test('the header link switches language and keeps the screen (origin and all)', async () => {
    if (!condeMsp) throw new Error('Condé pôle santé missing from the data');
    const page = s.page;
    await page.goto(baseUrl('?depuis=commune:59153'), { waitUntil: 'domcontentloaded' });
    await expect.poll(() => firstMsp(page).locator('.resultat-titre').innerText(), POLL).toBe(condeMsp.nom);
    await page.getByRole('link', { name: 'English' }).click();
    await expect.poll(() => htmlLang(page), POLL).toBe('en');
    const url = new URL(page.url());
    expect(url.searchParams.get('lang')).toBe('en');
    expect(url.searchParams.get('depuis')).toBe('commune:59153');
    await expect.poll(() => page.locator('#proches-titre').innerText(), POLL).toBe(en.nearest.heading);
    await expect.poll(() => firstMsp(page).locator('.resultat-titre').innerText(), POLL).toBe(condeMsp.nom);
    await page.getByRole('link', { name: 'Français' }).click();
    await expect.poll(() => htmlLang(page), POLL).toBe('fr');
    await expect.poll(() => page.locator('#proches-titre').innerText(), POLL).toBe(fr.nearest.heading);
    expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
  });

  test('an embed with lang=en is in English and its full-map link keeps the language', async () => {
    const page = s.page;
    await page.goto(baseUrl('?embed=1&lang=en&territory=246200364'), { waitUntil: 'domcontentloaded' });
    await expect.poll(() => htmlLang(page), POLL).toBe('en');
    const link = page.getByRole('link', { name: new RegExp(en.embed.openFull) });
    await expect.poll(() => link.getAttribute('href'), POLL).toContain('lang=en');
    const { violations, message } = await checkA11y(page);
    expect(violations, message).toEqual([]);
  });

  test('when the English catalogue cannot be fetched, the page works in French and says so', async () => {
    const page = s.page;
    await page.route(/\/assets\/en-[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(baseUrl('?lang=en&depuis=commune:59153'), { waitUntil: 'domcontentloaded' });
    await expect
      .poll(() => page.locator('[role=status], [role=alert]').allInnerTexts(), POLL)
      .toEqual(expect.arrayContaining([expect.stringContaining(fr.notices.languageUnavailable)]));
    expect(await htmlLang(page)).toBe('fr');
    await expect.poll(() => page.locator('#proches-titre').innerText(), POLL).toBe(fr.nearest.heading);
  });

  test('an unknown language is ignored with a notice, and the page stays in French', async () => {
    const page = s.page;
    await page.goto(baseUrl('?lang=de'), { waitUntil: 'domcontentloaded' });
    await expect
      .poll(() => page.locator('[role=status], [role=alert]').allInnerTexts(), POLL)
      .toEqual(expect.arrayContaining([expect.stringContaining(fr.notices.invalidParam('lang', 'de'))]));
    expect(await htmlLang(page)).toBe('fr');
    await expect.poll(() => page.locator('h1').innerText(), POLL).toBe(fr.appTitle);
  });
});
