/**
 * FINESS geolocated extract loader (data.gouv.fr dataset "FINESS Extraction du Fichier des établissements",
 * resource `etalab-cs1100507-stock-YYYYMMDD-HHMM.csv`, Licence Ouverte).
 *
 * Format (as published; column order from the dataset's documentation "Description du jeu de données
 * établissements géolocalisés", as used e.g. by public scripts reading
 * https://static.data.gouv.fr/resources/finess-extraction-du-fichier-des-etablissements/20190517-100024/etalab-cs1100507-stock-20190516-0453.csv):
 * - latin-1 (ISO-8859-1), `;`-separated, no header line;
 * - line 1: metadata `finess;etalab;<n>;<YYYY-MM-DD>`;
 * - `structureet;` rows: the 32 columns of FINESS_STRUCTURE_COLUMNS (older extracts: 31, without `numuai`);
 * - then `geolocalisation;` rows: nofinesset;coordxet;coordyet;sourcecoordet;datemaj, coordinates in Lambert-93
 *   (EPSG:2154) metres, `sourcecoordet` = "<quality>,<source>,<n>,<org>,<base>,<version>,<CRS>".
 * The `commune` column holds the 3-digit commune number inside its département: INSEE = departement + commune.
 */
import proj4 from 'proj4';
import { formatFrenchPhone } from '../src/domain/format_phone.ts';

export const FINESS_STRUCTURE_COLUMNS = [
  'structureet',
  'nofinesset',
  'nofinessej',
  'rs',
  'rslongue',
  'complrs',
  'compldistrib',
  'numvoie',
  'typvoie',
  'voie',
  'compvoie',
  'lieuditbp',
  'commune',
  'departement',
  'libdepartement',
  'ligneacheminement',
  'telephone',
  'telecopie',
  'categetab',
  'libcategetab',
  'categagretab',
  'libcategagretab',
  'siret',
  'codeape',
  'codemft',
  'libmft',
  'codesph',
  'libsph',
  'dateouv',
  'dateautor',
  'datemaj',
  'numuai',
] as const;
export const FINESS_GEO_COLUMNS = [
  'geolocalisation',
  'nofinesset',
  'coordxet',
  'coordyet',
  'sourcecoordet',
  'datemaj',
] as const;

/**
 * Categories selected: 124 centre de santé, 603 maison de santé (L.6223-3); plus every establishment of the Filieris
 * EJ, whose pharmacies are "pharmacies minières" (628; 620 is the ordinary "pharmacie d'officine").
 */
export const FINESS_CATEGORIES = {
  centreSante: '124',
  maisonSante: '603',
  pharmacieMiniere: '628',
  pharmacie: '620',
} as const;
/** FINESS EJ of the Caisse autonome nationale de la sécurité sociale dans les mines (CANSSM, "Filieris"). */
export const FILIERIS_EJ = '750050759';

/** IGN definition of RGF93 v1 / Lambert-93 (EPSG:2154). */
export const LAMBERT93 =
  '+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs';
const l93 = proj4(LAMBERT93, 'WGS84');

/** Lambert-93 (metres) → WGS84 [lon, lat] in degrees, with proj4. */
export function lambert93ToWgs84(x: number, y: number): [number, number] {
  const [lon, lat] = l93.forward([x, y]) as [number, number];
  return [lon, lat];
}

export interface FinessMeta {
  producer: string;
  date: string | null;
}

export interface FinessEt {
  line: number;
  nofinesset: string;
  nofinessej: string;
  rs: string;
  rslongue: string | null;
  address: string | null;
  insee: string;
  departement: string;
  postcode: string | null;
  communeLabel: string | null;
  categetab: string;
  libcategetab: string | null;
  siret: string | null;
  dateouv: string | null;
  datemaj: string | null;
  x: number | null;
  y: number | null;
  lon: number | null;
  lat: number | null;
  coordSource: string | null;
  /** phone from the register, French national format (formatFrenchPhone), or null */
  phone: string | null;
  /** how precisely the coordinates place it (JSON register: from the BAN key and score); absent: address */
  precision?: 'address' | 'quartier';
  /** true when the legal entity is Filieris (JSON register: by number or name); absent: EJ number = FILIERIS_EJ */
  filieris?: boolean;
}

export interface FinessParse {
  meta: FinessMeta | null;
  etablissements: FinessEt[];
  /** malformed or inconsistent lines, with their 1-based line number */
  errors: { line: number; key: string | null; reason: string }[];
  lines: number;
  geolocRows: number;
}

export function decodeLatin1(buf: Uint8Array): string {
  return new TextDecoder('latin1').decode(buf);
}

const v = (s: string | undefined): string | null => {
  const t = (s ?? '').trim();
  return t === '' ? null : t;
};

const FINESS_ID = /^[0-9][0-9AB][0-9]{7}$/;

