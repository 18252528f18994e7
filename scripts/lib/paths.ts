/** Input and output locations. Inputs are read from `data/` (vendored); outputs go under OUT_DIR (default: repository root). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DATA_DIR = path.resolve(process.env.DATA_DIR ?? path.join(ROOT, 'data'));
export const OUT_DIR = path.resolve(process.env.OUT_DIR ?? ROOT);

export const inputs = {
  bassin: path.join(DATA_DIR, 'bassin-minier-unesco', 'bassin-minier.geojson'),
  communesMbm: path.join(DATA_DIR, 'bassin-minier-unesco', 'communes-mbm.geojson'),
  citesUnesco: path.join(DATA_DIR, 'bassin-minier-unesco', 'cites-minieres.geojson'),
  citesZt: path.join(DATA_DIR, 'bassin-minier-unesco', 'zt-cites-minieres.geojson'),
  citesErbm: path.join(DATA_DIR, 'bassin-minier-unesco', 'raw-2026-03-10', 'cites-erbm.geojson'),
  batis: path.join(DATA_DIR, 'bassin-minier-unesco', 'batis.geojson'),
  bienInscrit: path.join(DATA_DIR, 'bassin-minier-unesco', 'bien-inscrit.geojson'),
  terrils: path.join(DATA_DIR, 'bassin-minier-unesco', 'terrils.geojson'),
  cavaliers: path.join(DATA_DIR, 'bassin-minier-unesco', 'cavaliers.geojson'),
  communes59: path.join(DATA_DIR, 'france-geojson', 'communes-59-nord.geojson'),
  communes62: path.join(DATA_DIR, 'france-geojson', 'communes-62-pas-de-calais.geojson'),
  facilities: path.join(DATA_DIR, 'facilities', 'facilities.csv'),
  cls: path.join(DATA_DIR, 'curated-facts', 'cls-bassin-minier.csv'),
  finessDir: path.join(DATA_DIR, 'finess'),
  hospitals: path.join(DATA_DIR, 'hospitals-eurostat-2020', 'hospitals-59-62.csv'),
  filosofi: path.join(DATA_DIR, 'filosofi-grid', 'filosofi-2021-200m-bassin-minier.csv'),
};

export const outputs = {
  tilesDir: path.join(OUT_DIR, 'tiles'),
  clientDir: path.join(OUT_DIR, 'public', 'data'),
  report: path.join(OUT_DIR, 'data', 'build-report.json'),
};

/** Path relative to the repository root, for messages and reports (never absolute, so reports are deterministic). */
export const rel = (p: string): string => path.relative(DATA_DIR, p).split(path.sep).join('/');
