/**
 * The committed outputs (tiles/*.pmtiles, public/data/*.json, data/build-report.json), read back as the app reads them.
 * Expected counts come from the SOURCES.md notes of the inputs, not from the build.
 */

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeCommunes } from '../../../src/data/communes_columns.ts';
import { checkCites, checkEpci, checkLieux } from '../../../src/data/validate_rows.ts';
import {
  ARCHIVES,
  type Cite,
  CLS_STATUSES,
  type Epci,
  KINDS,
  kindGroupOf,
  type Lieu,
  PRECISIONS,
  PROP,
  SCHEMA_VERSION,
  STATUSES,
  TILE_LAYERS,
} from '../../../src/schema.ts';
import { distinct, featuresAt, openArchive } from './pmtiles_reader.ts';

const ROOT = path.resolve(__dirname, '../../..');
const json = <T>(p: string): T => JSON.parse(fs.readFileSync(path.join(ROOT, p), 'utf8')) as T;

// From the SOURCES.md files of the inputs
const COMMUNES_59_62 = 1534; // decoupage-administratif: 1,534 current communes of 59 and 62
const COMMUNES_BASSIN = 330; // communes-mbm.geojson: 330
const EPCI_59_62 = 36; // the 36 EPCI having at least one member in 59/62
const CURATED_ROWS = 31; // facilities.csv: 31 rows
// hospitals-eurostat-2020/SOURCES.md: 278 rows; 23 of them are not hospital sites by their names (counted by hand:
// 8 family-planning centres, 3 home hospitalisation (HAD), 3 radiology clinics, 2 dialysis, 1 each of biology,
// imaging, health check-ups, diabetes education, dental service, prison unit, GCS) — see DATA.md
const HOSPITAL_ROWS = 278 - 23;
const CARE_ROWS = CURATED_ROWS + HOSPITAL_ROWS;
const SSM = 21; // batis: 21 "Équipement SSM"
const CITE_RECORDS = 159 + 162 + 59; // cites-minieres + zt-cites-minieres + cites-erbm

const lieux = json<{ schema: number; lieux: Lieu[] }>('public/data/lieux.json');
const communesFile = json<{ schema: number; population_vintage: string }>('public/data/communes.json');
const decodedCommunes = decodeCommunes(communesFile);
const communes = { ...communesFile, communes: decodedCommunes.communes };
const cites = json<{ schema: number; cites: Cite[] }>('public/data/cites.json');
const epci = json<{ schema: number; epci: Epci[] }>('public/data/epci.json');

