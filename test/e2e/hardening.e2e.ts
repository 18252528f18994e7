// Hardening of the app (issue 11): Trusted Types, links from data, CSV formula injection, unknown codes in
// the URL. Hostile data is served by rewriting the built data files on their way to the page (context.route),
// as a compromised or mistaken data file would arrive. Expected values come from public/data/*.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fr } from '../../src/i18n/fr.ts';
import type { Epci, Lieu } from '../../src/schema.ts';
import { baseUrl, ROOT, useBrowser, waitForMapIdle } from './harness.ts';
import type { StaticServer } from './server.mjs';
import { serveSite } from './site.mjs';

const s = useBrowser();
const POLL = { timeout: 30_000, interval: 200 };

const readData = <T>(name: string): T =>
  JSON.parse(readFileSync(join(ROOT, `public/data/${name}.json`), 'utf8')) as T;
const lieux = readData<{ lieux: Lieu[] }>('lieux').lieux;
const LENS_LIEVIN = '246200364';
const lensEpci = readData<{ epci: Epci[] }>('epci').epci.find((e) => e.siren === LENS_LIEVIN) as Epci;

/** Serves `name.json` with `edit` applied to its parsed content, for every page of the test's context. */
async function serveEdited<T>(page: Page, name: string, edit: (json: T) => void): Promise<void> {
  await page.context().route(
    (url) => url.pathname.endsWith(`/data/${name}.json`),
    async (route) => {
      const response = await route.fetch();
      const json = (await response.json()) as T;
      edit(json);
      await route.fulfill({ response, json });
    },
  );
}

// ---------- Trusted Types ----------

/**
 * The strictest policy that works (docs/EMBED.md): the app's CSP plus Trusted Types required for every
 * script sink, with one allowed policy name, `default` (src/security/trusted_script_urls.ts).
 */
const TT_POLICY =
  "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'; " +
  "require-trusted-types-for 'script'; trusted-types default";

