// End-to-end tests of the coverage mode on the 200 m population grid (issue 9): figures where people live beside
// the commune-point ones, low incomes, cités with their people, the two "bassin", what-if, exports and print,
// the cells drawn on the map. Expected figures are computed here from the client files: public/data/cells.json is
// decoded by this file's own reader (positions, halves of people, communes), cell centres by proj4 (not the app's
// projection), distances by the harness's brute-force haversine — never with the app's domain code.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import proj4 from 'proj4';
import { describe, expect, test } from 'vitest';
import { fr } from '../../src/i18n/fr.ts';
import { MAP_LAYERS } from '../../src/map/layers.ts';
import type { Cite, Lieu } from '../../src/schema.ts';
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
const POLL = { timeout: 60_000, interval: 250 };

const json = <T>(name: string): T =>
  JSON.parse(readFileSync(join(ROOT, `public/data/${name}.json`), 'utf8')) as T;
const lieux = json<{ lieux: Lieu[] }>('lieux').lieux;
const cites = json<{ cites: Cite[] }>('cites').cites;
const communes = readCommunes();

const CAPH = '200042190'; // CA de la Porte du Hainaut
const CAPH_NAME = 'CA de la Porte du Hainaut';
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
const counted = lieux.filter(
  (l) => DEFAULT_KINDS.includes(l.kind) && (l.status === 'open' || l.status === 'unknown'),
);
const openOnly = counted.filter((l) => l.status === 'open');

// ---------- the cell file, read independently ----------

const EPSG_3035 =
  '+proj=laea +lat_0=52 +lon_0=10 +x_0=4321000 +y_0=3210000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';

interface TestCell extends Point {
  id: number;
  people: number;
  living: number;
  perimetre: boolean;
  insee: string;
}

function readCells(): { cells: TestCell[]; links: { cite: string; cell: number; weight: number }[] } {
  const f = json<{
    grid: { col0: number; row0: number; width: number; size_m: number };
    living_standard_step: number;
    communes: string[];
    columns: Record<'position' | 'population2' | 'living_standard' | 'perimetre' | 'commune', number[]>;
    cites: { id: string[]; count: number[]; cell: number[]; weight: number[] };
  }>('cells');
  let k = 0;
  const cells = f.columns.position.map((step, i) => {
    k += step;
    const row = f.grid.row0 + Math.floor(k / f.grid.width);
    const col = f.grid.col0 + (k % f.grid.width);
    const [lon, lat] = proj4(EPSG_3035, 'WGS84', [col * 200 + 100, row * 200 + 100]) as [number, number];
    return {
      id: row * 100000 + col,
      lon,
      lat,
      people: (f.columns.population2[i] ?? 0) / 2,
      living: (f.columns.living_standard[i] ?? 0) * f.living_standard_step,
      perimetre: f.columns.perimetre[i] === 1,
      insee: f.communes[f.columns.commune[i] ?? -1] ?? '',
    };
  });
  const links: { cite: string; cell: number; weight: number }[] = [];
  let at = 0;
  f.cites.id.forEach((cite, c) => {
    for (let j = 0; j < (f.cites.count[c] ?? 0); j++, at++)
      links.push({ cite, cell: f.cites.cell[at] ?? -1, weight: (f.cites.weight[at] ?? 0) / 1000 });
  });
  return { cells, links };
}

const { cells, links } = readCells();
const epciOf = new Map(communes.map((c) => [c.insee, c.epci_siren]));
const caphCells = cells.filter((c) => epciOf.get(c.insee) === CAPH);
const perimeterCells = cells.filter((c) => c.perimetre);
const caphCommunes = communes.filter((c) => c.epci_siren === CAPH);

const nearestKm = (from: Point, pts: readonly Point[]) => Math.min(...pts.map((p) => haversineKm(from, p)));
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const beyondOf = (list: readonly TestCell[], pts: readonly Point[]) =>
  sum(list.filter((c) => nearestKm(c, pts) > THRESHOLD).map((c) => c.people));

