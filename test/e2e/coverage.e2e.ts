// End-to-end tests of the coverage mode: territory figures, what-if scenario, URL, exports,
// accessibility. Expected figures are computed here from public/data/*.json with a brute-force haversine
// written for the tests (harness.ts) — never with the app's own domain code. Numbers are formatted with Intl (fr-FR),
// as a French reader sees them.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { Commune, Lieu } from '../../src/schema.ts';
import {
  baseUrl,
  checkA11y,
  haversineKm,
  ROOT,
  readCommunes,
  screenshot,
  useBrowser,
  waitForMapIdle,
} from './harness.ts';

const s = useBrowser();
const POLL = { timeout: 30_000, interval: 200 };

const read = <T>(name: string, field: string): T[] =>
  (JSON.parse(readFileSync(join(ROOT, `public/data/${name}.json`), 'utf8')) as Record<string, T[]>)[field] ??
  [];
const lieux = read<Lieu>('lieux', 'lieux');
const communes = readCommunes();

const LENS_LIEVIN = '246200364';
const THRESHOLD = 5;
/** Kinds counted by default in coverage mode: Filieris (not pharmacies), maisons de santé, other centres. */
const DEFAULT_KINDS = [
  'filieris_centre_sante',
  'filieris_dentaire',
  'filieris_autre',
  'msp',
  'centre_sante_autre',
];

type Point = { lat: number; lon: number };
const places: Point[] = lieux.filter(
  (l) => DEFAULT_KINDS.includes(l.kind) && l.status !== 'closed' && l.status !== 'planned',
);

/** Nearest distance from a point to any of `pts`, by brute force. */
const nearestKm = (from: Point, pts: Point[]) => Math.min(...pts.map((p) => haversineKm(from, p)));

function figuresOf(members: Commune[], pts: Point[]) {
  const population = members.reduce((n, c) => n + c.population, 0);
  const beyond = members.filter((c) => nearestKm(c, pts) > THRESHOLD).reduce((n, c) => n + c.population, 0);
  return { population, beyond, share: beyond / population };
}

const lensLievin = communes.filter((c) => c.epci_siren === LENS_LIEVIN);
/** The commune of Lens-Liévin farthest from care (ties by name). */
const farthest = lensLievin
  .map((c) => ({ c, km: nearestKm(c, places) }))
  .sort((a, b) => b.km - a.km || a.c.nom.localeCompare(b.c.nom, 'fr'))[0]?.c;

const intFr = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const pctFr = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });
const hab = (n: number) => `${intFr.format(n)} hab.`;
const signed = (n: number) => (n === 0 ? '0' : `${n < 0 ? '\u2212' : '+'}${intFr.format(Math.abs(n))}`);

/** Text of one key figure (data-chiffre) in one column (territoire | bassin). */
function figure(page: Page, id: string, column = 'territoire'): Promise<string> {
  return page
    .locator(`[data-testid=chiffres-cles] td[data-chiffre="${id}"][data-colonne="${column}"] .valeur`)
    .innerText();
}

function delta(page: Page, id: string, column = 'territoire'): Promise<string> {
  return page
    .locator(`[data-testid=chiffres-cles] td[data-chiffre="${id}"][data-colonne="${column}"] .ecart`)
    .innerText();
}

async function openCoverage(page: Page, query = ''): Promise<void> {
  await page.goto(baseUrl(`?mode=couverture${query ? `&${query}` : ''}`), { waitUntil: 'domcontentloaded' });
  await page.locator('[data-testid=chiffres-cles]').waitFor();
}

async function pickLensLievin(page: Page): Promise<void> {
  await page.getByLabel('Territoire étudié', { exact: true }).selectOption({ label: 'CA de Lens - Liévin' });
  await expect
    .poll(() => page.locator('#chiffres-legende').innerText(), POLL)
    .toContain('CA de Lens - Liévin');
}

async function addCentreAtFarthest(page: Page): Promise<void> {
  if (!farthest) throw new Error('no commune in Lens-Liévin');
  await page.getByLabel('Emplacement', { exact: true }).selectOption(`commune:${farthest.insee}`);
  await page.getByRole('button', { name: 'Ajouter le centre à cet emplacement' }).click();
}

