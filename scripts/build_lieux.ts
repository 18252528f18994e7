/**
 * Step 4 — care places from the curated facilities CSV, placed at the most precise place the evidence supports;
 * Step 5 (merge) — FINESS establishments merged in when an extract is present (FINESS wins on location, the
 * curated row keeps its id, name, status and source). Pure transforms.
 */

import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { acceptWebUrl } from '../src/domain/accept_web_url.ts';
import { classifyHospital, FINESS_HOSPITAL_CATEGORIES } from '../src/domain/classify_hospital.ts';
import {
  isOneOf,
  KINDS,
  type Kind,
  kindGroupOf,
  type Lieu,
  PROP,
  STATUSES,
  type Status,
} from '../src/schema.ts';
import type { CiteRecord } from './build_cites.ts';
import type { SsmRecord } from './build_ssm.ts';
import { round } from './lib/geo.ts';
import type { CommuneIndex } from './lib/locate.ts';
import { type CsvRow, clean, communeKey, normName } from './lib/text.ts';
import { type TileProps, tileProps } from './lib/tile_props.ts';
import { FILIERIS_EJ, FINESS_CATEGORIES, type FinessEt } from './read_finess.ts';
import type { Report } from './report.ts';

/**
 * Placements more precise than the commune, each justified by the evidence of the row and a feature of the open data.
 * Only these rows get a position other than their commune's label point.
 */
export const PLACEMENTS: Record<string, { precision: 'building'; ssm: string; why: string }> = {
  'filieris-cs-wallers-arenberg': {
    precision: 'building',
    ssm: 'ssm-15I',
    why:
      'The source places the centre "rue du Dispensaire, cité d\'Arenberg" and calls it the former dispensary of the cité; ' +
      'the UNESCO batis element 15I "Pharmacie et cabinet médical" (Équipement SSM, Wallers, after 1945, owner CRSSM) is that building. ' +
      'Position = point inside its footprint (derived, not published by any source).',
  },
};

export interface LieuRecord extends Lieu {
  line: number | null;
  placement_note: string | null;
}

/** Number of sites a row stands for: "(4 sites …, ligne agrégée)" or an id ending in "-x4". */
export function aggregateCountOf(id: string, name: string): number | null {
  const m = name.match(/\((\d+)\s+sites[^)]*agrég/i) ?? id.match(/-x(\d+)$/);
  return m ? Number(m[1]) : null;
}

