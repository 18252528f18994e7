// End-to-end tests of the text list of every place (section#liste), which waits for the first answer: on a phone
// it is below the finder, and rendering it with the data took the main thread from the resident's first answer.
// It comes after the first answer, when it is scrolled or skipped to, or after a quiet moment. Labels come from
// the catalogue (src/i18n/fr.ts).

import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { fr } from '../../src/i18n/fr.ts';
import { baseUrl, DENY_GEOLOCATION, searchAndChoose, useBrowser } from './harness.ts';

const s = useBrowser({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
const POLL = { timeout: 30_000, interval: 100 };

const items = (page: Page) => page.locator('section#liste ul.liste-lieux > li [data-lieu-id]').count();

/** The count the list's summary announces: « Lieux de soin (N) ». */
async function announced(page: Page): Promise<number> {
  const text = (await page.locator('section#liste > details > summary').first().textContent()) ?? '';
  const m = new RegExp(`^${fr.list.lieux} \\((\\d+)\\)$`).exec(text.trim());
  if (!m) throw new Error(`unexpected summary: ${text}`);
  return Number(m[1]);
}

async function openWithData(page: Page) {
  await page.addInitScript(DENY_GEOLOCATION);
  await page.goto(baseUrl(), { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => performance.getEntriesByName('carte:search-ready').length > 0, null, {
    timeout: 30_000,
    polling: 20,
  });
}

describe('the list of every place waits for the first answer', () => {
  test('with the data in, the list is announced but not yet rendered; the first answer brings it whole', async () => {
    const page = s.page;
    await openWithData(page);
    const n = await announced(page);
    expect(n).toBeGreaterThan(0);
    // well before the quiet time (1.5 s after the data) and with the list below the screen
    expect(await items(page)).toBe(0);
    await searchAndChoose(page, 'Condé', "Condé-sur-l'Escaut");
    await page.locator('[data-testid=nearest-list] li').first().waitFor();
    await expect.poll(() => items(page), POLL).toBe(n);
  });

  test('the skip link « Aller à la liste des lieux », by keyboard, brings the list without any answer', async () => {
    const page = s.page;
    await openWithData(page);
    const n = await announced(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(fr.skipToList);
    await page.keyboard.press('Enter');
    await expect.poll(() => items(page), POLL).toBe(n);
  });

  test('a page left quiet renders it on its own', async () => {
    const page = s.page;
    await openWithData(page);
    const n = await announced(page);
    await expect.poll(() => items(page), POLL).toBe(n);
  });
});