describe('territory figures', () => {
  test("a commune's details give its distance to the nearest counted place", async () => {
    if (!farthest) throw new Error('no commune in Lens-Liévin');
    const nearest = lieux
      .filter((l) => places.includes(l))
      .map((l) => ({ l, km: haversineKm(farthest, l) }))
      .sort((a, b) => a.km - b.km)[0];
    if (!nearest) throw new Error('no counted place');
    const page = s.page;
    await openCoverage(page, `sel=commune:${farthest.insee}`);
    const row = page.locator('.details .ligne', { hasText: 'Distance au lieu de soin le plus proche' });
    await row.waitFor({ timeout: POLL.timeout });
    const text = await row.locator('dd').innerText();
    const m = /^(?:environ )?(\d+(?:,\d)?) km \((.+)\)$/.exec(text);
    expect(m, text).not.toBeNull();
    expect(Math.abs(Number(m?.[1]?.replace(',', '.')) - nearest.km), text).toBeLessThan(0.6);
    expect(m?.[2]).toBe(nearest.l.nom);
  });

  test('picking the CLS of Lens-Liévin shows its population and the share of people beyond 5 km', async () => {
    const expected = figuresOf(lensLievin, places);
    expect(lensLievin.length, 'Lens-Liévin communes in communes.json').toBeGreaterThan(0);
    const page = s.page;
    await openCoverage(page);
    await pickLensLievin(page);
    await expect.poll(() => figure(page, 'population'), POLL).toBe(hab(expected.population));
    expect(await figure(page, 'au-dela')).toBe(hab(expected.beyond));
    expect(await figure(page, 'part-au-dela')).toBe(pctFr.format(expected.share));
    // « le bassin minier » (the communes mostly inside the drawn perimeter) beside it, for comparison
    const bassin = figuresOf(
      communes.filter((c) => c.perimetre),
      places,
    );
    expect(await figure(page, 'population', 'bassin')).toBe(hab(bassin.population));
    expect(await figure(page, 'part-au-dela', 'bassin')).toBe(pctFr.format(bassin.share));
    await expect.poll(() => page.url(), POLL).toContain(`territoire=epci:${LENS_LIEVIN}`);
  });

  test('the data limits say how many places are counted and how many are located only to their commune', async () => {
    const page = s.page;
    await openCoverage(page);
    const counted = lieux.filter(
      (l) => DEFAULT_KINDS.includes(l.kind) && l.status !== 'closed' && l.status !== 'planned',
    );
    const communeOnly = counted.filter((l) => l.precision === 'commune').length;
    const text = await page.locator('[data-testid=limites]').innerText();
    expect(text).toContain(
      `${counted.length} lieux de soin pris en compte, sur ${lieux.length} dans l’inventaire.`,
    );
    expect(text).toContain(`${communeOnly} sur ${counted.length} ne sont localisés qu’à leur commune`);
    expect(text).toContain('Inventaire incomplet');
  });
});

