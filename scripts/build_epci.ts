/**
 * Step 2 — EPCI perimeters dissolved from the commune polygons (only their 59/62 part), joined with the curated
 * Contrat Local de Santé facts (curated-facts/cls-bassin-minier.csv, one row per EPCI SIREN). Pure transform.
 */

import type { MultiPolygon } from 'geojson';
import { acceptWebUrl } from '../src/domain/accept_web_url.ts';
import { type ClsStatus, type Epci, PROP } from '../src/schema.ts';
import type { CommuneRecord } from './build_communes.ts';
import { dissolve } from './lib/dissolve.ts';
import { type BBox, bboxOf, round } from './lib/geo.ts';
import { type CsvRow, clean } from './lib/text.ts';
import { type TileProps, tileProps } from './lib/tile_props.ts';
import type { PkgEpci } from './read_inputs.ts';
import type { Report } from './report.ts';

export interface EpciRecord extends Epci {
  geometry: MultiPolygon;
  /** members of the EPCI outside 59/62 (not drawn, not counted). */
  members_outside: number;
}

/** Dates that mean "no date" in the curated file. */
const NO_DATE = new Set(['', 'inconnue', 'inconnu', 'n/a']);

/**
 * Maps the status as written in the CLS file to the schema enum:
 * a signed CLS ("CLS signé…", or a "CLS (…)" label with a date) → signe; a preparatory charter → preparation;
 * "inconnu" or a CLS label without any date (no evidence of a signature) → inconnu. Unrecognised labels → null (reported).
 */
export function clsStatusOf(label: string, date: string | null): ClsStatus | null {
  const l = label.trim().toLowerCase();
  const hasDate = date !== null && !NO_DATE.has(date.trim().toLowerCase());
  if (l.startsWith('cls signé') || l.startsWith('cls signe')) return 'signe';
  if (l.startsWith('charte')) return 'preparation';
  if (l === 'inconnu' || l === 'inconnue') return 'inconnu';
  if (l.startsWith('cls')) return hasDate ? 'signe' : 'inconnu';
  return null;
}

export interface ClsFact {
  statut: ClsStatus;
  libelle: string | null;
  date: string | null;
  source: string | null;
  note: string | null;
}

export function readClsRows(
  rows: readonly CsvRow[],
  knownSiren: ReadonlySet<string>,
  source: string,
  report: Report,
): Map<string, ClsFact> {
  const out = new Map<string, ClsFact>();
  for (const r of rows) {
    report.read(source);
    const v = r.values;
    const siren = (v.epci_siren ?? '').trim();
    if (!/^\d{9}$/.test(siren) || !knownSiren.has(siren)) {
      report.reject(source, r.line, siren, 'EPCI SIREN unknown among the EPCI of 59/62');
      continue;
    }
    if (out.has(siren)) {
      report.reject(source, r.line, siren, 'duplicate EPCI SIREN');
      continue;
    }
    const label = clean(v.statut) ?? '';
    const rawDate = clean(v.date);
    const statut = clsStatusOf(label, rawDate);
    if (!statut) {
      report.reject(source, r.line, siren, `unknown CLS status "${label}"`);
      continue;
    }
    const date = rawDate && !NO_DATE.has(rawDate.toLowerCase()) ? rawDate : null;
    const sourceUrl = clean(v.source_url);
    if (sourceUrl && !acceptWebUrl(sourceUrl)) {
      // the app would show it as a link: only http(s) addresses are accepted (no javascript:, data:…)
      report.reject(source, r.line, siren, `source_url "${sourceUrl.slice(0, 80)}" is not an http(s) URL`);
      continue;
    }
    if (!sourceUrl) report.warn(source, r.line, siren, 'no source URL');
    out.set(siren, {
      statut,
      libelle: label || null,
      date,
      source: sourceUrl,
      note: clean(v.note),
    });
    report.kept(source);
  }
  return out;
}

export function buildEpci(
  communes: readonly CommuneRecord[],
  pkgEpci: readonly PkgEpci[],
  cls: ReadonlyMap<string, ClsFact>,
): EpciRecord[] {
  const geoms = dissolve(
    communes.map((c) => ({
      type: 'Feature' as const,
      properties: { siren: c.epci_siren },
      geometry: c.geometry,
    })),
    (f) => f.properties.siren,
  );
  const bySiren = new Map(pkgEpci.map((e) => [e.code, e]));
  const out: EpciRecord[] = [];
  for (const [siren, geometry] of geoms) {
    const members = communes.filter((c) => c.epci_siren === siren);
    const e = bySiren.get(siren);
    const fact = cls.get(siren);
    const b = bboxOf(geometry);
    out.push({
      siren,
      nom: e?.nom ?? members[0]?.epci_nom ?? siren,
      population: members.reduce((s, c) => s + c.population, 0),
      bassin: members.some((c) => c.bassin),
      communes_count: members.length,
      cls_statut: fact?.statut ?? 'aucun',
      cls_libelle: fact?.libelle ?? null,
      cls_date: fact?.date ?? null,
      cls_source: fact?.source ?? null,
      cls_note: fact?.note ?? null,
      bbox: b.map((x) => round(x, 5)) as BBox,
      geometry,
      members_outside: (e?.membres.length ?? members.length) - members.length,
    });
  }
  return out.sort((a, b) => a.siren.localeCompare(b.siren));
}

export function epciTileProps(e: EpciRecord): TileProps {
  return tileProps(
    {
      [PROP.siren]: e.siren,
      [PROP.nom]: e.nom,
      [PROP.population]: e.population,
      [PROP.inBassin]: e.bassin,
      [PROP.clsStatut]: e.cls_statut,
    },
    {
      [PROP.clsLabel]: e.cls_libelle,
      [PROP.clsDate]: e.cls_date,
      [PROP.clsSource]: e.cls_source,
      [PROP.clsNote]: e.cls_note,
    },
  );
}

export function toClientEpci(e: EpciRecord): Epci {
  const { geometry: _g, members_outside: _m, ...rest } = e;
  return rest;
}