/** The perimeter's population-weighted 20th percentile of the cells' mean standard of living. */
const lowIncomeLine = (() => {
  const sorted = [...perimeterCells].sort((a, b) => a.living - b.living);
  const target = 0.2 * sum(sorted.map((c) => c.people));
  let cumulated = 0;
  for (const c of sorted) {
    cumulated += c.people;
    if (cumulated >= target) return c.living;
  }
  throw new Error('no perimeter cell');
})();

/** The commune of the CAPH farthest from care (label point; ties by name), where a centre is added. */
const farthest = caphCommunes
  .map((c) => ({ c, km: nearestKm(c, counted) }))
  .sort((a, b) => b.km - a.km || a.c.nom.localeCompare(b.c.nom, 'fr'))[0]?.c;

const intFr = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const pctFr = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });
const hab = (n: number) => `${intFr.format(Math.round(n))} hab.`;

// ---------- page helpers ----------

function figure(page: Page, id: string, column = 'territoire'): Promise<string> {
  return page
    .locator(`[data-testid=chiffres-cles] td[data-chiffre="${id}"][data-colonne="${column}"] .valeur`)
    .innerText();
}

async function openCaph(page: Page, query = ''): Promise<void> {
  await page.goto(baseUrl(`?mode=couverture&territoire=epci:${CAPH}${query}`), {
    waitUntil: 'domcontentloaded',
  });
  await page.locator('[data-testid=chiffres-cles]').waitFor();
  // the cell figures arrive with the grid
  await expect.poll(() => figure(page, 'carreaux-au-dela'), POLL).not.toBe('…');
}

async function addCentreAtFarthest(page: Page): Promise<void> {
  if (!farthest) throw new Error('no commune in the CAPH');
  await page.getByLabel('Emplacement', { exact: true }).selectOption(`commune:${farthest.insee}`);
  await page.getByRole('button', { name: 'Ajouter le centre à cet emplacement' }).click();
  await page.locator('[data-testid=scenario-liste]').first().waitFor();
}

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

// ---------- tests ----------

describe('the population grid is loaded by the coverage mode only', () => {
  test('the finder never asks for the cell file; opening the coverage mode does', async () => {
    const page = s.page;
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('cells.json')) asked.push(r.url());
    });
    await page.goto(baseUrl('?depuis=commune:59632'), { waitUntil: 'domcontentloaded' });
    await page.locator('[data-testid=nearest-list] .resultat').first().waitFor();
    await waitForMapIdle(page);
    expect(asked).toEqual([]);
    await page.getByRole('button', { name: 'Couverture du territoire' }).click();
    await expect.poll(() => asked.length, POLL).toBe(1);
  });
});