describe('what-if scenario', () => {
  test('adding a centre in the farthest commune of Lens-Liévin lowers the share beyond 5 km and says by how much', async () => {
    if (!farthest) throw new Error('no commune in Lens-Liévin');
    const before = figuresOf(lensLievin, places);
    const after = figuresOf(lensLievin, [...places, { lat: farthest.lat, lon: farthest.lon }]);
    expect(after.beyond, 'the test needs a commune beyond 5 km').toBeLessThan(before.beyond);
    const page = s.page;
    await openCoverage(page);
    await pickLensLievin(page);
    await expect.poll(() => figure(page, 'part-au-dela'), POLL).toBe(pctFr.format(before.share));
    await addCentreAtFarthest(page);
    await expect.poll(() => figure(page, 'part-au-dela'), POLL).toBe(pctFr.format(after.share));
    expect(await figure(page, 'au-dela')).toBe(hab(after.beyond));
    expect(await delta(page, 'au-dela')).toBe(
      `${signed(after.beyond - before.beyond)} habitants au-delà de 5 km`,
    );
    await expect
      .poll(() => page.locator('[data-testid=scenario-liste]').innerText(), POLL)
      .toContain('Centre hypothétique n° 1');
    expect(await page.locator('[data-testid=annonce-couverture]').innerText()).toContain(
      pctFr.format(after.share),
    );
  });

  test('the URL restores the scenario: the same figures and the same centre after a reload', async () => {
    if (!farthest) throw new Error('no commune in Lens-Liévin');
    const after = figuresOf(lensLievin, [...places, { lat: farthest.lat, lon: farthest.lon }]);
    const page = s.page;
    await openCoverage(page);
    await pickLensLievin(page);
    await addCentreAtFarthest(page);
    await expect.poll(() => page.url(), POLL).toContain('ajouts=');
    const shared = page.url();
    const other = await s.context.newPage();
    await other.goto(shared, { waitUntil: 'domcontentloaded' });
    await other.locator('[data-testid=chiffres-cles]').waitFor();
    await expect.poll(() => figure(other, 'part-au-dela'), POLL).toBe(pctFr.format(after.share));
    expect(await other.locator('#chiffres-legende').innerText()).toContain('CA de Lens - Liévin');
    expect(await other.locator('[data-testid=scenario-liste]').innerText()).toContain(
      'Centre hypothétique n° 1',
    );
    expect(await delta(other, 'au-dela')).toContain('habitants au-delà de 5 km');
  });

  test('removing the added centre brings the figures back to the current situation', async () => {
    const before = figuresOf(lensLievin, places);
    const page = s.page;
    await openCoverage(page, `territoire=epci:${LENS_LIEVIN}`);
    await addCentreAtFarthest(page);
    await expect.poll(() => page.locator('[data-testid=scenario-liste]').count(), POLL).toBe(1);
    await page.getByRole('button', { name: 'Retirer Centre hypothétique n° 1' }).click();
    await expect.poll(() => figure(page, 'part-au-dela'), POLL).toBe(pctFr.format(before.share));
    expect(await page.locator('[data-testid=chiffres-cles] .ecart').count()).toBe(0);
    await expect.poll(() => page.url(), POLL).not.toContain('ajouts=');
  });

  test('a malformed scenario file gives a clear message and changes nothing', async () => {
    const page = s.page;
    await openCoverage(page, `territoire=epci:${LENS_LIEVIN}`);
    const share = await figure(page, 'part-au-dela');
    const url = page.url();
    await page.getByLabel('Charger un scénario (fichier JSON)').setInputFiles({
      name: 'scenario.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "autre chose"'),
    });
    await expect
      .poll(() => page.locator('[data-testid=scenario-erreur]').innerText(), POLL)
      .toBe('Scénario non chargé : Ce fichier n’est pas un fichier JSON valide. Rien n’a été changé.');
    expect(await figure(page, 'part-au-dela')).toBe(share);
    expect(page.url()).toBe(url);
  });
});

