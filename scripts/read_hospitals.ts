/**
 * Step 4b — hospitals of Nord and Pas-de-Calais from `data/hospitals-eurostat-2020/hospitals-59-62.csv`
 * (Eurostat GISCO "healthcare services", built from FINESS, extraction of 6 March 2020; see its SOURCES.md).
 * Every row is validated (FINESS number and check digit, département, position inside a 59/62 commune, known
 * facility type, geolocation quality, duplicates) and either kept, filtered (its name says it is not a hospital
 * site: see NAMING_RULES) or rejected with its reason. Pure apart from the report.
 */
import { classifyHospital, NAMING_RULES } from '../src/domain/classify_hospital.ts';
import { formatFrenchPhone } from '../src/domain/format_phone.ts';
import type { LieuRecord } from './build_lieux.ts';
import { round } from './lib/geo.ts';
import type { CommuneIndex } from './lib/locate.ts';
import { isValidFiness } from './lib/luhn.ts';
import { type CsvRow, clean, parseCsv } from './lib/text.ts';
import type { Report } from './report.ts';

/** Provenance written on every hospital place (source line of the app, DATA.md, meta.json). */
export const HOSPITALS_SOURCE = {
  name: 'FINESS via Eurostat GISCO, extraction du 6 mars 2020',
  /** `ref_date` of every row (06/03/2020) */
  date: '2020-03-06',
  url: 'https://github.com/eurostat/basic-services',
  attribution:
    'Eurostat GISCO – healthcare services; source FINESS (ministère chargé de la santé), extraction 03/2020',
} as const;

/** Generous bounding box of Nord and Pas-de-Calais [west, south, east, north] (the communes' extent is inside). */
export const DEPARTEMENTS_BBOX = [1.5, 49.95, 4.3, 51.1] as const;

/** Columns the reader needs (the file has more, all copied from the source). */
export const HOSPITAL_COLUMNS = [
  'id',
  'hospital_name',
  'lat',
  'lon',
  'geo_qual',
  'street',
  'house_number',
  'postcode',
  'city',
  'facility_type',
  'tel',
  'ref_date',
  'dep',
] as const;

/** How precisely a row is placed, from Eurostat's `geo_qual` (1 good → address; 2 medium, 3 low → quartier). */
export const PRECISION_OF_GEO_QUAL: Readonly<Record<string, LieuRecord['precision']>> = {
  '1': 'address',
  '2': 'quartier',
  '3': 'quartier',
};

export interface HospitalsResult {
  lieux: LieuRecord[];
  /** rows each naming rule decided (changed the outcome given by the category alone), all and in the basin */
  rules: Record<string, { rows: number; bassin: number; ids: string[] }>;
}

/**
 * Reads the hospital file's text: lines that are not CSV records of the header's width are rejected with their
 * line number, the others validated and classified by `readHospitals`. Every line is counted under `source`.
 * When the current register is vendored (`supersededBy`: its source name), it gives the hospitals: every row of
 * this March 2020 file is then counted as filtered, none kept.
 */
export function readHospitalsCsv(
  text: string,
  communes: CommuneIndex,
  source: string,
  report: Report,
  supersededBy: string | null = null,
): HospitalsResult {
  const csv = parseCsv(text);
  if (supersededBy) {
    report.read(source, csv.rows.length + csv.errors.length);
    report.filtered(
      source,
      `superseded by the FINESS register ${supersededBy}`,
      csv.rows.length + csv.errors.length,
    );
    return { lieux: [], rules: {} };
  }
  for (const e of csv.errors) {
    report.read(source);
    report.reject(source, e.line, null, e.reason);
  }
  return readHospitals(csv.rows, csv.header, communes, source, report);
}

