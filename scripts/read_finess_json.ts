/**
 * FINESS register in its current publication: the data.gouv.fr dataset "finess-structures" (ANS, daily JSON
 * `finess-structures-*.json`, schema `schema-structures-v1`; reference files and notes in data/finess-format/).
 *
 * The top level holds `schemaVersion`, `generatedAt`, `gcc[]`, `gco[]` and `pmej[]` (legal entities, each with
 * its establishments `ege[]`). Every value is a string; legacy strings are right-padded with spaces (stripped here).
 * Coordinates: `directionLatitude`/`directionLongitude` (WGS84) and `coordonneeX`/`coordonneeY` in Lambert-93 **with
 * the axes swapped** (X holds the northing, Y the easting) — both are read and must agree within 100 m.
 *
 * Selection: active establishments (`etatObjet` A, no `dateFermeture`) of the chosen départements, in category 124
 * (centre de santé), 603 (maison de santé), 628 (pharmacie minière), a hospital category (classify_hospital.ts),
 * or of a Filieris legal entity (FILIERIS_EJ, or a legal entity whose name says Filieris/CANSSM: listed in
 * `filierisEj`). Every establishment read is either kept or dropped with its reason (`filtered`: out of scope;
 * `rejected`: invalid). Pure: the caller reads the file (whole text, or chunks through `FinessJsonReader`).
 */

import { FINESS_HOSPITAL_CATEGORIES } from '../src/domain/classify_hospital.ts';
import { formatFrenchPhone } from '../src/domain/format_phone.ts';
import { TopLevelJsonReader } from './lib/json_stream.ts';
import { isValidFiness, isValidSiret } from './lib/luhn.ts';
import { FILIERIS_EJ, FINESS_CATEGORIES, type FinessEt, lambert93ToWgs84 } from './read_finess.ts';

/** Labels of the non-hospital categories selected (TRE_R66), for the places' `category`. */
export const FINESS_CATEGORY_LABELS: Readonly<Record<string, string>> = {
  '124': 'Centre de Santé',
  '603': 'Maison de santé (L.6223-3)',
  '620': "Pharmacie d'Officine",
  '628': 'Pharmacie Minière',
  ...Object.fromEntries(Object.entries(FINESS_HOSPITAL_CATEGORIES).map(([code, c]) => [code, c.label])),
};

/** Categories selected whatever the legal entity. */
export const SELECTED_CATEGORIES: ReadonlySet<string> = new Set([
  FINESS_CATEGORIES.centreSante,
  FINESS_CATEGORIES.maisonSante,
  FINESS_CATEGORIES.pharmacieMiniere,
  ...Object.keys(FINESS_HOSPITAL_CATEGORIES),
]);

/** A legal entity whose name says it is Filieris (the mining social security's health network, CANSSM). */
export const FILIERIS_NAME = /FILIERIS|CANSSM|SECURITE SOCIALE DANS LES MINES|\bCARMI\b/i;

/** Largest distance allowed between the WGS84 and the Lambert-93 positions of one address. */
export const MAX_POSITION_GAP_M = 100;
/** BAN score from which a house-number key is taken as an address-level position. */
export const MIN_ADDRESS_SCORE = 0.7;

export interface Dropped {
  /** FINESS ET number, when readable */
  key: string | null;
  /** 1-based rank of the establishment in the file */
  line: number;
  kind: 'filtered' | 'rejected';
  reason: string;
}

export interface FinessJsonResult {
  schemaVersion: string | null;
  /** `generatedAt` of the file (ISO date and time) */
  generatedAt: string | null;
  counts: {
    pmej: number;
    pmejActive: number;
    ege: number;
    egeActive: number;
    /** establishments by category code: how many, how many active */
    byCategory: Record<string, { ege: number; active: number }>;
  };
  kept: FinessEt[];
  dropped: Dropped[];
  /** notes on kept rows (invalid SIRET, unusable phone…) */
  warnings: { key: string; line: number; reason: string }[];
  /** FINESS numbers of the legal entities taken as Filieris, each with its name */
  filierisEj: { numFinessPm: string; name: string }[];
  /** legal entities that could not be read (not an object, `ege` not a list…) */
  pmejErrors: { index: number; reason: string }[];
}