export function buildCuratedLieux(
  rows: readonly CsvRow[],
  communes: CommuneIndex,
  cites: readonly CiteRecord[],
  ssm: readonly SsmRecord[],
  source: string,
  report: Report,
): LieuRecord[] {
  const out: LieuRecord[] = [];
  const ids = new Set<string>();
  for (const r of rows) {
    report.read(source);
    const v = r.values;
    const id = clean(v.id) ?? '';
    const reject = (reason: string): void => report.reject(source, r.line, id || null, reason);
    if (!/^[a-z0-9-]+$/.test(id)) {
      reject('missing or malformed id');
      continue;
    }
    if (ids.has(id)) {
      reject('duplicate id');
      continue;
    }
    const kind = clean(v.kind);
    if (!isOneOf(KINDS, kind)) {
      reject(`unknown kind "${kind}"`);
      continue;
    }
    const status = clean(v.status);
    if (!isOneOf(STATUSES, status)) {
      reject(`unknown status "${status}"`);
      continue;
    }
    const insee = clean(v.commune_insee) ?? '';
    const commune = communes.byInsee.get(insee);
    if (!commune) {
      reject(`INSEE code "${insee}" does not exist in 59/62 (COG 2026)`);
      continue;
    }
    if (communeKey(v.commune) !== communeKey(commune.nom)) {
      reject(`commune name "${v.commune}" does not match INSEE ${insee} (${commune.nom})`);
      continue;
    }
    const sourceUrl = clean(v.source_url);
    if (!sourceUrl || !acceptWebUrl(sourceUrl)) {
      reject('missing or invalid source_url');
      continue;
    }
    const nom = clean(v.name);
    if (!nom) {
      reject('missing name');
      continue;
    }
    const postcode = clean(v.postcode);
    if (postcode && !commune.postcodes.includes(postcode))
      report.warn(source, r.line, id, `postcode ${postcode} is not a postcode of ${commune.nom}`);
    if (clean(v.phone))
      report.warn(
        source,
        r.line,
        id,
        'phone present in the source file: not published (phone numbers come from the FINESS register only)',
      );
    const sourceDate = clean(v.source_date);
    if (sourceDate && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(sourceDate))
      report.warn(source, r.line, id, `source_date "${sourceDate}" is not ISO`);
    if (!commune.bassin)
      report.warn(source, r.line, id, `commune ${commune.nom} is outside the bassin minier perimeter`);

    // placement
    let precision: Lieu['precision'] = 'commune';
    let [lon, lat] = commune.label;
    let note: string | null = 'commune label point (no more precise position in the evidence)';
    const lat0 = clean(v.lat);
    const lon0 = clean(v.lon);
    const placement = PLACEMENTS[id];
    if (lat0 || lon0) {
      const p: [number, number] = [Number(lon0), Number(lat0)];
      if (!Number.isFinite(p[0]) || !Number.isFinite(p[1]) || !booleanPointInPolygon(p, commune.geometry)) {
        reject('coordinates not inside the stated commune');
        continue;
      }
      [lon, lat] = p;
      precision = 'address';
      note = `coordinates from the source file (${clean(v.coord_source) ?? 'coord_source not given'})`;
    } else if (placement) {
      const b = ssm.find((s) => s.id === placement.ssm);
      if (!b || b.commune_insee !== insee) {
        reject(`placement building ${placement.ssm} not found in commune ${insee}`);
        continue;
      }
      [lon, lat] = [b.lon, b.lat];
      precision = 'building';
      note = placement.why;
    } else {
      // a cité named in the address, in the same commune → quartier
      const addr = normName(v.address);
      const cite = cites.find(
        (c) => c.communes_insee.includes(insee) && addr.length > 0 && addr.includes(normName(c.nom)),
      );
      if (cite) {
        [lon, lat] = [cite.lon, cite.lat];
        precision = 'quartier';
        note = `representative point of the cité "${cite.nom}" (${cite.id}) named in the address`;
      }
    }
    ids.add(id);
    report.kept(source);
    out.push({
      id,
      nom,
      kind,
      operator: clean(v.operator),
      status,
      precision,
      address: clean(v.address),
      commune: commune.nom,
      commune_insee: insee,
      postcode,
      lon: round(lon, 5),
      lat: round(lat, 5),
      source_url: sourceUrl,
      source_date: sourceDate,
      evidence: clean(v.evidence),
      finess: null,
      aggregate_count: aggregateCountOf(id, nom),
      phone: null,
      category: null,
      siret: null,
      opened: null,
      source_name: null,
      line: r.line,
      placement_note: note,
    });
  }
  return out;
}

/**
 * Kind of a FINESS establishment, or null when it is none of the map's kinds. Filieris establishments (legal
 * entity Filieris/CANSSM): pharmacie minière 628 (or an officine, 620) → pharmacy, centre de santé 124 → centre
 * (dental when the name says so), anything else → "other Filieris"; then 603 maison de santé, 124 centre de santé,
 * and the hospital categories, classified with their name (classifyHospital: a name that is not a hospital site
 * gives null).
 */