describe('figures where people live, for the CA de la Porte du Hainaut', () => {
  test('the people beyond 5 km by cells are shown beside the commune-point figure and equal the sum over the cell file', async () => {
    const expected = beyondOf(caphCells, counted);
    const communesBeyond = sum(
      caphCommunes.filter((c) => nearestKm(c, counted) > THRESHOLD).map((c) => c.population),
    );
    expect(caphCells.length, 'CAPH cells in cells.json').toBeGreaterThan(1000);
    const page = s.page;
    await openCaph(page);
    expect(await page.locator('#chiffres-legende').innerText()).toContain(CAPH_NAME);
    await expect.poll(() => figure(page, 'carreaux-au-dela'), POLL).toBe(hab(expected));
    expect(await figure(page, 'carreaux-part-au-dela')).toBe(
      pctFr.format(expected / sum(caphCells.map((c) => c.people))),
    );
    expect(await figure(page, 'carreaux-population')).toBe(hab(sum(caphCells.map((c) => c.people))));
    // the commune-point figure beside it, each under the heading of its method
    expect(await figure(page, 'au-dela')).toBe(hab(communesBeyond));
    const groups = await page.locator('[data-testid=chiffres-cles] th[scope=rowgroup]').allInnerTexts();
    expect(groups).toEqual([fr.coverage.methodCells, fr.coverage.methodCommunes]);
    // and « le bassin minier » (the drawn perimeter's cells) beside the territory
    expect(await figure(page, 'carreaux-au-dela', 'bassin')).toBe(hab(beyondOf(perimeterCells, counted)));
  });

  test('the low-income line is stated with its value, and the low-income people beyond 5 km are counted', async () => {
    const poor = caphCells.filter((c) => c.living <= lowIncomeLine);
    const poorBeyond = beyondOf(poor, counted);
    const total = sum(poor.map((c) => c.people));
    const page = s.page;
    await openCaph(page);
    expect(await page.getByTestId('ligne-revenus-modestes').innerText()).toContain(
      `au plus ${intFr.format(lowIncomeLine)} € par an`,
    );
    expect(await page.getByTestId('methodes').innerText()).toContain('moins de 11 ménages');
    await expect
      .poll(() => figure(page, 'modestes-au-dela'), POLL)
      .toBe(`${hab(poorBeyond)} (${pctFr.format(poorBeyond / total)} de ${hab(total)})`);
  });

  test('the places of uncertain status give a range: with them counted as open, and without them', async () => {
    const withUnknown = beyondOf(caphCells, counted);
    const without = beyondOf(caphCells, openOnly);
    expect(without, 'the CAPH figure must depend on the uncertain places').not.toBe(withUnknown);
    const page = s.page;
    await openCaph(page);
    await expect
      .poll(() => figure(page, 'carreaux-statut-incertain'), POLL)
      .toBe(
        `entre ${intFr.format(Math.round(Math.min(withUnknown, without)))} et ${intFr.format(Math.round(Math.max(withUnknown, without)))} habitants`,
      );
  });

  test('adding a centre in its farthest commune lowers the people beyond 5 km, to the sum with that centre', async () => {
    if (!farthest) throw new Error('no commune in the CAPH');
    const before = beyondOf(caphCells, counted);
    const after = beyondOf(caphCells, [...counted, { lon: farthest.lon, lat: farthest.lat }]);
    expect(after).toBeLessThan(before);
    const page = s.page;
    await openCaph(page);
    await expect.poll(() => figure(page, 'carreaux-au-dela'), POLL).toBe(hab(before));
    await addCentreAtFarthest(page);
    await expect.poll(() => figure(page, 'carreaux-au-dela'), POLL).toBe(hab(after));
    const delta = await page
      .locator(
        '[data-testid=chiffres-cles] td[data-chiffre="carreaux-au-dela"][data-colonne="territoire"] .ecart',
      )
      .innerText();
    // the change is rounded once (people come in halves)
    expect(delta).toBe(`\u2212${intFr.format(-Math.round(after - before))} habitants au-delà de 5 km`);
  });

  test('the cités beyond 5 km say how many people live there, ranked by people far from care', async () => {
    const caphInsee = new Set(caphCommunes.map((c) => c.insee));
    const listed = cites.filter(
      (c) => c.maisons_et_cites && caphInsee.has(c.commune_insee) && nearestKm(c, counted) > THRESHOLD,
    );
    expect(listed.length, 'the test needs M&C cités beyond 5 km in the CAPH').toBeGreaterThan(0);
    const people = (id: string, onlyBeyond: boolean) =>
      sum(
        links
          .filter((l) => l.cite === id)
          .map((l) => ({ l, c: cells[l.cell] as TestCell }))
          .filter(({ c }) => !onlyBeyond || nearestKm(c, counted) > THRESHOLD)
          .map(({ l, c }) => l.weight * c.people),
      );
    const totalPeople = sum(listed.map((c) => people(c.id, false)));
    const totalBeyond = sum(listed.map((c) => people(c.id, true)));
    const top = [...listed].sort((a, b) => people(b.id, true) - people(a.id, true))[0];
    const page = s.page;
    await openCaph(page);
    await expect
      .poll(() => page.getByTestId('cites-habitants').innerText(), POLL)
      .toContain(
        `Environ ${intFr.format(Math.round(totalPeople))} habitants, dont ${intFr.format(Math.round(totalBeyond))} au-delà de 5 km`,
      );
    const first = page.locator('[data-testid=cites-au-dela] tbody tr').first();
    expect(await first.getAttribute('data-cite')).toBe(top?.id);
    expect(await first.locator('td[data-chiffre=habitants-au-dela]').innerText()).toBe(
      intFr.format(Math.round(people(top?.id ?? '', true))),
    );
  });
});