/** Parse the whole extract (already decoded from latin-1). Pure; malformed lines are returned in `errors`, never thrown. */
export function parseFiness(text: string): FinessParse {
  const rawLines = text.split(/\r?\n/);
  if (rawLines.length && rawLines[rawLines.length - 1] === '') rawLines.pop();
  const errors: FinessParse['errors'] = [];
  const byId = new Map<string, FinessEt>();
  let meta: FinessMeta | null = null;
  let geolocRows = 0;
  rawLines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const f = raw.split(';');
    const kind = f[0];
    if (line === 1) {
      if (kind === 'finess') meta = { producer: f[1] ?? '', date: v(f[3]) };
      else errors.push({ line, key: null, reason: 'first line is not the "finess;etalab;…" metadata line' });
      if (kind === 'finess') return;
    }
    if (kind === 'structureet') {
      if (f.length !== FINESS_STRUCTURE_COLUMNS.length && f.length !== FINESS_STRUCTURE_COLUMNS.length - 1) {
        errors.push({
          line,
          key: v(f[1]),
          reason: `structureet row with ${f.length} fields (expected 32 or 31)`,
        });
        return;
      }
      const r = Object.fromEntries(FINESS_STRUCTURE_COLUMNS.map((c, k) => [c, f[k] ?? ''])) as Record<
        (typeof FINESS_STRUCTURE_COLUMNS)[number],
        string
      >;
      const id = r.nofinesset.trim();
      if (!FINESS_ID.test(id)) {
        errors.push({ line, key: id || null, reason: 'invalid FINESS ET number' });
        return;
      }
      if (!FINESS_ID.test(r.nofinessej.trim())) {
        errors.push({ line, key: id, reason: 'invalid FINESS EJ number' });
        return;
      }
      if (byId.has(id)) {
        errors.push({ line, key: id, reason: 'duplicate structureet row' });
        return;
      }
      const dep = r.departement.trim();
      const com = r.commune.trim();
      if (!/^[0-9][0-9AB]$/.test(dep) || !/^[0-9]{3}$/.test(com)) {
        errors.push({ line, key: id, reason: `invalid département/commune "${dep}"/"${com}"` });
        return;
      }
      if (!/^[0-9]{3}$/.test(r.categetab.trim())) {
        errors.push({ line, key: id, reason: `invalid category "${r.categetab}"` });
        return;
      }
      const acheminement = v(r.ligneacheminement);
      const m = acheminement?.match(/^(\d{5})\s+(.*)$/);
      const street = [r.numvoie, r.compvoie, r.typvoie, r.voie]
        .map((s) => s.trim())
        .filter(Boolean)
        .join(' ');
      const address = [street, v(r.lieuditbp), v(r.compldistrib)].filter(Boolean).join(', ') || null;
      byId.set(id, {
        line,
        nofinesset: id,
        nofinessej: r.nofinessej.trim(),
        rs: r.rs.trim(),
        rslongue: v(r.rslongue),
        address,
        insee: dep + com,
        departement: dep,
        postcode: m ? (m[1] as string) : null,
        communeLabel: m ? (m[2] as string).trim() : acheminement,
        categetab: r.categetab.trim(),
        libcategetab: v(r.libcategetab),
        siret: v(r.siret),
        dateouv: v(r.dateouv),
        datemaj: v(r.datemaj),
        x: null,
        y: null,
        lon: null,
        lat: null,
        coordSource: null,
        phone: formatFrenchPhone(r.telephone),
      });
      return;
    }
    if (kind === 'geolocalisation') {
      geolocRows++;
      if (f.length !== FINESS_GEO_COLUMNS.length) {
        errors.push({
          line,
          key: v(f[1]),
          reason: `geolocalisation row with ${f.length} fields (expected 6)`,
        });
        return;
      }
      const id = (f[1] ?? '').trim();
      const et = byId.get(id);
      if (!et) {
        errors.push({
          line,
          key: id || null,
          reason: 'geolocalisation for an unknown FINESS ET (no structureet row before it)',
        });
        return;
      }
      const x = Number((f[2] ?? '').trim());
      const y = Number((f[3] ?? '').trim());
      const src = v(f[4]);
      if (!(f[2] ?? '').trim() || !(f[3] ?? '').trim() || !Number.isFinite(x) || !Number.isFinite(y)) {
        errors.push({ line, key: id, reason: 'non-numeric coordinates' });
        return;
      }
      const crs = src?.split(',').pop()?.trim() ?? 'LAMBERT_93';
      if (crs !== 'LAMBERT_93') {
        errors.push({ line, key: id, reason: `coordinates in ${crs}, not Lambert-93` });
        return;
      }
      if (x < 0 || x > 1_300_000 || y < 6_000_000 || y > 7_200_000) {
        errors.push({ line, key: id, reason: `coordinates out of the Lambert-93 domain (${x}, ${y})` });
        return;
      }
      const [lon, lat] = lambert93ToWgs84(x, y);
      Object.assign(et, { x, y, lon, lat, coordSource: src });
      return;
    }
    errors.push({ line, key: null, reason: `unknown record type "${(kind ?? '').slice(0, 20)}"` });
  });
  return { meta, etablissements: [...byId.values()], errors, lines: rawLines.length, geolocRows };
}

/** Rows selected for the map: in the given départements and (category 124 or 603, or legal entity Filieris). */
export function selectFiness(
  ets: readonly FinessEt[],
  departements: readonly string[] = ['59', '62'],
): FinessEt[] {
  return ets.filter(
    (e) =>
      departements.includes(e.departement) &&
      (e.categetab === FINESS_CATEGORIES.centreSante ||
        e.categetab === FINESS_CATEGORIES.maisonSante ||
        e.nofinessej === FILIERIS_EJ),
  );
}
