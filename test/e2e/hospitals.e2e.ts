// End-to-end tests of the hospital layer (issue 10): the nearest hospital with its type, the legend toggles,
// the details panel (type, address, phone link, vintage), coverage choices, accessibility.
// Expected hospitals are read from the vendored Eurostat CSV (data/hospitals-eurostat-2020/) with a CSV reader,
// a category table and a haversine written in this file — never with the app's classification or domain code.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { MAP_LAYERS } from '../../src/map/layers.ts';
import {
  baseUrl,
  checkA11y,
  haversineKm,
  mapRendered,
  ROOT,
  readCommunes,
  renderedCount,
  searchAndChoose,
  useBrowser,
  waitForMapIdle,
} from './harness.ts';

const s = useBrowser();
const POLL = { timeout: 30_000, interval: 200 };

// ---------- the vendored CSV, read here ----------

/** RFC 4180 records (comma, double quotes), header first. */
function readCsvRecords(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field.replace(/\r$/, ''));
      out.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) out.push([...row, field]);
  return out;
}

interface HospitalRow {
  id: string;
  name: string;
  lat: number;
  lon: number;
  street: string;
  number: string;
  type: string;
  tel: string;
}

const [header = [], ...records] = readCsvRecords(
  readFileSync(join(ROOT, 'data/hospitals-eurostat-2020/hospitals-59-62.csv'), 'utf8'),
);
const col = (r: string[], name: string) => r[header.indexOf(name)] ?? '';
const hospitals: HospitalRow[] = records.map((r) => ({
  id: col(r, 'id'),
  name: col(r, 'hospital_name'),
  lat: Number(col(r, 'lat')),
  lon: Number(col(r, 'lon')),
  street: col(r, 'street'),
  number: col(r, 'house_number'),
  type: col(r, 'facility_type'),
  tel: col(r, 'tel'),
}));

/** What a resident should be shown for the short-stay categories (the others are not "hospitals and clinics"). */
const SHORT_STAY_TYPE: Record<string, string> = {
  'Centre Hospitalier (C.H.)': 'centre hospitalier',
  'Centre Hospitalier Régional (C.H.R.)': 'centre hospitalier régional (CHR, CHU)',
  'Etablissement de Soins Pluridisciplinaire': 'clinique',
  'Etablissement de Soins Chirurgicaux': 'clinique',
  'Etablissement de Soins Médicaux': 'clinique',
  'Etablissement Soins Obstétriques Chirurgico-Gynécologiques': 'clinique',
};
/** Names of units that are not "the hospital" (day units, psychiatry, long stay…), as a resident would read them. */
const NOT_THE_HOSPITAL =
  /JOUR|PSY|CMP|USLD|LONGUE|SEJOUR|SUITE|PALLIATI|PLANIFICATION|DIALYSE|RADIOLOG|HAD |UTAFA|DEPENDANCE|ALCOOL/;

/** The nearest general hospital or clinic from a point, by brute force over the CSV. */
function nearestHospital(from: { lat: number; lon: number }): { row: HospitalRow; km: number } {
  const ranked = hospitals
    .filter((h) => h.type in SHORT_STAY_TYPE && !NOT_THE_HOSPITAL.test(h.name))
    .map((row) => ({ row, km: haversineKm(from, row) }))
    .sort((a, b) => a.km - b.km);
  const first = ranked[0];
  if (!first) throw new Error('no hospital in the CSV');
  return first;
}

const lievin = readCommunes().find((c) => c.insee === '62510');

// ---------- helpers over the page ----------

async function open(page: Page, query = ''): Promise<void> {
  await page.goto(baseUrl(query ? `?${query}` : ''), { waitUntil: 'domcontentloaded' });
}

/** How many features of a layer the map has drawn in the viewport. */
/** How many letters of a group the map has drawn in the viewport (one per place drawn). */
function lettersOf(page: Page, group: string): Promise<number> {
  return page.evaluate(
    ([layer, group]) => {
      const map = window.__carte?.map as MapLibreMap | undefined;
      if (!map) throw new Error('window.__carte.map is missing');
      return map.queryRenderedFeatures({ layers: [layer] }).filter((f) => f.properties.groupe === group)
        .length;
    },
    [MAP_LAYERS.lieuxLetters, group] as const,
  );
}

const firstHospital = (page: Page) =>
  page.locator('[data-testid=nearest-list] ol[data-groupe=hopital] li').first();

// ---------- tests ----------