describe('a commune’s details in coverage mode', () => {
  test('they give its people beyond 5 km where they live, and which bassin it belongs to', async () => {
    if (!farthest) throw new Error('no commune in the CAPH');
    const own = cells.filter((c) => c.insee === farthest.insee);
    const page = s.page;
    await page.goto(baseUrl(`?mode=couverture&territoire=epci:${CAPH}&sel=commune:${farthest.insee}`), {
      waitUntil: 'domcontentloaded',
    });
    const row = page.locator('.details .ligne', { hasText: 'Habitants au-delà de 5 km (carreaux)' });
    await row.waitFor({ timeout: POLL.timeout });
    expect(await row.locator('dd').innerText()).toBe(
      `${intFr.format(Math.round(beyondOf(own, counted)))} sur ${intFr.format(Math.round(sum(own.map((c) => c.people))))}`,
    );
    const basin = await page
      .locator('.details .ligne', { hasText: 'Bassin minier' })
      .locator('dd')
      .innerText();
    expect(
      basin.startsWith(farthest.perimetre ? 'dans le périmètre dessiné' : 'hors du périmètre dessiné'),
    ).toBe(true);
    expect(basin.includes('commune des intercommunalités du bassin')).toBe(farthest.bassin);
  });
});

describe('the two "bassin"', () => {
  test('« les intercommunalités du bassin » is a territory of its own, defined with the counts of the data', async () => {
    const inter = communes.filter((c) => c.bassin);
    const outside = inter.filter((c) => !c.perimetre).length;
    const insideNotCounted = communes.filter((c) => c.perimetre && !c.bassin).length;
    const page = s.page;
    await page.goto(baseUrl('?mode=couverture'), { waitUntil: 'domcontentloaded' });
    await page.locator('[data-testid=chiffres-cles]').waitFor();
    expect(await page.locator('#chiffres-legende').innerText()).toContain(
      'Bassin minier (périmètre dessiné)',
    );
    expect(await page.getByTestId('definition-territoire').innerText()).toContain(
      `${communes.filter((c) => c.perimetre).length} communes situées en majeure partie à l’intérieur du trait`,
    );
    await page.getByLabel('Territoire étudié', { exact: true }).selectOption('intercommunalites');
    await expect.poll(() => page.url(), POLL).toContain('territoire=intercommunalites');
    expect(await page.getByTestId('definition-territoire').innerText()).toBe(
      fr.coverage.definitionIntercommunalites(
        String(inter.length),
        String(outside),
        String(insideNotCounted),
      ),
    );
    expect(await figure(page, 'population')).toBe(hab(sum(inter.map((c) => c.population))));
    // « le bassin minier » beside it: the perimeter's communes
    expect(await figure(page, 'population', 'bassin')).toBe(
      hab(sum(communes.filter((c) => c.perimetre).map((c) => c.population))),
    );
  });

  test('a shared link to an unknown SIREN gives a notice, and the figures are those of the bassin minier', async () => {
    const page = s.page;
    await page.goto(baseUrl('?mode=couverture&territoire=epci:999999999'), { waitUntil: 'domcontentloaded' });
    await expect
      .poll(() => page.locator('#notices').innerText(), POLL)
      .toContain(fr.notices.unknownParam('territoire', 'epci:999999999'));
    await expect
      .poll(() => figure(page, 'carreaux-population'), POLL)
      .toBe(hab(sum(perimeterCells.map((c) => c.people))));
    expect(await page.locator('#chiffres-legende').innerText()).toContain(
      'Bassin minier (périmètre dessiné)',
    );
  });
});