describe('client JSON', () => {
  it('has the schema version and the expected counts', () => {
    for (const f of [lieux, communes, cites, epci]) expect(f.schema).toBe(SCHEMA_VERSION);
    expect(decodedCommunes.rejected).toEqual([]);
    expect(communes.communes).toHaveLength(COMMUNES_59_62);
    expect(communes.communes.filter((c) => c.bassin)).toHaveLength(COMMUNES_BASSIN);
    expect(epci.epci).toHaveLength(EPCI_59_62);
    expect(lieux.lieux).toHaveLength(CARE_ROWS);
    expect(communes.population_vintage).toMatch(/INSEE/);
  });

  it('every row of lieux, cités and EPCI passes the checks the app makes on load', () => {
    expect(checkLieux(lieux.lieux).rejected).toEqual([]);
    expect(checkCites(cites.cites).rejected).toEqual([]);
    expect(checkEpci(epci.epci).rejected).toEqual([]);
  });

  it('care places have valid enums, a source and a commune point or better', () => {
    const byInsee = new Map(communes.communes.map((c) => [c.insee, c]));
    for (const l of lieux.lieux) {
      expect(KINDS).toContain(l.kind);
      expect(STATUSES).toContain(l.status);
      expect(PRECISIONS).toContain(l.precision);
      expect(l.source_url).toMatch(/^https?:\/\//);
      const c = byInsee.get(l.commune_insee);
      expect(c, l.id).toBeDefined();
      if (l.precision === 'commune') expect([l.lon, l.lat]).toEqual([c?.lon, c?.lat]);
    }
    const ids = lieux.lieux.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('places Wallers-Arenberg at the building and keeps the Bruay aggregate row as one row of 4', () => {
    const w = lieux.lieux.find((l) => l.id === 'filieris-cs-wallers-arenberg');
    expect(w?.precision).toBe('building');
    // the facilities SOURCES.md lead: mean of the 16 vertices of batis 15I ≈ lat 50.380469, lon 3.429599 (a building ~ 30 m)
    expect(Math.abs((w?.lat ?? 0) - 50.380469)).toBeLessThan(0.0005);
    expect(Math.abs((w?.lon ?? 0) - 3.429599)).toBeLessThan(0.0008);
    const b = lieux.lieux.filter((l) => l.commune_insee === '62178' && l.kind === 'filieris_centre_sante');
    expect(b).toHaveLength(1);
    expect(b[0]?.aggregate_count).toBe(4);
    // no curated place has an address-level position (hospitals do, from the register)
    expect(
      lieux.lieux.filter((l) => !l.kind.startsWith('hopital') && l.precision === 'address'),
    ).toHaveLength(0);
  });

  it('EPCI carry a CLS status; the CLS rows of the curated file are joined', () => {
    for (const e of epci.epci) expect(CLS_STATUSES).toContain(e.cls_statut);
    const s = (siren: string) => epci.epci.find((e) => e.siren === siren);
    expect(s('246200364')?.cls_statut).toBe('signe'); // CALL, signed 2019-09-25
    expect(s('246200364')?.cls_date).toBe('2019-09-25');
    expect(s('200044618')?.cls_statut).toBe('preparation'); // Douaisis Agglo: charte
    expect(s('246200299')?.cls_statut).toBe('inconnu'); // CAHC
    expect(s('200033579')?.cls_libelle).toBe('CLS (co-piloté ARS + CUA)'); // CU d'Arras keeps its label
    expect(epci.epci.filter((e) => e.cls_statut !== 'aucun')).toHaveLength(8);
    const bassinEpci = new Set(communes.communes.filter((c) => c.bassin).map((c) => c.epci_siren));
    expect(new Set(epci.epci.filter((e) => e.bassin).map((e) => e.siren))).toEqual(bassinEpci);
  });

  it('commune populations sum to the package total for 59/62', () => {
    // decoupage-administratif SOURCES.md: sum of population 4,073,540
    expect(communes.communes.reduce((s, c) => s + c.population, 0)).toBe(4_073_540);
    expect(epci.epci.reduce((s, e) => s + e.population, 0)).toBe(4_073_540);
  });

  it('cités: every input record is kept or merged, Maisons & Cités is a boolean', () => {
    const report = json<{ sources: Record<string, { read: number; kept: number; merged: number }> }>(
      'data/build-report.json',
    );
    const src = [
      'cites-minieres.geojson',
      'zt-cites-minieres.geojson',
      'raw-2026-03-10/cites-erbm.geojson',
    ].map((f) => report.sources[`bassin-minier-unesco/${f}`]);
    expect(src.reduce((s, x) => s + (x?.read ?? 0), 0)).toBe(CITE_RECORDS);
    expect(src.reduce((s, x) => s + (x?.kept ?? 0), 0)).toBe(cites.cites.length);
    for (const c of cites.cites) expect(typeof c.maisons_et_cites).toBe('boolean');
    expect(cites.cites.find((c) => c.nom === "Cité d'Arenberg")?.maisons_et_cites).toBe(true);
    expect(new Set(cites.cites.map((c) => c.id)).size).toBe(cites.cites.length);
  });
});

describe('PMTiles archives', () => {
  const sante = openArchive(path.join(ROOT, 'tiles', `${ARCHIVES.overlays}.pmtiles`));
  const basemap = openArchive(path.join(ROOT, 'tiles', `${ARCHIVES.basemap}.pmtiles`));

  it('overlays: layers and feature counts (z10)', async () => {
    const fs10 = await featuresAt(sante, 10);
    const layers = new Set(fs10.map((f) => f.layer));
    for (const l of [
      TILE_LAYERS.communes,
      TILE_LAYERS.communeLabels,
      TILE_LAYERS.epci,
      TILE_LAYERS.bassin,
      TILE_LAYERS.cites,
      TILE_LAYERS.citePolygons,
      TILE_LAYERS.lieux,
      TILE_LAYERS.patrimoineSsm,
    ])
      expect(layers, l).toContain(l);
    expect(distinct(fs10, TILE_LAYERS.communes, PROP.insee).size).toBe(COMMUNES_59_62);
    expect(distinct(fs10, TILE_LAYERS.communeLabels, PROP.insee).size).toBe(COMMUNES_59_62);
    const bassin = new Set(
      fs10
        .filter((f) => f.layer === TILE_LAYERS.communes && f.props[PROP.inBassin] === true)
        .map((f) => f.props[PROP.insee]),
    );
    expect(bassin.size).toBe(COMMUNES_BASSIN);
    expect(distinct(fs10, TILE_LAYERS.epci, PROP.siren).size).toBe(EPCI_59_62);
    expect(distinct(fs10, TILE_LAYERS.cites, PROP.id).size).toBe(cites.cites.length);
    expect(distinct(fs10, TILE_LAYERS.citePolygons, PROP.id).size).toBe(cites.cites.length);
    expect(distinct(fs10, TILE_LAYERS.lieux, PROP.id).size).toBe(CARE_ROWS);
    expect(distinct(fs10, TILE_LAYERS.patrimoineSsm, PROP.id).size).toBe(SSM);
  });

  it('overlays: no point is dropped at the lowest and the highest zoom', async () => {
    const h = await sante.getHeader();
    for (const z of [h.minZoom, h.maxZoom]) {
      const f = await featuresAt(sante, z);
      expect(distinct(f, TILE_LAYERS.lieux, PROP.id).size, `z${z}`).toBe(CARE_ROWS);
      expect(distinct(f, TILE_LAYERS.communeLabels, PROP.insee).size, `z${z}`).toBe(COMMUNES_59_62);
      expect(distinct(f, TILE_LAYERS.cites, PROP.id).size, `z${z}`).toBe(cites.cites.length);
      expect(distinct(f, TILE_LAYERS.patrimoineSsm, PROP.id).size, `z${z}`).toBe(SSM);
    }
  });

  it('overlays: attributes of care places, communes and cités', async () => {
    const f = await featuresAt(sante, 8);
    const lieu = f.find(
      (x) => x.layer === TILE_LAYERS.lieux && x.props[PROP.id] === 'filieris-cs-wallers-arenberg',
    );
    expect(lieu?.props).toMatchObject({
      [PROP.kind]: 'filieris_centre_sante',
      [PROP.group]: 'filieris',
      [PROP.precision]: 'building',
      [PROP.status]: 'open',
      [PROP.communeInsee]: '59632',
    });
    for (const l of f.filter((x) => x.layer === TILE_LAYERS.lieux))
      expect(l.props[PROP.group]).toBe(kindGroupOf(l.props[PROP.kind] as Lieu['kind']));
    const lens = f.find((x) => x.layer === TILE_LAYERS.communes && x.props[PROP.insee] === '62498');
    expect(lens?.props).toMatchObject({
      [PROP.nom]: 'Lens',
      [PROP.departement]: '62',
      [PROP.epciSiren]: '246200364',
      [PROP.inBassin]: true,
    });
    expect(typeof lens?.props[PROP.population]).toBe('number');
    const cite = f.find((x) => x.layer === TILE_LAYERS.cites && x.props[PROP.nom] === "Cité d'Arenberg");
    expect(cite?.props[PROP.maisonsEtCites]).toBe(true);
    const e = f.find((x) => x.layer === TILE_LAYERS.epci && x.props[PROP.siren] === '245901160');
    expect(e?.props[PROP.clsStatut]).toBe('signe');
  });

  it('basemap: layers and counts', async () => {
    const f = await featuresAt(basemap, 9);
    const layers = new Set(f.map((x) => x.layer));
    for (const l of [
      TILE_LAYERS.land,
      TILE_LAYERS.departements,
      TILE_LAYERS.terrils,
      TILE_LAYERS.cavaliers,
      TILE_LAYERS.unescoBien,
    ])
      expect(layers, l).toContain(l);
    expect(distinct(f, TILE_LAYERS.departements, PROP.departement)).toEqual(new Set(['59', '62']));
    const names = distinct(f, TILE_LAYERS.land, PROP.nom);
    expect(names).toContain('France');
    expect(names).toContain('Belgium');
    expect(distinct(f, TILE_LAYERS.terrils, PROP.nom).size).toBeGreaterThan(40); // 51 terrils, a few share a name
  });

  it('manifest lists both archives with the schema version', () => {
    const m = json<{ schema: number; archives: { name: string; layers: Record<string, number> }[] }>(
      'tiles/manifest.json',
    );
    expect(m.schema).toBe(SCHEMA_VERSION);
    expect(m.archives.map((a) => a.name).sort()).toEqual([ARCHIVES.basemap, ARCHIVES.overlays].sort());
    const o = m.archives.find((a) => a.name === ARCHIVES.overlays);
    expect(o?.layers[TILE_LAYERS.lieux]).toBe(CARE_ROWS);
    expect(o?.layers[TILE_LAYERS.communes]).toBe(COMMUNES_59_62);
  });
});

describe('build report', () => {
  it('balances: read = kept + merged + filtered + rejected for every source, no unaccepted error', () => {
    const r = json<{
      sources: Record<
        string,
        { read: number; kept: number; merged: number; filtered: number; rejected: number }
      >;
      unaccepted_errors: number;
      balanced: boolean;
    }>('data/build-report.json');
    for (const [k, s] of Object.entries(r.sources))
      expect(s.read, k).toBe(s.kept + s.merged + s.filtered + s.rejected);
    expect(r.unaccepted_errors).toBe(0);
    expect(r.balanced).toBe(true);
    // 1,539 polygons of 2018 (648 + 891) = 1,534 current communes + 5 merged
    const a = r.sources['france-geojson/communes-59-nord.geojson'];
    const b = r.sources['france-geojson/communes-62-pas-de-calais.geojson'];
    expect((a?.read ?? 0) + (b?.read ?? 0)).toBe(1539);
    expect((a?.merged ?? 0) + (b?.merged ?? 0)).toBe(5);
  });
});
