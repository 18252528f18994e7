/**
 * Row checks of the client data files, as `decodeCommunes` checks the rows of communes.json: a row whose
 * values cannot be used is rejected with its position, its id and what is wrong (a code, worded by the
 * interface's catalogue: `txt.errors.rowProblems`), and the other rows are kept. Pure functions.
 */
import {
  type Cite,
  CLS_STATUSES,
  type Epci,
  isOneOf,
  KINDS,
  type Lieu,
  PRECISIONS,
  STATUSES,
} from '../schema.ts';

/** What makes a row unusable: the field (or fields) whose value is wrong, or an id already used. */
export const ROW_PROBLEMS = [
  'notObject',
  'id',
  'duplicate',
  'insee',
  'siren',
  'nom',
  'postcodes',
  'population',
  'epci',
  'coordinates',
  'kind',
  'status',
  'precision',
  'commune',
  'communes',
  'sourceUrl',
  'text',
  'count',
  'flag',
  'sources',
  'clsStatus',
  'bbox',
] as const;
export type RowProblem = (typeof ROW_PROBLEMS)[number];

/** A row left out of a file: its position (0-based), its id when it has one, what is wrong. */
export interface RejectedRow {
  row: number;
  id: string | null;
  problem: RowProblem;
}

export interface CheckedRows<T> {
  rows: T[];
  /** in row order; `rows.length + rejected.length` is the number of rows read */
  rejected: RejectedRow[];
}

type Row = Record<string, unknown>;

const isRecord = (x: unknown): x is Row => typeof x === 'object' && x !== null && !Array.isArray(x);
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const textOrNull = (v: unknown): boolean => v === null || typeof v === 'string';
const count = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const lonLat = (lon: unknown, lat: unknown): boolean =>
  typeof lon === 'number' && typeof lat === 'number' && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;

/** INSEE code of a commune (2A/2B for Corsica), as in communes.json. */
export const INSEE_RE = /^\d[\dAB]\d{3}$/;
const SIREN_RE = /^\d{9}$/;
const ID_RE = /^[A-Za-z0-9_.-]{1,120}$/;

/** The problem of one care place row (lieux.json), or null when it can be used. */
export function lieuProblem(r: Row): RowProblem | null {
  if (typeof r.id !== 'string' || !ID_RE.test(r.id)) return 'id';
  if (!nonEmpty(r.nom)) return 'nom';
  if (!isOneOf(KINDS, r.kind)) return 'kind';
  if (!isOneOf(STATUSES, r.status)) return 'status';
  if (!isOneOf(PRECISIONS, r.precision)) return 'precision';
  if (!lonLat(r.lon, r.lat)) return 'coordinates';
  if (typeof r.commune !== 'string' || typeof r.commune_insee !== 'string' || !INSEE_RE.test(r.commune_insee))
    return 'commune';
  if (typeof r.source_url !== 'string') return 'sourceUrl';
  const texts = [
    r.operator,
    r.address,
    r.postcode,
    r.source_date,
    r.evidence,
    r.finess,
    r.phone,
    r.category,
    r.siret,
    r.opened,
    r.source_name,
  ];
  if (!texts.every(textOrNull)) return 'text';
  if (r.aggregate_count !== null && !(count(r.aggregate_count) && r.aggregate_count > 0)) return 'count';
  return null;
}

/** The problem of one cité row (cites.json), or null when it can be used. */
export function citeProblem(r: Row): RowProblem | null {
  if (typeof r.id !== 'string' || !ID_RE.test(r.id)) return 'id';
  if (!nonEmpty(r.nom)) return 'nom';
  if (typeof r.commune_insee !== 'string' || !INSEE_RE.test(r.commune_insee) || typeof r.commune !== 'string')
    return 'commune';
  const all = r.communes_insee;
  if (!Array.isArray(all) || !all.every((c) => typeof c === 'string' && INSEE_RE.test(c))) return 'communes';
  if (typeof r.maisons_et_cites !== 'boolean') return 'flag';
  if (!Array.isArray(r.sources) || !r.sources.every((s) => typeof s === 'string')) return 'sources';
  if (![r.type, r.compagnie, r.proprietaire].every(textOrNull)) return 'text';
  if (!lonLat(r.lon, r.lat)) return 'coordinates';
  return null;
}

/** The problem of one EPCI row (epci.json), or null when it can be used. */
export function epciProblem(r: Row): RowProblem | null {
  if (typeof r.siren !== 'string' || !SIREN_RE.test(r.siren)) return 'siren';
  if (!nonEmpty(r.nom)) return 'nom';
  if (!count(r.population)) return 'population';
  if (typeof r.bassin !== 'boolean') return 'flag';
  if (!count(r.communes_count)) return 'count';
  if (!isOneOf(CLS_STATUSES, r.cls_statut)) return 'clsStatus';
  if (![r.cls_libelle, r.cls_date, r.cls_source, r.cls_note].every(textOrNull)) return 'text';
  const b = r.bbox;
  if (
    !Array.isArray(b) ||
    b.length !== 4 ||
    !lonLat(b[0], b[1]) ||
    !lonLat(b[2], b[3]) ||
    (b[0] as number) > (b[2] as number) ||
    (b[1] as number) > (b[3] as number)
  )
    return 'bbox';
  return null;
}

/**
 * Keeps the rows of a list that pass `problemOf` and whose id is not already used; rejects the others with
 * their reason. Kept rows are the objects read, unchanged.
 */
export function checkRows<T>(
  list: readonly unknown[],
  problemOf: (r: Row) => RowProblem | null,
  idOf: (r: Row) => unknown,
): CheckedRows<T> {
  const rows: T[] = [];
  const rejected: RejectedRow[] = [];
  const seen = new Set<string>();
  list.forEach((r, row) => {
    if (!isRecord(r)) {
      rejected.push({ row, id: null, problem: 'notObject' });
      return;
    }
    const raw = idOf(r);
    const id = typeof raw === 'string' ? raw : null;
    const problem = problemOf(r) ?? (id !== null && seen.has(id) ? 'duplicate' : null);
    if (problem) {
      rejected.push({ row, id, problem });
      return;
    }
    if (id !== null) seen.add(id);
    rows.push(r as T);
  });
  return { rows, rejected };
}

export const checkLieux = (list: readonly unknown[]): CheckedRows<Lieu> =>
  checkRows<Lieu>(list, lieuProblem, (r) => r.id);
export const checkCites = (list: readonly unknown[]): CheckedRows<Cite> =>
  checkRows<Cite>(list, citeProblem, (r) => r.id);
export const checkEpci = (list: readonly unknown[]): CheckedRows<Epci> =>
  checkRows<Epci>(list, epciProblem, (r) => r.siren);