describe('the map', () => {
  test('from zoom 11 the cells are drawn, each coloured by the distance class of its centre', async () => {
    const page = s.page;
    await openCaph(page, '&carte=12.5/50.377/3.39');
    await waitForMapIdle(page);
    const drawn = await page.evaluate((layer) => {
      const map = window.__carte?.map as MapLibreMap | undefined;
      if (!map) throw new Error('window.__carte.map is missing');
      return map
        .queryRenderedFeatures({ layers: [layer] })
        .map((f) => ({ id: Number(f.id), classe: f.state.classe as number | undefined }));
    }, MAP_LAYERS.cells);
    expect(drawn.length).toBeGreaterThan(20);
    const byId = new Map(cells.map((c) => [c.id, c]));
    const classOf = (km: number) =>
      km <= THRESHOLD / 2 ? 0 : km <= THRESHOLD ? 1 : km <= THRESHOLD * 2 ? 2 : 3;
    for (const f of drawn.slice(0, 200)) {
      const cell = byId.get(f.id);
      expect(cell, `cell ${f.id}`).toBeDefined();
      if (cell) expect(f.classe, `cell ${f.id}`).toBe(classOf(nearestKm(cell, counted)));
    }
    await screenshot(page, 'coverage-cells-z12');
  });
});

describe('exports and print', () => {
  test('the cells of the territory download as a French CSV (";", decimal comma) with their people', async () => {
    const page = s.page;
    await openCaph(page);
    const { name, text } = await download(page, 'Télécharger les carreaux du territoire (CSV)');
    expect(name).toBe(`carreaux-epci-${CAPH}-5km.csv`);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text
      .slice(1)
      .split('\r\n')
      .filter((l) => l !== '');
    const header = lines[0]?.split(';') ?? [];
    expect(header).toContain('distance_km_depuis_le_centre_du_carreau');
    expect(lines).toHaveLength(1 + caphCells.length);
    const people = header.indexOf('habitants');
    const total = sum(lines.slice(1).map((l) => Number(l.split(';')[people]?.replace(',', '.'))));
    expect(total).toBe(sum(caphCells.map((c) => c.people)));
  });

  test('with a scenario, the file names, the CSV and the printed profile say which centre was added where', async () => {
    if (!farthest) throw new Error('no commune in the CAPH');
    const page = s.page;
    await openCaph(page);
    await addCentreAtFarthest(page);
    const { name, text } = await download(page, 'Télécharger le tableau (CSV)');
    expect(name).toBe(`couverture-epci-${CAPH}-5km-scenario.csv`);
    const row = text.split('\r\n')[1] ?? '';
    expect(row).toContain(`Centre hypothétique n° 1 (`);
    expect(row).toContain(`près de ${farthest.nom}`);
    await page.emulateMedia({ media: 'print' });
    const printed = page.getByTestId('profil-scenario');
    expect(await printed.isVisible()).toBe(true);
    expect(await printed.innerText()).toContain(`centres ajoutés : Centre hypothétique n° 1`);
    expect(await printed.innerText()).toContain(`près de ${farthest.nom}`);
    // the printed legend counts the territory's communes
    expect(await page.getByTestId('legende-decomptes').innerText()).toContain(CAPH_NAME);
    const legend = await page.locator('.legende-couverture li[data-classe]').allInnerTexts();
    const communesCounted = sum(legend.map((t) => Number(/— (\d+) comm\./.exec(t)?.[1] ?? 0)));
    expect(communesCounted).toBe(caphCommunes.length);
  });

  test('in English the CSV keeps commas and a decimal point', async () => {
    const page = s.page;
    await openCaph(page, '&lang=en');
    const { text } = await download(page, 'Download the table (CSV)');
    expect(text.slice(1).split('\r\n')[0]).toMatch(/^type,code_insee,nom,/);
  });
});

describe('accessibility', () => {
  test('axe-core reports no violation with the cells, a scenario and low-income colouring', async () => {
    const page = s.page;
    await openCaph(page);
    await addCentreAtFarthest(page);
    await page.getByLabel('seulement les carreaux à revenus modestes').check();
    await expect.poll(() => page.url(), POLL).toContain('carreaux=revenus');
    await waitForMapIdle(page);
    const { violations, message } = await checkA11y(page);
    expect(violations, message).toEqual([]);
    await screenshot(page, 'coverage-cells-low-income');
  });
});
