// A broken row in lieux.json, cites.json or epci.json: the page names the file, the row and the problem in an
// alert, leaves that row out and uses the others. Each test serves the committed file with one row changed
// (read from public/data, never from the app's output).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { Cite, Epci, Lieu } from '../../src/schema.ts';
import { baseUrl, ROOT, useBrowser } from './harness.ts';

const s = useBrowser();
const page = () => s.page;
const POLL = { timeout: 30_000, interval: 250 };

const read = <T>(name: string): T =>
  JSON.parse(readFileSync(join(ROOT, 'public', 'data', name), 'utf8')) as T;

/** Serves `data/<name>` with the given content instead of the committed file. */
async function serve(p: Page, name: string, content: unknown): Promise<void> {
  await p.route(`**/data/${name}`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(content) }),
  );
}

const alerts = () => page().locator('[role=alert]').allInnerTexts();

/** The alert of a file with one rejected row, naming the row (1-based), its id and the problem. */
const oneRowAlert = (file: string, row: number, id: string, problem: string) =>
  expect.arrayContaining([
    expect.stringMatching(
      new RegExp(
        `Une ligne invalide.*${file.replace('.', '\\.')}.*ligne ${row} \\(${id}\\) : ${problem}`,
        's',
      ),
    ),
  ]);

describe('a data file with a broken row', () => {
  test('lieux.json: the place with an unknown kind is left out of the list, the others are listed', async () => {
    const file = read<{ schema: number; lieux: Lieu[] }>('lieux.json');
    const listed = (l: Lieu) => l.status !== 'closed' && l.kind !== 'filieris_pharmacie';
    const row = file.lieux.findIndex(listed);
    const broken = file.lieux[row] as Lieu;
    const kept = file.lieux.find((l, i) => i !== row && listed(l)) as Lieu;
    (file.lieux[row] as unknown as Record<string, unknown>).kind = 'hopital_imaginaire';
    await serve(page(), 'lieux.json', file);
    await page().goto(baseUrl(''), { waitUntil: 'domcontentloaded' });
    await expect
      .poll(alerts, POLL)
      .toEqual(oneRowAlert('lieux.json', row + 1, broken.id, 'type de lieu inconnu'));
    await page().locator(`section#liste [data-lieu-id="${kept.id}"]`).waitFor({ timeout: POLL.timeout });
    expect(await page().locator(`section#liste [data-lieu-id="${broken.id}"]`).count()).toBe(0);
  });

  test('cites.json: the cité without coordinates is not offered by the search, the others are', async () => {
    const file = read<{ schema: number; cites: Cite[] }>('cites.json');
    const row = file.cites.findIndex((c) => /Arenberg/.test(c.nom));
    expect(row, 'a cité d’Arenberg in cites.json').toBeGreaterThanOrEqual(0);
    const broken = file.cites[row] as Cite;
    const other = file.cites.find(
      (c, i) => i !== row && c.maisons_et_cites && !/Arenberg/.test(c.nom),
    ) as Cite;
    (file.cites[row] as unknown as Record<string, unknown>).lat = 'nord';
    await serve(page(), 'cites.json', file);
    await page().goto(baseUrl(''), { waitUntil: 'domcontentloaded' });
    await expect
      .poll(alerts, POLL)
      .toEqual(oneRowAlert('cites.json', row + 1, broken.id, 'coordonnées invalides'));
    const input = page().locator('input#recherche');
    const options = page().locator('#recherche-options [role=option]');
    await input.fill(other.nom);
    await expect
      .poll(() => options.allInnerTexts(), POLL)
      .toEqual(expect.arrayContaining([expect.stringContaining(other.nom)]));
    await input.fill(broken.nom);
    await expect.poll(() => options.allInnerTexts(), POLL).not.toEqual([]);
    expect((await options.allInnerTexts()).some((t) => t.startsWith(broken.nom))).toBe(false);
  });

  test('epci.json: the EPCI with an unknown CLS status cannot be opened, another one can', async () => {
    const file = read<{ schema: number; epci: Epci[] }>('epci.json');
    const row = file.epci.findIndex((e) => e.bassin);
    const broken = file.epci[row] as Epci;
    const other = file.epci.find((e, i) => i !== row && e.bassin) as Epci;
    (file.epci[row] as unknown as Record<string, unknown>).cls_statut = 'peut-être';
    await serve(page(), 'epci.json', file);
    await page().goto(baseUrl(`?sel=epci:${broken.siren}`), { waitUntil: 'domcontentloaded' });
    await expect
      .poll(alerts, POLL)
      .toEqual(oneRowAlert('epci.json', row + 1, broken.siren, 'statut de CLS inconnu'));
    // the link to the broken EPCI is refused with a notice, not shown from a half-read row
    await expect.poll(() => page().locator('#notices').innerText(), POLL).toContain(`epci:${broken.siren}`);
    expect(await page().locator('section#details').count()).toBe(0);
    await page().goto(baseUrl(`?sel=epci:${other.siren}`), { waitUntil: 'domcontentloaded' });
    await expect.poll(() => page().locator('section#details h2').textContent(), POLL).toBe(other.nom);
  });
});
