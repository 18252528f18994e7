/**
 * The one schema shared by the data pipeline (`scripts/`) and the app (`src/`):
 * tile archive names, tile layer names, property names, enums and client data file shapes.
 * Change SCHEMA_VERSION whenever a name or a shape here changes.
 */
export const SCHEMA_VERSION = 3;

/** PMTiles archives written to `tiles/` and served at `tiles/<name>.pmtiles`. */
export const ARCHIVES = {
  /** thematic offline basemap: land, countries, départements, terrils, cavaliers, UNESCO property */
  basemap: 'basemap',
  /** overlays: communes, EPCI/CLS, bassin perimeter, cités, care places, SSM heritage */
  overlays: 'sante',
} as const;
export type ArchiveName = (typeof ARCHIVES)[keyof typeof ARCHIVES];

/** Vector tile layer names (the `-l` names given to tippecanoe). */
export const TILE_LAYERS = {
  // basemap archive
  land: 'land', // Natural Earth countries (France, Belgium…) — props: PROP.name, PROP.isoA3? (see basemap step)
  departements: 'departements', // props: code, nom
  terrils: 'terrils', // props: nom
  cavaliers: 'cavaliers', // props: nom
  unescoBien: 'unesco_bien', // UNESCO inscribed property — props: nom
  // overlays archive
  communes: 'communes', // polygons — CommuneTileProps
  communeLabels: 'commune_labels', // points (label point inside polygon) — CommuneTileProps
  epci: 'epci', // polygons dissolved from communes — EpciTileProps
  bassin: 'bassin_minier', // perimeter polygon — props: nom
  cites: 'cites', // representative points — CiteTileProps
  citePolygons: 'cites_polygones', // cité polygons — CiteTileProps
  lieux: 'lieux_soin', // care places, points — LieuTileProps
  patrimoineSsm: 'patrimoine_ssm', // historic miners' dispensaries (batis "Équipement SSM"), points — SsmTileProps
  cells: 'carreaux', // INSEE Filosofi 200 m cells, squares, from z11 — props: PROP.cellId (promoteId)
} as const;
export type TileLayerName = (typeof TILE_LAYERS)[keyof typeof TILE_LAYERS];

/**
 * The tile layer `carreaux` starts at this zoom (the pipeline writes it so, the map draws it from there): a cell is
 * then about 4 pixels wide at 50° N (2 at z10, where the squares would also make the busiest tile 254 KiB instead
 * of 109 KiB); the commune choropleth serves below.
 */
export const CELLS_MINZOOM = 11;

/** Kinds of care place. */
export const KINDS = [
  'filieris_centre_sante',
  'filieris_dentaire',
  'filieris_pharmacie',
  'filieris_autre',
  'msp',
  'centre_sante_autre',
  /** hospital with short-stay care: CH, CHR/CHU, clinique (MCO), CLCC, ex-hôpital local */
  'hopital',
  /** psychiatric establishment or unit (CHS, hospital psychiatry/addiction units) */
  'hopital_psychiatrie',
  /** soins de suite et de réadaptation, soins de longue durée, soins palliatifs */
  'hopital_ssr',
] as const;
export type Kind = (typeof KINDS)[number];

/** Groups of kinds, as the user sees them (legend, finder sections, embed `layers`). */
export const KIND_GROUPS = {
  filieris: ['filieris_centre_sante', 'filieris_dentaire', 'filieris_autre'],
  pharmacie: ['filieris_pharmacie'],
  msp: ['msp'],
  cs: ['centre_sante_autre'],
  hopital: ['hopital'],
  hopital_specialise: ['hopital_psychiatrie', 'hopital_ssr'],
} as const satisfies Record<string, readonly Kind[]>;
export type KindGroup = keyof typeof KIND_GROUPS;
export const KIND_GROUP_IDS = Object.keys(KIND_GROUPS) as KindGroup[];

export function kindGroupOf(kind: Kind): KindGroup {
  for (const group of KIND_GROUP_IDS) {
    if ((KIND_GROUPS[group] as readonly Kind[]).includes(kind)) return group;
  }
  throw new Error(`kind without group: ${kind}`);
}

export const STATUSES = ['open', 'planned', 'closed', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];