describe('finder', () => {
  test('from Liévin, the nearest hospital is listed under "Hôpitaux et cliniques" with its type and distance', async () => {
    expect(lievin, 'commune 62510 in communes.json').toBeDefined();
    const expected = nearestHospital(lievin ?? { lat: 0, lon: 0 });
    const page = s.page;
    await open(page);
    await searchAndChoose(page, 'Liévin');
    await expect.poll(() => page.locator('#groupe-hopital').innerText(), POLL).toBe('Hôpitaux et cliniques');
    await expect
      .poll(() => firstHospital(page).locator('.resultat-titre').innerText(), POLL)
      .toBe(expected.row.name);
    // the origin is a commune's centre: the distance is approximate
    const km = expected.km;
    expect(await firstHospital(page).locator('.resultat-distance strong').innerText()).toBe(
      km < 1 ? 'moins de 1 km' : `environ ${Math.round(km)} km`,
    );
    const infos = await firstHospital(page).locator('.resultat-infos').innerText();
    expect(infos).toContain(SHORT_STAY_TYPE[expected.row.type]);
    expect(infos).toContain('registre au 6 mars 2020');
  });

  test('no day unit, CMP or long-stay unit is offered among the hospitals', async () => {
    const page = s.page;
    await open(page, 'depuis=commune:62510');
    await expect.poll(() => firstHospital(page).count(), POLL).toBe(1);
    const names = await page
      .locator('[data-testid=nearest-list] ol[data-groupe=hopital] .resultat-titre')
      .allInnerTexts();
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(n).not.toMatch(NOT_THE_HOSPITAL);
  });

  test('the details of a hospital give its type, address, phone as a tel: link and the register date', async () => {
    // CH Lens, as written in the CSV
    const row = hospitals.find((h) => h.id === '620000257');
    expect(row, 'CH Lens in the CSV').toBeDefined();
    const page = s.page;
    await open(page, `sel=lieu:finess-${row?.id}`);
    await expect.poll(() => page.locator('#details h2').innerText(), POLL).toBe(row?.name);
    const details = page.locator('#details');
    await expect.poll(() => details.innerText(), POLL).toContain('Centre hospitalier');
    expect(await details.innerText()).toContain(`${row?.number} ${row?.street}`);
    expect(await details.innerText()).toContain('6 mars 2020');
    const tel = `0${row?.tel}`;
    const link = details.locator('a[href^="tel:"]');
    expect(await link.getAttribute('href')).toBe(`tel:+33${row?.tel}`);
    expect((await link.innerText()).replace(/\s/g, '')).toBe(tel);
    const { violations, message } = await checkA11y(page, '#details');
    expect(violations, message).toEqual([]);
  });

  test('the nearest list with hospitals has no accessibility violation', async () => {
    const page = s.page;
    await open(page, 'depuis=commune:62510');
    await expect.poll(() => firstHospital(page).count(), POLL).toBe(1);
    const { violations, message } = await checkA11y(page, '.trouver');
    expect(violations, message).toEqual([]);
  });
});

describe('map and legend', () => {
  test('hospitals are drawn by default; unticking "Hôpitaux et cliniques" hides them; the specialised layer is off until ticked', async () => {
    const page = s.page;
    await open(page);
    await waitForMapIdle(page);
    await expect.poll(() => renderedCount(page, [MAP_LAYERS.lieuxHopital]), POLL).toBeGreaterThan(0);
    // every hospital drawn has its square, not only its letter (the square is an image given by the app)
    expect(await renderedCount(page, [MAP_LAYERS.lieuxHopital])).toBe(await lettersOf(page, 'hopital'));
    expect(await renderedCount(page, [MAP_LAYERS.lieuxHopitalSpecialise])).toBe(0);
    await page.locator('input[type=checkbox][name=couche][value="hopital"]').uncheck();
    await mapRendered(page);
    expect(await renderedCount(page, [MAP_LAYERS.lieuxHopital])).toBe(0);
    await page.locator('input[type=checkbox][name=couche][value="hopital_specialise"]').check();
    await mapRendered(page);
    expect(await renderedCount(page, [MAP_LAYERS.lieuxHopitalSpecialise])).toBeGreaterThan(0);
    expect(page.url()).toContain('hopital_specialise');
  });
});

describe('coverage', () => {
  test('hospitals can be counted in coverage, and are not counted by default', async () => {
    const page = s.page;
    await open(page, 'mode=couverture');
    const box = page.locator('input[type=checkbox][name=couverture-type][value="hopital"]');
    await box.waitFor({ state: 'visible' });
    expect(await box.isChecked()).toBe(false);
    await box.check();
    await expect
      .poll(() => new URL(page.url()).searchParams.get('couverture') ?? '', POLL)
      .toContain('hopital');
  });
});