export function kindOfFiness(e: FinessEt): Kind | null {
  const dental = /dentaire/i.test(`${e.rs} ${e.rslongue ?? ''}`);
  if (e.filieris ?? e.nofinessej === FILIERIS_EJ) {
    if (e.categetab === FINESS_CATEGORIES.pharmacieMiniere || e.categetab === FINESS_CATEGORIES.pharmacie)
      return 'filieris_pharmacie';
    if (e.categetab === FINESS_CATEGORIES.centreSante)
      return dental ? 'filieris_dentaire' : 'filieris_centre_sante';
    return 'filieris_autre';
  }
  if (e.categetab === FINESS_CATEGORIES.maisonSante) return 'msp';
  if (e.categetab === FINESS_CATEGORIES.centreSante) return 'centre_sante_autre';
  const hospital = classifyHospital(e.categetab, e.rslongue ?? e.rs);
  if (hospital) return hospital.inScope ? hospital.kind : null;
  return null;
}

const STOP = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'l',
  'd',
  'et',
  'a',
  'en',
  'centre',
  'sante',
  'maison',
  'filieris',
  'cs',
  'msp',
]);
const tokens = (s: string): Set<string> =>
  new Set(
    normName(s)
      .split(' ')
      .filter((t) => t.length > 1 && !STOP.has(t)),
  );

/** Similarity of two establishment names: shared significant tokens. */
export function nameScore(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  let n = 0;
  for (const t of ta) if (tb.has(t)) n++;
  return n;
}

export const FINESS_DATASET_URL =
  'https://www.data.gouv.fr/fr/datasets/finess-extraction-du-fichier-des-etablissements/';

/** Where a register extract comes from: written on the places it adds (`source_url`, `source_name`). */
export interface RegisterSource {
  url: string;
  /** e.g. "FINESS (data.gouv.fr), état du 2026-03-09" */
  name: string;
}

/**
 * Merge FINESS establishments (already selected) with the curated places. A curated row (not an aggregate) matches a
 * FINESS row of the same commune and kind group, choosing by name when several qualify. Matched rows take the
 * register's position (its precision), address, postcode, phone, number, SIRET, opening date and category;
 * everything else stays from the curated row, its source included (a curated `unknown` status becomes `open`: the
 * register lists open establishments). Unmatched FINESS rows are added, with the register as their source.
 * Register rows are downloaded, not curated: one that cannot be placed is rejected with a warning (listed in the
 * report) and the build goes on.
 */