/** How precisely a care place is located, from most to least precise. */
export const PRECISIONS = ['address', 'building', 'quartier', 'commune'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** CLS (Contrat Local de Santé) status of an EPCI. */
export const CLS_STATUSES = ['signe', 'preparation', 'inconnu', 'aucun'] as const;
export type ClsStatus = (typeof CLS_STATUSES)[number];

/**
 * The part of the map a figure is about:
 * - `perimetre`: « le bassin minier », the perimeter drawn by the Mission Bassin Minier (the communes lying mostly
 *   inside the line, flag `perimetre`; for the 200 m cells, those whose centre is inside) — the default;
 * - `bassin`: « les intercommunalités du bassin », the 330 communes of the bassin's nine EPCI (flag `bassin`);
 * - every commune of Nord and Pas-de-Calais (`all`), one EPCI (by SIREN) or one commune (by INSEE code).
 * The words of the URL and of the embed options are in `src/state/vocabulary.ts` (`bassin` there is the drawn
 * perimeter, the name people use; `intercommunalites` the 330 communes).
 */
export type Territory =
  | { type: 'perimetre' }
  | { type: 'bassin' }
  | { type: 'epci'; siren: string }
  | { type: 'commune'; insee: string }
  | { type: 'all' };

export const isOneOf = <T extends string>(values: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (values as readonly string[]).includes(v);

/** Property names in tiles (and in client JSON, which uses the same names). */
export const PROP = {
  id: 'id',
  insee: 'insee',
  nom: 'nom',
  population: 'population',
  epciSiren: 'epci_siren',
  epciNom: 'epci_nom',
  departement: 'dep',
  inBassin: 'bassin', // boolean: one of the 330 communes of the bassin's intercommunalities (communes-mbm) / EPCI with ≥1 such commune
  /** boolean: commune lying mostly (> 50 % of its area) inside the drawn bassin-minier perimeter */
  perimetre: 'perimetre',
  /** integer id of a 200 m cell, row·100000 + col of its EPSG:3035 grid corner (see cellId in src/data/cells_columns.ts) */
  cellId: 'carreau',
  siren: 'siren',
  clsStatut: 'cls_statut',
  clsLabel: 'cls_libelle', // status as written in the source
  clsDate: 'cls_date',
  clsSource: 'cls_source',
  clsNote: 'cls_note',
  kind: 'kind',
  group: 'groupe',
  operator: 'operator',
  status: 'status',
  precision: 'precision',
  address: 'address',
  commune: 'commune',
  communeInsee: 'commune_insee',
  /** cités spanning several communes: their INSEE codes, comma-separated */
  communesInsee: 'communes_insee',
  postcode: 'postcode',
  sourceUrl: 'source_url',
  sourceDate: 'source_date',
  evidence: 'evidence',
  finess: 'finess',
  aggregateCount: 'aggregate_count', // > 1 when one row stands for several unnamed sites
  type: 'type',
  compagnie: 'compagnie',
  proprietaire: 'proprietaire',
  maisonsEtCites: 'maisons_et_cites', // boolean
  sources: 'sources', // comma-separated: unesco, zone_tampon, erbm
  interet: 'interet',
  denomination: 'denomination',
  /** SSM heritage buildings: period of construction */
  periode: 'periode',
  /** care places: phone number from the official register (French national format), never invented */
  phone: 'phone',
  /** care places: FINESS category label of the establishment */
  category: 'category',
  siret: 'siret',
  /** care places: opening date (ISO) from the register */
  opened: 'opened',
  /** care places: name of the dataset the place comes from, with its vintage */
  sourceName: 'source_name',
} as const;

// ---------- client data files (public/data/*.json) ----------

export const CLIENT_FILES = {
  lieux: 'data/lieux.json',
  communes: 'data/communes.json',
  cites: 'data/cites.json',
  epci: 'data/epci.json',
  meta: 'data/meta.json',
  /** INSEE Filosofi 200 m cells and cité links, loaded only by the coverage mode (src/data/cells_columns.ts) */
  cells: 'data/cells.json',
} as const;

/** A care place (public/data/lieux.json → `{ schema, lieux: Lieu[] }`). Coordinates WGS84. */
export interface Lieu {
  id: string;
  nom: string;
  kind: Kind;
  operator: string | null;
  status: Status;
  precision: Precision;
  address: string | null;
  commune: string;
  commune_insee: string;
  postcode: string | null;
  lon: number;
  lat: number;
  source_url: string;
  source_date: string | null;
  evidence: string | null;
  finess: string | null;
  aggregate_count: number | null;
  /** phone number from the official register only, French national format ("03 21 69 12 00") */
  phone: string | null;
  /** FINESS category label ("Centre Hospitalier (C.H.)") */
  category: string | null;
  siret: string | null;
  /** opening date (ISO) from the register */
  opened: string | null;
  /** dataset the place comes from, with its vintage ("FINESS via Eurostat GISCO, extraction du 6 mars 2020") */
  source_name: string | null;
}

/** A commune (public/data/communes.json, written in columns: see src/data/communes_columns.ts). lon/lat = label point inside the polygon. */
export interface Commune {
  insee: string;
  nom: string;
  postcodes: string[];
  population: number;
  dep: string;
  epci_siren: string;
  epci_nom: string;
  /** one of the 330 communes of the bassin's nine intercommunalities (communes-mbm) */
  bassin: boolean;
  /** lies mostly (> 50 % of its area) inside the drawn bassin-minier perimeter */
  perimetre: boolean;
  lon: number;
  lat: number;
}

/** A cité minière (public/data/cites.json → `{ schema, cites: Cite[] }`). lon/lat = representative point inside the polygon. */
export interface Cite {
  id: string;
  nom: string;
  commune_insee: string;
  communes_insee: string[];
  commune: string;
  type: string | null;
  compagnie: string | null;
  proprietaire: string | null;
  maisons_et_cites: boolean;
  sources: string[];
  lon: number;
  lat: number;
}

/** An EPCI with its CLS (public/data/epci.json → `{ schema, epci: Epci[] }`). bbox = [west, south, east, north]. */
export interface Epci {
  siren: string;
  nom: string;
  population: number;
  bassin: boolean;
  communes_count: number;
  cls_statut: ClsStatus;
  cls_libelle: string | null;
  cls_date: string | null;
  cls_source: string | null;
  cls_note: string | null;
  bbox: [number, number, number, number];
}

/** Build metadata (public/data/meta.json). */
export interface DataMeta {
  schema: number;
  built_from: string; // short description of inputs
  population_vintage: string; // e.g. "populations légales 2022 (INSEE), @etalab/decoupage-administratif 6.0.0"
  counts: Record<string, number>;
  attributions: { name: string; licence: string; url: string | null }[];
}
