/**
 * `npm run data:build` — the whole pipeline, from the vendored inputs in data/ to tiles/*.pmtiles, tiles/manifest.json,
 * public/data/*.json and data/build-report.json. Deterministic (no timestamps, sorted features).
 * OUT_DIR=<dir> writes the outputs under <dir> instead of the repository (used by the rebuild test).
 * Exits 1 on validation errors that are not listed in ACCEPTED_ISSUES, or if counts do not balance.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Topology } from 'topojson-specification';
import { encodeCommunes } from '../src/data/communes_columns.ts';
import {
  ARCHIVES,
  type Commune,
  type DataMeta,
  KIND_GROUP_IDS,
  kindGroupOf,
  SCHEMA_VERSION,
  TILE_LAYERS,
} from '../src/schema.ts';
import {
  BASEMAP_BBOX,
  bienName,
  buildDepartements,
  buildLand,
  buildPolygonLayer,
  cavalierName,
  type TileFeature,
  terrilName,
} from './build_basemap.ts';
import { CELLS_MINZOOM } from './build_cells.ts';
import { buildCites, citeTileProps, toClientCite } from './build_cites.ts';
import { type FileSize, kb, writeCompactJson } from './build_client.ts';
import { buildCommunes, communeTileProps } from './build_communes.ts';
import { buildEpci, epciTileProps, readClsRows, toClientEpci } from './build_epci.ts';
import { buildCuratedLieux, lieuTileProps, mergeFiness, sortLieux, toClientLieu } from './build_lieux.ts';
import { buildSsm, ssmTileProps } from './build_ssm.ts';
import { polygonOf } from './lib/geo.ts';
import { CommuneIndex } from './lib/locate.ts';
import { inputs, outputs, rel } from './lib/paths.ts';
import { decodeLatin1, parseFiness, selectFiness } from './read_finess.ts';
import { readCsv, readDecoupage, readGeoJson } from './read_inputs.ts';
import { Report } from './report.ts';
import { cellsStep } from './step_cells.ts';
import { writeArchive } from './write_tiles.ts';

const require = createRequire(import.meta.url);

export function buildAll(): { report: Report; ok: boolean } {
  const report = new Report();
  const t0 = Date.now();
  const log = (s: string): void => console.log(`[data:build ${((Date.now() - t0) / 1000).toFixed(1)}s] ${s}`);

  // ---- inputs
  const dec = readDecoupage();
  const populationVintage = `populations légales INSEE (champ population des communes) de @etalab/decoupage-administratif ${dec.version}, millésime COG 2026 — source https://www.insee.fr/fr/statistiques/8680726`;

  // ---- 1. communes
  const perimeter = polygonOf(readGeoJson(inputs.bassin)[0]?.geometry);
  const communes = buildCommunes(
    {
      polygons: [
        { source: rel(inputs.communes59), features: readGeoJson(inputs.communes59) },
        { source: rel(inputs.communes62), features: readGeoJson(inputs.communes62) },
      ],
      pkgCommunes: dec.communes,
      pkgEpci: dec.epci,
      mbm: readGeoJson(inputs.communesMbm),
      mbmSource: rel(inputs.communesMbm),
      perimeter,
    },
    report,
  );
  const index = new CommuneIndex(communes);
  log(`communes: ${communes.length} (${communes.filter((c) => c.bassin).length} in the bassin minier)`);

  // ---- 2. EPCI + CLS
  const clsCsv = readCsv(inputs.cls);
  for (const e of clsCsv.errors) report.reject(rel(inputs.cls), e.line, null, e.reason);
  const epciSirens = new Set(communes.map((c) => c.epci_siren));
  const cls = readClsRows(clsCsv.rows, epciSirens, rel(inputs.cls), report);
  const epci = buildEpci(communes, dec.epci, cls);
  for (const e of epci)
    if (e.members_outside > 0)
      report.note(
        `EPCI ${e.siren} ${e.nom}: ${e.members_outside} member(s) outside 59/62 not drawn nor counted`,
      );
  log(`EPCI: ${epci.length}, CLS rows joined: ${cls.size}`);

  // ---- 3. cités + SSM heritage
  const cites = buildCites(
    {
      sources: [
        { source: 'unesco', sourceName: rel(inputs.citesUnesco), features: readGeoJson(inputs.citesUnesco) },
        { source: 'zone_tampon', sourceName: rel(inputs.citesZt), features: readGeoJson(inputs.citesZt) },
        { source: 'erbm', sourceName: rel(inputs.citesErbm), features: readGeoJson(inputs.citesErbm) },
      ],
    },
    index,
    report,
  );
  const ssm = buildSsm(readGeoJson(inputs.batis), index, rel(inputs.batis), report);
  log(
    `cités: ${cites.length} (${cites.filter((c) => c.maisons_et_cites).length} Maisons & Cités), SSM buildings: ${ssm.length}`,
  );

  // ---- 4/5. care places (+ FINESS if an extract is vendored)
  const facCsv = readCsv(inputs.facilities);
  for (const e of facCsv.errors) report.reject(rel(inputs.facilities), e.line, null, e.reason);
  let lieux = buildCuratedLieux(facCsv.rows, index, cites, ssm, rel(inputs.facilities), report);
  const finessFile = fs.existsSync(inputs.finessDir)
    ? fs
        .readdirSync(inputs.finessDir)
        .filter((f) => /^etalab-cs1100507-stock-.*\.csv$/.test(f))
        .sort()
        .pop()
    : undefined;
  let finessNote =
    'no FINESS extract vendored in data/finess/ (run `npm run data:refresh` with internet): care places come from the curated file only';
  if (finessFile) {
    const src = `finess/${finessFile}`;
    const parsed = parseFiness(decodeLatin1(fs.readFileSync(path.join(inputs.finessDir, finessFile))));
    for (const e of parsed.errors) report.warn(src, e.line, e.key, `malformed line skipped: ${e.reason}`);
    const selected = selectFiness(parsed.etablissements);
    lieux = mergeFiness(lieux, selected, parsed.meta?.date ?? null, index, src, report);
    finessNote = `FINESS extract ${finessFile} (${parsed.meta?.date ?? 'date unknown'}): ${parsed.etablissements.length} establishments parsed, ${selected.length} selected (59/62, categories 124/603 or EJ 750050759)`;
  }
  report.note(finessNote);
  lieux = sortLieux(lieux);
  log(
    `care places: ${lieux.length} (precision: ${['address', 'building', 'quartier', 'commune'].map((p) => `${p} ${lieux.filter((l) => l.precision === p).length}`).join(', ')}; ${finessNote})`,
  );

  // ---- 6. basemap inputs
  const world = require('world-atlas/countries-10m.json') as Topology;
  const land = buildLand(world, 'world-atlas/countries-10m.json', report);
  const departements = buildDepartements(communes);
  const terrils = buildPolygonLayer(readGeoJson(inputs.terrils), rel(inputs.terrils), terrilName, report);
  const cavaliers = buildPolygonLayer(
    readGeoJson(inputs.cavaliers),
    rel(inputs.cavaliers),
    cavalierName,
    report,
  );
  const bien = buildPolygonLayer(readGeoJson(inputs.bienInscrit), rel(inputs.bienInscrit), bienName, report);
  const bassin = buildPolygonLayer(
    readGeoJson(inputs.bassin),
    rel(inputs.bassin),
    () => 'Bassin minier du Nord et du Pas-de-Calais',
    report,
  );

  // ---- 8. population grid (INSEE Filosofi 200 m)
  const grid = cellsStep(communes, index, perimeter, cites, lieux, report);
  log(
    `population grid: ${grid.counts.cells} cells, ${grid.counts.communes_perimetre} communes mostly in the perimeter`,
  );

  // ---- validation gate (before writing anything)
  const unbalanced = report.unbalanced();
  for (const u of unbalanced) report.error('report', null, null, `counts do not balance: ${u}`);
  const ok = report.unacceptedErrors().length === 0;
  if (!ok) {
    console.error(report.summary());
    console.error('data:build: unaccepted validation errors — outputs not written');
    return { report, ok };
  }

  // ---- 7. tiles
  const pt = (lon: number, lat: number) => ({ type: 'Point' as const, coordinates: [lon, lat] });
  const f = (geometry: TileFeature['geometry'], properties: TileFeature['properties']): TileFeature => ({
    type: 'Feature',
    properties,
    geometry,
  });
  const overlays = {
    [TILE_LAYERS.communes]: communes.map((c) => f(c.geometry, communeTileProps(c))),
    [TILE_LAYERS.communeLabels]: communes.map((c) => f(pt(c.label[0], c.label[1]), communeTileProps(c))),
    [TILE_LAYERS.epci]: epci.map((e) => f(e.geometry, epciTileProps(e))),
    [TILE_LAYERS.bassin]: bassin,
    [TILE_LAYERS.cites]: cites.map((c) => f(pt(c.lon, c.lat), citeTileProps(c))),
    [TILE_LAYERS.citePolygons]: cites.map((c) => f(c.geometry, citeTileProps(c))),
    [TILE_LAYERS.lieux]: lieux.map((l) => f(pt(l.lon, l.lat), lieuTileProps(l))),
    [TILE_LAYERS.patrimoineSsm]: ssm.map((s) => f(pt(s.lon, s.lat), ssmTileProps(s))),
    [TILE_LAYERS.cells]: grid.tiles,
  };
  const basemap = {
    [TILE_LAYERS.land]: land,
    [TILE_LAYERS.departements]: departements,
    [TILE_LAYERS.terrils]: terrils,
    [TILE_LAYERS.cavaliers]: cavaliers,
    [TILE_LAYERS.unescoBien]: bien,
  };
  const attribution =
    'Mission Bassin Minier / Bassin Minier Patrimoine Mondial (LO 2.0); IGN Admin Express 2018 via france-geojson (LO); INSEE COG via decoupage-administratif (LO); Insee, Filosofi 2021, données carroyées à 200 m (LO); Natural Earth';
  const sizes: Record<string, number> = {};
  const archives = [
    {
      name: ARCHIVES.basemap,
      layers: basemap,
      minzoom: 5,
      maxzoom: 12,
      clip: BASEMAP_BBOX,
      description:
        'Fond thématique hors ligne (Natural Earth, départements, terrils, cavaliers, bien UNESCO)',
    },
    {
      name: ARCHIVES.overlays,
      layers: overlays,
      minzoom: 5,
      maxzoom: 13,
      clip: undefined,
      description:
        'Communes, EPCI/CLS, bassin minier, cités minières, lieux de soin, patrimoine SSM, carreaux de population 200 m',
    },
  ];
  for (const a of archives) {
    const file = path.join(outputs.tilesDir, `${a.name}.pmtiles`);
    const { bytes } = writeArchive(
      {
        name: a.name,
        description: a.description,
        attribution,
        minzoom: a.minzoom,
        maxzoom: a.maxzoom,
        layers: Object.entries(a.layers).map(([name, features]) => ({
          name,
          features,
          ...(name === TILE_LAYERS.cells ? { minzoom: CELLS_MINZOOM } : {}),
        })),
        ...(a.clip ? { clip: a.clip } : {}),
      },
      file,
    );
    sizes[`tiles/${a.name}.pmtiles`] = bytes;
    log(`tiles/${a.name}.pmtiles: ${kb(bytes)}`);
  }
  const manifest = {
    schema: SCHEMA_VERSION,
    archives: archives.map((a) => ({
      name: a.name,
      file: `tiles/${a.name}.pmtiles`,
      minzoom: a.minzoom,
      maxzoom: a.maxzoom,
      bytes: sizes[`tiles/${a.name}.pmtiles`],
      layers: Object.fromEntries(Object.entries(a.layers).map(([n, fs_]) => [n, fs_.length])),
    })),
  };
  fs.writeFileSync(path.join(outputs.tilesDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  // ---- client JSON
  const clientCommunes: Commune[] = communes.map((c) => ({
    insee: c.insee,
    nom: c.nom,
    postcodes: c.postcodes,
    population: c.population,
    dep: c.dep,
    epci_siren: c.epci_siren,
    epci_nom: c.epci_nom,
    bassin: c.bassin,
    perimetre: c.perimetre,
    lon: c.label[0],
    lat: c.label[1],
  }));
  const counts: Record<string, number> = {
    communes: communes.length,
    communes_bassin: communes.filter((c) => c.bassin).length,
    epci: epci.length,
    epci_bassin: epci.filter((e) => e.bassin).length,
    epci_with_cls_row: cls.size,
    cites: cites.length,
    cites_maisons_et_cites: cites.filter((c) => c.maisons_et_cites).length,
    lieux: lieux.length,
    lieux_with_finess: lieux.filter((l) => l.finess).length,
    patrimoine_ssm: ssm.length,
    terrils: terrils.length,
    cavaliers: cavaliers.length,
    unesco_bien: bien.length,
    ...grid.counts,
  };
  for (const p of ['address', 'building', 'quartier', 'commune'] as const)
    counts[`lieux_precision_${p}`] = lieux.filter((l) => l.precision === p).length;
  for (const g of KIND_GROUP_IDS)
    counts[`lieux_groupe_${g}`] = lieux.filter((l) => kindGroupOf(l.kind) === g).length;
  const meta: DataMeta = {
    schema: SCHEMA_VERSION,
    built_from:
      'Mission Bassin Minier / UNESCO layers (rlespinasse/bassin-minier-unesco, 2026-04), IGN Admin Express 2018 communes (france-geojson), COG 2026 (@etalab/decoupage-administratif), INSEE Filosofi 2021 200 m grid, curated facilities and CLS facts, Natural Earth',
    population_vintage: populationVintage,
    counts,
    attributions: [
      {
        name: 'Mission Bassin Minier / Bassin Minier Patrimoine Mondial (via rlespinasse/bassin-minier-unesco; geo.api.gouv.fr)',
        licence: 'Licence Ouverte 2.0',
        url: 'https://github.com/rlespinasse/bassin-minier-unesco',
      },
      {
        name: 'IGN Admin Express COG 2018, via gregoiredavid/france-geojson',
        licence: 'Licence Ouverte',
        url: 'https://github.com/gregoiredavid/france-geojson',
      },
      {
        name: `INSEE COG 2026 et populations légales, DGCL EPCI 2026, La Poste codes postaux, via @etalab/decoupage-administratif ${dec.version}`,
        licence: 'Licence Ouverte',
        url: 'https://github.com/datagouv/decoupage-administratif',
      },
      {
        name: 'Natural Earth 1:10m (via world-atlas)',
        licence: 'Domaine public',
        url: 'https://www.naturalearthdata.com/',
      },
      {
        name: 'Lieux de soin : relevé manuel, une page source par lieu (champ source_url)',
        licence: 'Faits relevés ; sources citées par ligne',
        url: null,
      },
      {
        name: 'Contrats locaux de santé : relevé manuel, une page source par EPCI (champ cls_source)',
        licence: 'Faits relevés ; sources citées par ligne',
        url: null,
      },
      ...(finessFile
        ? [
            {
              name: 'FINESS, extraction des établissements géolocalisés (DREES)',
              licence: 'Licence Ouverte',
              url: 'https://www.data.gouv.fr/fr/datasets/finess-extraction-du-fichier-des-etablissements/',
            },
          ]
        : []),
      grid.attribution,
      {
        name: 'Noto Sans (glyphes SDF via protomaps/basemaps-assets)',
        licence: 'SIL Open Font License 1.1',
        url: 'https://github.com/protomaps/basemaps-assets',
      },
    ],
  };
  const files: FileSize[] = [
    writeCompactJson(outputs.clientDir, 'lieux.json', {
      schema: SCHEMA_VERSION,
      lieux: lieux.map(toClientLieu),
    }),
    writeCompactJson(outputs.clientDir, 'communes.json', {
      schema: SCHEMA_VERSION,
      population_vintage: populationVintage,
      ...encodeCommunes(clientCommunes),
    }),
    writeCompactJson(outputs.clientDir, 'cites.json', {
      schema: SCHEMA_VERSION,
      cites: cites.map(toClientCite),
    }),
    writeCompactJson(outputs.clientDir, 'epci.json', {
      schema: SCHEMA_VERSION,
      epci: epci.map(toClientEpci),
    }),
    writeCompactJson(outputs.clientDir, 'meta.json', meta),
    writeCompactJson(outputs.clientDir, 'cells.json', { schema: SCHEMA_VERSION, ...grid.table }),
  ];
  for (const s of files) log(`public/data/${s.file}: ${kb(s.bytes)} raw, ${kb(s.gzip_bytes)} gzip`);

  report.outputs.counts = counts;
  report.outputs.client_files = files.map((s) => ({ ...s, file: `public/data/${s.file}` }));
  report.outputs.tiles = manifest.archives.map((a) => ({ file: a.file, bytes: a.bytes, layers: a.layers }));
  report.outputs.lieux_placement = lieux.map((l) => ({
    id: l.id,
    precision: l.precision,
    how: l.placement_note,
  }));
  report.outputs.cells = grid.figures;
  report.outputs.cites_merged = cites
    .filter((c) => c.members.length > 1)
    .map((c) => ({ id: c.id, nom: c.nom, members: c.members }));
  fs.mkdirSync(path.dirname(outputs.report), { recursive: true });
  fs.writeFileSync(outputs.report, `${JSON.stringify(report.toJSON(), null, 1)}\n`);
  console.log(report.summary());
  log(`report: ${path.relative(process.cwd(), outputs.report) || outputs.report}`);
  return { report, ok };
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('build_all.ts')) {
  const { ok } = buildAll();
  process.exit(ok ? 0 : 1);
}