export interface FinessJsonOptions {
  /** départements kept (first 2 characters of the INSEE code), or null for all */
  departements: readonly string[] | null;
}

export type Json = Record<string, unknown>;
const obj = (v: unknown): Json | null =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : null;
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
/** A register string, stripped of its padding; null when empty or not a string. */
const str = (v: unknown): string | null => {
  if (typeof v !== 'string') return null;
  const t = v.replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
};

/** Distance in metres between two WGS84 positions (haversine). */
function metres(a: [number, number], b: [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
}

/** Whether a legal entity (one `pmej` element) is Filieris: by its FINESS number or its name. */
export function isFilierisPmej(pmej: Json): boolean {
  const info = obj(pmej.informationsGeneralesPMEJ);
  const name = str(info?.denominationLonguePmSmsse) ?? str(info?.denominationPm) ?? '';
  return str(info?.numFinessPm) === FILIERIS_EJ || FILIERIS_NAME.test(name);
}

/** The département of an establishment (one `ege` element) from its address's INSEE code, or null. */
export function egeDepartement(ege: Json): string | null {
  const a = addressOf(ege);
  const insee = str(a?.cogCommune);
  return insee && /^[0-9][0-9AB][0-9]{3}$/.test(insee) ? departementOf(insee) : null;
}

/** The establishment's address: the one of usage "03" (geographic address), else the first. */
function addressOf(ege: Json): Json | null {
  const list = arr(ege.adresse)
    .map(obj)
    .filter((a): a is Json => a !== null);
  return list.find((a) => a.usageAdresse === '03') ?? list[0] ?? null;
}

/** Street line for people: `ligneQuatre`, else built from its parts; a lieu-dit unless it is a postal box. */
function streetOf(a: Json): string | null {
  const line =
    str(a.ligneQuatre) ??
    ([str(a.numeroVoie), str(a.typeVoie), str(a.libelleVoie)].filter(Boolean).join(' ') || null);
  const lieuDit = str(a.lieuDit);
  const extra = lieuDit && !/^(BP|CS|TSA|CEDEX)\b/i.test(lieuDit) ? lieuDit : null;
  return [line, extra].filter(Boolean).join(', ') || null;
}

/** The first phone number of the contacts, as published (formatted later), or null. */
function phoneOf(ege: Json): string | null {
  for (const c of arr(ege.contact)) {
    const t = str(obj(obj(c)?.telecom)?.telephone);
    if (t) return t;
  }
  return null;
}

/** Département of an INSEE code: 2 characters, 3 overseas (97x, 98x). */
const departementOf = (insee: string): string =>
  /^9[78]/.test(insee) ? insee.slice(0, 3) : insee.slice(0, 2);

type Placed =
  | {
      ok: true;
      lon: number;
      lat: number;
      x: number | null;
      y: number | null;
      precision: 'address' | 'quartier';
      how: string;
    }
  | { ok: false; reason: string };

/** Position of an address from its WGS84 coordinates, checked against its (swapped) Lambert-93 ones. */
export function placeAddress(a: Json, insee: string): Placed {
  const geo = obj(a.coordonneesGeographique);
  if (!geo) return { ok: false, reason: 'no coordinates (coordonneesGeographique absent)' };
  const latRaw = str(geo.directionLatitude);
  const lonRaw = str(geo.directionLongitude);
  const lat = Number(latRaw);
  const lon = Number(lonRaw);
  if (
    !latRaw ||
    !lonRaw ||
    !Number.isFinite(lat) ||
    !Number.isFinite(lon) ||
    Math.abs(lat) > 90 ||
    Math.abs(lon) > 180
  )
    return { ok: false, reason: `bad WGS84 coordinates "${latRaw ?? ''}", "${lonRaw ?? ''}"` };
  // Lambert-93 with swapped axes: coordonneeX = northing, coordonneeY = easting (metropolitan France only)
  const northing = Number(str(geo.coordonneeX));
  const easting = Number(str(geo.coordonneeY));
  let x: number | null = null;
  let y: number | null = null;
  if (!/^9[78]/.test(insee) && str(geo.coordonneeX) && str(geo.coordonneeY)) {
    if (!Number.isFinite(northing) || !Number.isFinite(easting))
      return { ok: false, reason: `bad Lambert-93 coordinates "${geo.coordonneeX}", "${geo.coordonneeY}"` };
    const gap = metres([lon, lat], lambert93ToWgs84(easting, northing));
    if (gap > MAX_POSITION_GAP_M)
      return {
        ok: false,
        reason: `WGS84 and Lambert-93 positions disagree by ${Math.round(gap)} m (more than ${MAX_POSITION_GAP_M} m)`,
      };
    x = easting;
    y = northing;
  }
  const key = str(geo.cleInInteropBAN);
  const score = Number(str(geo.scoreBAN));
  // a BAN key with a house number looks like 01053_1950_00062; a street-level key has no number part
  const houseNumber = key !== null && /^[0-9AB]{5}_[0-9a-z]{4}_\d{5}/i.test(key);
  const precision = houseNumber && score >= MIN_ADDRESS_SCORE ? 'address' : 'quartier';
  return {
    ok: true,
    lon,
    lat,
    x,
    y,
    precision,
    how: `BAN ${key ?? 'key not given'}, score ${Number.isFinite(score) ? score.toFixed(2) : 'not given'}`,
  };
}

/** Reads the register's JSON, fed in chunks of text (`push`), then `end()` for the result. */
export class FinessJsonReader {
  private readonly top = new TopLevelJsonReader();
  private readonly seen = new Set<string>();
  private egeRank = 0;
  private readonly result: FinessJsonResult = {
    schemaVersion: null,
    generatedAt: null,
    counts: { pmej: 0, pmejActive: 0, ege: 0, egeActive: 0, byCategory: {} },
    kept: [],
    dropped: [],
    warnings: [],
    filierisEj: [],
    pmejErrors: [],
  };

  /**
   * @param options départements to keep
   * @param onPmej called with each legal entity read (the parsed object) and the establishments kept from it, so
   *   that a caller can write the selected subset as it goes
   */
  constructor(
    private readonly options: FinessJsonOptions,
    private readonly onPmej: (pmej: Json, keptEge: Json[], droppedEge: Json[]) => void = () => {},
  ) {}

  push(chunk: string): void {
    for (const item of this.top.push(chunk)) this.item(item.key, item.text, item.index);
  }

  end(): FinessJsonResult {
    for (const item of this.top.end()) this.item(item.key, item.text, item.index);
    return this.result;
  }

  private item(key: string, text: string, index: number): void {
    if (key === 'schemaVersion') this.result.schemaVersion = str(JSON.parse(text));
    else if (key === 'generatedAt') this.result.generatedAt = str(JSON.parse(text));
    else if (key === 'pmej' && index >= 0) this.pmej(JSON.parse(text), index);
  }

  private pmej(value: unknown, index: number): void {
    const r = this.result;
    const p = obj(value);
    if (!p) {
      r.pmejErrors.push({ index, reason: 'legal entity (pmej) is not an object' });
      return;
    }
    r.counts.pmej++;
    if (p.etatObjet === 'A') r.counts.pmejActive++;
    if (p.ege !== undefined && !Array.isArray(p.ege)) {
      r.pmejErrors.push({ index, reason: 'ege is not a list' });
      return;
    }
    const info = obj(p.informationsGeneralesPMEJ);
    const numPm = str(info?.numFinessPm);
    const name = str(info?.denominationLonguePmSmsse) ?? str(info?.denominationPm) ?? '';
    const filieris = isFilierisPmej(p);
    if (filieris && numPm && !r.filierisEj.some((f) => f.numFinessPm === numPm))
      r.filierisEj.push({ numFinessPm: numPm, name });
    const kept: Json[] = [];
    const dropped: Json[] = [];
    for (const e of arr(p.ege)) {
      const ege = obj(e);
      const before = r.kept.length;
      this.ege(ege, numPm, filieris);
      if (ege) (r.kept.length > before ? kept : dropped).push(ege);
    }
    this.onPmej(p, kept, dropped);
  }

  private ege(ege: Json | null, numPm: string | null, filieris: boolean): void {
    const r = this.result;
    const line = ++this.egeRank;
    r.counts.ege++;
    const info = obj(ege?.informationsGeneralesEGE);
    const category = str(ege?.categorieentiteGeographiqueExercice);
    const active = ege?.etatObjet === 'A' && !info?.dateFermeture;
    if (category) {
      const c = r.counts.byCategory[category] ?? { ege: 0, active: 0 };
      c.ege++;
      if (active) c.active++;
      r.counts.byCategory[category] = c;
    }
    if (active) r.counts.egeActive++;
    const no = str(info?.numFinessEge);
    const outcome = ege && info ? this.select(ege, info, line, numPm, filieris) : null;
    if (outcome && 'nofinesset' in outcome) r.kept.push(outcome);
    else
      r.dropped.push({
        key: no,
        line,
        ...(outcome ?? { kind: 'rejected', reason: 'establishment without informationsGeneralesEGE' }),
      });
  }

  /** The establishment as a register row, or why it is left out. */
  private select(
    ege: Json,
    info: Json,
    line: number,
    numPm: string | null,
    filieris: boolean,
  ): FinessEt | Pick<Dropped, 'kind' | 'reason'> {
    const r = this.result;
    const rejected = (reason: string) => ({ kind: 'rejected' as const, reason });
    const filtered = (reason: string) => ({ kind: 'filtered' as const, reason });
    const no = str(info.numFinessEge);
    if (!no || !isValidFiness(no)) return rejected(`missing or invalid FINESS ET number "${no ?? ''}"`);
    if (this.seen.has(no)) return rejected('duplicate FINESS ET number');
    this.seen.add(no);
    if (ege.etatObjet !== 'A' || info.dateFermeture)
      return filtered(
        info.dateFermeture
          ? `inactive (closed ${str(info.dateFermeture)})`
          : `inactive (etatObjet ${String(ege.etatObjet)})`,
      );
    const a = addressOf(ege);
    const insee = str(a?.cogCommune);
    if (!a || !insee || !/^[0-9][0-9AB][0-9]{3}$/.test(insee))
      return rejected(`missing or invalid commune code (cogCommune "${insee ?? ''}")`);
    const dep = departementOf(insee);
    if (this.options.departements && !this.options.departements.includes(dep))
      return filtered(`département ${dep} not selected`);
    const category = str(ege.categorieentiteGeographiqueExercice);
    if (!category || !/^\d{3}$/.test(category))
      return rejected(`missing or malformed category "${category ?? ''}"`);
    if (!filieris && !SELECTED_CATEGORIES.has(category)) return filtered(`category ${category} not selected`);
    if (!numPm || !isValidFiness(numPm))
      return rejected(`legal entity without a valid FINESS number ("${numPm ?? ''}")`);
    const rs = str(info.nomEgeCourt);
    if (!rs) return rejected('missing name (nomEgeCourt)');
    const placed = placeAddress(a, insee);
    if (!placed.ok) return rejected(placed.reason);
    const siret = str(info.siret);
    if (siret && !isValidSiret(siret))
      r.warnings.push({ key: no, line, reason: `SIRET "${siret}" is not valid: left out` });
    const rawPhone = phoneOf(ege);
    const phone = formatFrenchPhone(rawPhone);
    if (rawPhone && !phone)
      r.warnings.push({ key: no, line, reason: `phone "${rawPhone}" is not a French number: left out` });
    const postcode = str(a.codePostal);
    return {
      line,
      nofinesset: no,
      nofinessej: numPm,
      rs,
      rslongue: str(info.nomEgeLong),
      address: streetOf(a),
      insee,
      departement: dep,
      postcode: postcode && /^\d{5}$/.test(postcode) ? postcode : null,
      communeLabel: str(a.ligneAcheminement),
      categetab: category,
      libcategetab: FINESS_CATEGORY_LABELS[category] ?? null,
      siret: siret && isValidSiret(siret) ? siret : null,
      dateouv: str(info.dateOuverture),
      datemaj: str(ege.dateDerniereMaj),
      x: placed.x,
      y: placed.y,
      lon: placed.lon,
      lat: placed.lat,
      coordSource: placed.how,
      phone,
      precision: placed.precision,
      filieris,
    };
  }
}

/** Reads a whole file's text (see FinessJsonReader for a stream). */
export function readFinessJson(text: string, options: FinessJsonOptions): FinessJsonResult {
  const reader = new FinessJsonReader(options);
  reader.push(text);
  return reader.end();
}