describe('export', () => {
  test('the CSV downloads in the French form (";", decimal comma) with one row per commune of the territory', async () => {
    const page = s.page;
    await openCoverage(page, `territoire=epci:${LENS_LIEVIN}`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger le tableau (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`couverture-epci-${LENS_LIEVIN}-5km.csv`);
    const path = await download.path();
    const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    const lines = text.split('\r\n').filter((l) => l !== '');
    expect(lines[0]).toBe(
      'type;code_insee;nom;commune;population;epci_siren;distance_km;au_dela_du_seuil;lieu_le_plus_proche;position_approximative;habitants_carreaux;habitants_carreaux_au_dela;habitants_modestes_carreaux;habitants_modestes_carreaux_au_dela;carreaux_complets;au_dela_du_seuil_sans_lieux_incertains;habitants_carreaux_au_dela_sans_lieux_incertains;seuil_km;scenario',
    );
    const communeRows = lines.slice(1).filter((l) => l.startsWith('commune;'));
    expect(communeRows).toHaveLength(lensLievin.length);
    const codes = communeRows.map((l) => l.split(';')[1]?.replace(/"/g, '')).sort();
    expect(codes).toEqual(lensLievin.map((c) => c.insee).sort());
    // a distance with a decimal comma, and no scenario
    expect(communeRows.every((l) => /^\d+(,\d+)?$/.test(l.split(';')[6] ?? ''))).toBe(true);
    expect(communeRows.every((l) => l.endsWith(';5;"situation actuelle (aucun scénario)"'))).toBe(true);
  });
});

describe('accessibility', () => {
  test('axe-core reports no violations in coverage mode, with a scenario', async () => {
    const page = s.page;
    await openCoverage(page, `territoire=epci:${LENS_LIEVIN}`);
    await addCentreAtFarthest(page);
    await page.locator('[data-testid=chiffres-cles] .ecart').first().waitFor();
    await waitForMapIdle(page);
    const { violations, message } = await checkA11y(page);
    expect(violations, message).toEqual([]);
    await screenshot(page, 'coverage-desktop');
  });

  test('on a 320 px wide phone the panel has no horizontal scroll and axe-core reports no violations', async () => {
    const page = s.page;
    await page.setViewportSize({ width: 320, height: 640 });
    await openCoverage(page, `territoire=epci:${LENS_LIEVIN}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const { violations, message } = await checkA11y(page, '.couverture');
    expect(violations, message).toEqual([]);
    await screenshot(page, 'coverage-320');
  });

  test('a centre can be added with the keyboard only', async () => {
    const page = s.page;
    await openCoverage(page, `territoire=epci:${LENS_LIEVIN}`);
    await page.getByLabel('Emplacement', { exact: true }).focus();
    await page.keyboard.press('Tab'); // to "Ajouter le centre à cet emplacement"
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''), POLL)
      .toBe('Ajouter le centre à cet emplacement');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('[data-testid=scenario-message]').innerText(), POLL)
      .toContain(`Centre hypothétique n° 1 ajouté près de ${farthest?.nom}`);
  });
});

describe('skip links', () => {
  test('in both modes each skip link leads to something on the page; in coverage mode the first one to its settings', async () => {
    const { fr } = await import('../../src/i18n/fr.ts');
    const page = s.page;
    for (const [query, first, target] of [
      ['', fr.skipToSearch, 'recherche'],
      ['?mode=couverture', fr.skipToCoverage, 'couverture'],
    ] as const) {
      await page.goto(baseUrl(query), { waitUntil: 'domcontentloaded' });
      await page.locator(`#${target}`).waitFor();
      const links = await page
        .locator('a.skip')
        .evaluateAll((as) =>
          as.map((a) => ({ text: a.textContent, target: (a.getAttribute('href') ?? '').slice(1) })),
        );
      expect(links[0], query).toEqual({ text: first, target });
      for (const link of links)
        expect(await page.locator(`[id="${link.target}"]`).count(), `${query} ${link.target}`).toBe(1);
      // from the top of the page, by keyboard: Tab reaches the first skip link, Enter moves the focus there
      await page.locator('body').focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(first);
      await page.keyboard.press('Enter');
      await expect
        .poll(
          () => page.evaluate((id) => document.activeElement?.closest(`[id="${id}"]`) !== null, target),
          POLL,
        )
        .toBe(true);
    }
  });
});

describe('printed profile', () => {
  test('the schematic map has one dot per commune of the territory and a square per hypothetical centre', async () => {
    const page = s.page;
    const expected = communes.filter((c) => c.epci_siren === LENS_LIEVIN).length;
    await openCoverage(page, `territoire=epci:${LENS_LIEVIN}&ajouts=50.4301,2.8000,filieris,1`);
    const figure = page.locator('figure.carte-impression');
    await expect.poll(() => figure.locator('svg circle').count(), POLL).toBe(expected);
    expect(await figure.locator('svg rect').count()).toBe(1);
    // every dot inside the drawing's box
    const inside = await figure.locator('svg circle').evaluateAll((cs) =>
      cs.every((c) => {
        const x = Number(c.getAttribute('cx'));
        const y = Number(c.getAttribute('cy'));
        return x >= 0 && x <= 600 && y >= 0 && y <= 420;
      }),
    );
    expect(inside).toBe(true);
  });
});