describe('Trusted Types', () => {
  let ttSite: StaticServer;
  beforeAll(async () => {
    const distDir = process.env.E2E_DIST_DIR ? join(ROOT, process.env.E2E_DIST_DIR) : join(ROOT, 'dist');
    ttSite = await serveSite({ distDir, snapshot: true, headers: { 'Content-Security-Policy': TT_POLICY } });
  });
  afterAll(async () => ttSite?.close());

  test('with Trusted Types required, the map starts (its worker runs), the offline copy registers and nothing is refused', async () => {
    const page = s.page;
    await s.context.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__csp.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`),
      );
    });
    for (const query of ['', '?mode=couverture&lang=en']) {
      await page.goto(`${ttSite.url}${query}`, { waitUntil: 'domcontentloaded' });
      await waitForMapIdle(page);
      // the offline copy registers too (its URL goes through the same policy), after the map is idle
      await expect
        .poll(
          () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined),
          {
            timeout: 20_000,
          },
        )
        .toBe(true);
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), query).toEqual([]);
    }
    const header = (await fetch(ttSite.url)).headers.get('content-security-policy');
    expect(header).toBe(TT_POLICY);
    // the policy is in force: a string given to an HTML sink is refused
    const sink = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return 'accepted';
      } catch {
        return 'refused';
      }
    });
    expect(sink).toBe('refused');
    expect(s.errors.filter((e) => !e.includes('TrustedHTML'))).toEqual([]);
  });
});

// ---------- links from data ----------

const HOSTILE_URL = 'javascript:alert(document.domain)';
const javascriptLinks = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('a[href]')]
      .filter(
        (a) => !['http:', 'https:', 'geo:', 'tel:', 'mailto:'].includes((a as HTMLAnchorElement).protocol),
      )
      .map((a) => a.getAttribute('href')),
  );

describe('links from data', () => {
  test('a javascript: source URL in the data files is shown as text, never as a link', async () => {
    const page = s.page;
    await serveEdited<{ lieux: Lieu[] }>(page, 'lieux', (json) => {
      for (const l of json.lieux) l.source_url = HOSTILE_URL;
    });
    await serveEdited<{ epci: Epci[] }>(page, 'epci', (json) => {
      for (const e of json.epci) e.cls_source = HOSTILE_URL;
    });
    const place = lieux.find((l) => l.status === 'open' && l.commune_insee === '62498') ?? lieux[0]!;
    // the details panel of a place
    await page.goto(baseUrl(`?sel=lieu:${place.id}`), { waitUntil: 'domcontentloaded' });
    await expect.poll(() => page.locator('section#details h2').textContent(), POLL).toBe(place.nom);
    await expect.poll(() => page.locator('section#details').innerText(), POLL).toContain(HOSTILE_URL);
    expect(await javascriptLinks(page)).toEqual([]);
    // the details panel of an EPCI (its CLS source)
    await page.goto(baseUrl(`?sel=epci:${LENS_LIEVIN}`), { waitUntil: 'domcontentloaded' });
    await expect.poll(() => page.locator('section#details h2').textContent(), POLL).toBe(lensEpci.nom);
    await expect.poll(() => page.locator('section#details').innerText(), POLL).toContain(HOSTILE_URL);
    expect(await javascriptLinks(page)).toEqual([]);
    // the nearest places from Lens
    await page.goto(baseUrl('?depuis=commune:62498'), { waitUntil: 'domcontentloaded' });
    await page.locator('[data-testid=nearest-list] .resultat').first().waitFor();
    await expect
      .poll(() => page.locator('[data-testid=nearest-list]').innerText(), POLL)
      .toContain(HOSTILE_URL);
    expect(await javascriptLinks(page)).toEqual([]);
  });
});

// ---------- CSV formula injection ----------

describe('CSV export', () => {
  test('a place name starting with = is written as inert text in the downloaded CSV', async () => {
    const page = s.page;
    const FORMULA = '=HYPERLINK("http://evil.example","clic")';
    await serveEdited<{ lieux: Lieu[] }>(page, 'lieux', (json) => {
      for (const l of json.lieux) l.nom = FORMULA;
    });
    await page.goto(baseUrl(`?mode=couverture&territoire=epci:${LENS_LIEVIN}`), {
      waitUntil: 'domcontentloaded',
    });
    await page.locator('[data-testid=chiffres-cles]').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger le tableau (CSV)' }).click(),
    ]);
    const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    // the French interface writes `;` between fields (the name holds commas, no semicolon)
    const rows = text.split('\r\n').filter((l) => l.startsWith('commune;'));
    expect(rows.length).toBeGreaterThan(0);
    // by hand: the apostrophe, then RFC 4180 quoting of the name (column 9, lieu_le_plus_proche)
    const inert = `"'${FORMULA.replace(/"/g, '""')}"`;
    for (const row of rows) expect(row.split(';')[8], row).toBe(inert);
    expect(text).not.toContain(';"=');
  });
});

// ---------- unknown codes ----------

describe('unknown codes in the URL', () => {
  test.each([
    ['territoire', 'epci:123456789', 'mode=couverture&'],
    ['territoire', 'commune:59999', 'mode=couverture&'],
    ['sel', 'lieu:lieu-qui-n-existe-pas', ''],
    ['depuis', 'commune:59999', ''],
    ['depuis', 'cite:cite-inconnue', ''],
  ])('%s=%s shows a notice naming it, and the page works', async (param, value, extra) => {
    const page = s.page;
    await page.goto(baseUrl(`?${extra}${param}=${value}`), { waitUntil: 'domcontentloaded' });
    await expect
      .poll(() => page.locator('#notices').innerText(), POLL)
      .toContain(fr.notices.unknownParam(param, value));
    // the page works: the finder's search box, or in coverage mode the key figures (of the whole basin: the
    // drawn perimeter, the default territory)
    await page.locator(extra ? '[data-testid=chiffres-cles]' : 'input#recherche').waitFor();
    if (param === 'territoire')
      expect(await page.evaluate(() => window.__carte?.store.getState().territory)).toEqual({
        type: 'perimetre',
      });
  });

  test('the embed’s territory option absent from the data shows a notice in the embed', async () => {
    const page = s.page;
    await page.goto(baseUrl('?embed=1&territory=123456789'), { waitUntil: 'domcontentloaded' });
    await expect
      .poll(() => page.locator('#notices').innerText(), POLL)
      .toContain(fr.notices.unknownParam('territory', '123456789'));
  });
});