export function mergeFiness(
  curated: readonly LieuRecord[],
  finess: readonly FinessEt[],
  finessDate: string | null,
  communes: CommuneIndex,
  source: string,
  report: Report,
  register: RegisterSource = {
    url: FINESS_DATASET_URL,
    name: `FINESS, extraction des établissements (data.gouv.fr)${finessDate ? `, ${finessDate}` : ''}`,
  },
): LieuRecord[] {
  const out = curated.map((l) => ({ ...l }));
  const used = new Set<string>();
  const reject = (e: FinessEt, reason: string): void =>
    report.reject(source, e.line, e.nofinesset, reason, 'warning');
  for (const e of [...finess].sort((a, b) => a.nofinesset.localeCompare(b.nofinesset))) {
    report.read(source);
    const commune = communes.byInsee.get(e.insee);
    if (!commune) {
      reject(e, `INSEE code ${e.insee} does not exist in 59/62 (COG 2026)`);
      continue;
    }
    if (e.lon === null || e.lat === null) {
      reject(e, 'no geolocalisation row');
      continue;
    }
    const p: [number, number] = [round(e.lon, 5), round(e.lat, 5)];
    if (!communes.at(p)) {
      reject(e, 'coordinates outside Nord/Pas-de-Calais');
      continue;
    }
    const kind = kindOfFiness(e);
    const name = e.rslongue ?? e.rs;
    if (!kind) {
      const hospital = classifyHospital(e.categetab, name);
      report.filtered(
        source,
        hospital && !hospital.inScope
          ? `name: not a hospital site (${hospital.rule})`
          : `category ${e.categetab} is not shown on the map`,
      );
      continue;
    }
    const category = e.libcategetab ?? FINESS_HOSPITAL_CATEGORIES[e.categetab]?.label ?? null;
    const precision = e.precision ?? 'address';
    const candidates = out
      .filter(
        (l) =>
          !used.has(l.id) &&
          l.finess === null &&
          l.aggregate_count === null &&
          l.commune_insee === e.insee &&
          kindGroupOf(l.kind) === kindGroupOf(kind),
      )
      .map((l) => ({ l, s: nameScore(l.nom, name) }))
      .sort((a, b) => b.s - a.s || a.l.id.localeCompare(b.l.id));
    const best = candidates[0];
    const match = best && (candidates.length === 1 || best.s > (candidates[1]?.s ?? 0)) ? best.l : null;
    if (match) {
      used.add(match.id);
      Object.assign(match, {
        lon: p[0],
        lat: p[1],
        precision,
        address: e.address ?? match.address,
        postcode: e.postcode ?? match.postcode,
        phone: e.phone,
        finess: e.nofinesset,
        siret: e.siret,
        opened: isoDate(e.dateouv),
        category,
        status: match.status === 'unknown' ? 'open' : match.status,
        placement_note: `FINESS ${e.nofinesset} geolocation (${e.coordSource ?? 'source not given'})`,
      } satisfies Partial<LieuRecord>);
      report.merged(source);
      continue;
    }
    out.push({
      id: `finess-${e.nofinesset}`,
      nom: name,
      kind,
      operator: (e.filieris ?? e.nofinessej === FILIERIS_EJ) ? 'Filieris (CANSSM)' : null,
      status: 'open' as Status,
      precision,
      address: e.address,
      commune: commune.nom,
      commune_insee: e.insee,
      postcode: e.postcode,
      lon: p[0],
      lat: p[1],
      source_url: register.url,
      source_date: finessDate,
      evidence: e.libcategetab ? `FINESS ${e.nofinesset}: ${e.libcategetab}` : `FINESS ${e.nofinesset}`,
      finess: e.nofinesset,
      aggregate_count: null,
      phone: e.phone,
      category,
      siret: e.siret,
      opened: isoDate(e.dateouv),
      source_name: register.name,
      line: e.line,
      placement_note: `FINESS geolocation (${e.coordSource ?? 'source not given'})`,
    });
    report.kept(source);
  }
  return out;
}

/** An ISO date (YYYY-MM-DD) from a register's date, or null. */
function isoDate(s: string | null): string | null {
  const m = s?.match(/^(\d{4}-\d{2}-\d{2})/);
  return m ? (m[1] as string) : null;
}

/** The places in output order (by commune INSEE code, then id), as a new array; the input is not modified. */
export function sortLieux<T extends Lieu>(l: readonly T[]): T[] {
  return [...l].sort((a, b) => a.commune_insee.localeCompare(b.commune_insee) || a.id.localeCompare(b.id));
}

export function toClientLieu(l: LieuRecord): Lieu {
  const { line: _l, placement_note: _n, ...rest } = l;
  return rest;
}

export function lieuTileProps(l: Lieu): TileProps {
  return tileProps(
    {
      [PROP.id]: l.id,
      [PROP.nom]: l.nom,
      [PROP.kind]: l.kind,
      [PROP.group]: kindGroupOf(l.kind),
      [PROP.status]: l.status,
      [PROP.precision]: l.precision,
      [PROP.commune]: l.commune,
      [PROP.communeInsee]: l.commune_insee,
      [PROP.sourceUrl]: l.source_url,
    },
    {
      [PROP.operator]: l.operator,
      [PROP.address]: l.address,
      [PROP.postcode]: l.postcode,
      [PROP.sourceDate]: l.source_date,
      [PROP.evidence]: l.evidence,
      [PROP.finess]: l.finess,
      [PROP.aggregateCount]: l.aggregate_count,
      [PROP.phone]: l.phone,
      [PROP.category]: l.category,
      [PROP.siret]: l.siret,
      [PROP.opened]: l.opened,
      [PROP.sourceName]: l.source_name,
    },
  );
}