/** Validates and classifies the rows of the hospital file; counts every row in the report under `source`. */
export function readHospitals(
  rows: readonly CsvRow[],
  header: readonly string[],
  communes: CommuneIndex,
  source: string,
  report: Report,
): HospitalsResult {
  const rules: HospitalsResult['rules'] = Object.fromEntries(
    NAMING_RULES.map((r) => [r.id, { rows: 0, bassin: 0, ids: [] as string[] }]),
  );
  const missing = HOSPITAL_COLUMNS.filter((c) => !header.includes(c));
  const lieux: LieuRecord[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    report.read(source);
    const v = r.values;
    const id = clean(v.id) ?? '';
    const reject = (reason: string): void => report.reject(source, r.line, id || null, reason);
    if (missing.length > 0) {
      reject(`missing column(s): ${missing.join(', ')}`);
      continue;
    }
    if (!isValidFiness(id)) {
      reject(`FINESS ET number "${id}" is not 9 digits with a valid check digit`);
      continue;
    }
    if (seen.has(id)) {
      reject('duplicate FINESS ET number');
      continue;
    }
    const dep = id.slice(0, 2);
    if (dep !== '59' && dep !== '62') {
      reject(`département ${dep} is not Nord (59) or Pas-de-Calais (62)`);
      continue;
    }
    if (clean(v.dep) !== dep) {
      reject(`column dep "${v.dep}" does not match the FINESS number's département ${dep}`);
      continue;
    }
    const postcode = clean(v.postcode);
    if (!postcode || !/^\d{5}$/.test(postcode) || !postcode.startsWith(dep)) {
      reject(`postcode "${v.postcode}" is not a postcode of département ${dep}`);
      continue;
    }
    const nom = clean(v.hospital_name);
    if (!nom) {
      reject('missing hospital_name');
      continue;
    }
    const lon = Number(v.lon);
    const lat = Number(v.lat);
    const [w, s, e, n] = DEPARTEMENTS_BBOX;
    if (!clean(v.lon) || !clean(v.lat) || !Number.isFinite(lon) || !Number.isFinite(lat)) {
      reject(`coordinates "${v.lat}", "${v.lon}" are not numbers`);
      continue;
    }
    if (lon < w || lon > e || lat < s || lat > n) {
      reject(`coordinates ${lat}, ${lon} are outside Nord/Pas-de-Calais (${s}–${n} N, ${w}–${e} E)`);
      continue;
    }
    const p: [number, number] = [round(lon, 5), round(lat, 5)];
    const commune = communes.at(p);
    if (!commune) {
      reject(`coordinates ${lat}, ${lon} are not inside a commune of Nord/Pas-de-Calais`);
      continue;
    }
    if (commune.dep !== dep) {
      reject(`coordinates ${lat}, ${lon} lie in ${commune.nom} (${commune.dep}), not in département ${dep}`);
      continue;
    }
    const precision = PRECISION_OF_GEO_QUAL[clean(v.geo_qual) ?? ''];
    if (!precision) {
      reject(`geolocation quality geo_qual "${v.geo_qual}" is not 1, 2 or 3`);
      continue;
    }
    const category = clean(v.facility_type) ?? '';
    const c = classifyHospital(category, nom);
    if (!c) {
      reject(`unknown facility type "${category}"`);
      continue;
    }
    seen.add(id);
    if (c.rule) {
      const count = rules[c.rule];
      if (count) {
        count.rows++;
        if (commune.bassin) count.bassin++;
        count.ids.push(id);
      }
    }
    if (!c.inScope) {
      report.filtered(source, `name: not a hospital site (${c.rule})`);
      continue;
    }
    const refDate = clean(v.ref_date);
    if (refDate !== '06/03/2020')
      report.warn(source, r.line, id, `ref_date "${refDate}" is not the extract's date 06/03/2020`);
    const tel = clean(v.tel);
    const phone = formatFrenchPhone(tel);
    if (tel && !phone) report.warn(source, r.line, id, `tel "${tel}" is not a French number: not published`);
    const street = [clean(v.house_number), clean(v.street)].filter(Boolean).join(' ');
    report.kept(source);
    lieux.push({
      id: `finess-${id}`,
      nom,
      kind: c.kind,
      operator: null,
      status: 'open',
      precision,
      address: street || null,
      commune: commune.nom,
      commune_insee: commune.insee,
      postcode,
      lon: p[0],
      lat: p[1],
      source_url: HOSPITALS_SOURCE.url,
      source_date: HOSPITALS_SOURCE.date,
      evidence: null,
      finess: id,
      aggregate_count: null,
      phone,
      category: c.category,
      siret: null,
      opened: null,
      source_name: HOSPITALS_SOURCE.name,
      line: r.line,
      placement_note: `Eurostat GISCO coordinates (geo_qual ${v.geo_qual}: ${precision})`,
    });
  }
  return { lieux, rules };
}
