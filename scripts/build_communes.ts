/**
 * Step 1 — communes of Nord (59) and Pas-de-Calais (62): 2018 IGN polygons (france-geojson) reconciled with the
 * 2026 COG of @etalab/decoupage-administratif (codes merged since 2018 are dissolved into the current commune),
 * flagged as one of the 330 communes of the bassin's intercommunalities (`bassin`, communes-mbm) and as lying mostly
 * inside the drawn perimeter (`perimetre`: more than half of its area inside bassin-minier.geojson), with EPCI
 * and a label point inside the polygon. Pure transform: inputs in, features and report entries out.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { type Commune, PROP } from '../src/schema.ts';
import { areaShareInside } from './lib/area_share.ts';
import { dissolve } from './lib/dissolve.ts';
import { labelPoint, polygonProblem, roundGeometry } from './lib/geo.ts';
import { communeKey } from './lib/text.ts';
import type { InFeature, PkgCommune, PkgEpci } from './read_inputs.ts';
import type { Report } from './report.ts';

export const DEPARTEMENTS = { '59': 'Nord', '62': 'Pas-de-Calais' } as const;
export type DepCode = keyof typeof DEPARTEMENTS;
const isDep = (d: string): d is DepCode => d in DEPARTEMENTS;

export interface CommuneRecord {
  insee: string;
  nom: string;
  dep: DepCode;
  population: number;
  postcodes: string[];
  epci_siren: string;
  epci_nom: string;
  /** one of the 330 communes of communes-mbm (the communes of the bassin's nine intercommunalities) */
  bassin: boolean;
  /** more than half of the commune's area lies inside the drawn perimeter (`perimetre_share` > 0.5) */
  perimetre: boolean;
  /** part of the commune's area inside the drawn bassin-minier perimeter, 0..1 (4 decimals) */
  perimetre_share: number;
  label: [number, number];
  geometry: MultiPolygon;
  /** 2018 codes whose polygons were dissolved into this commune (other than its own code). */
  merged_from: string[];
}

export interface CommunesInput {
  /** 2018 polygons, tagged with their source name for the report. */
  polygons: { source: string; features: InFeature[] }[];
  pkgCommunes: readonly PkgCommune[];
  pkgEpci: readonly PkgEpci[];
  mbm: InFeature[];
  mbmSource: string;
  /** the drawn bassin-minier perimeter (bassin-minier.geojson), or null when not available */
  perimeter: Polygon | MultiPolygon | null;
}

/** A commune counts in the drawn perimeter when more than this part of its area lies inside. */
export const PERIMETRE_MIN_SHARE = 0.5;

/** Current communes of 59/62 (type commune-actuelle) from the package. */
export function currentCommunes(pkg: readonly PkgCommune[]): PkgCommune[] {
  return pkg
    .filter((c) => c.type === 'commune-actuelle' && isDep(c.departement))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** Map of a former code (merged since) → current code, from `anciensCodes` of current communes. */
export function formerCodes(current: readonly PkgCommune[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const c of current) for (const old of c.anciensCodes ?? []) if (old !== c.code) m.set(old, c.code);
  return m;
}

/** commune code → its EPCI (SIREN, name), from the package EPCI member lists. */
export function epciOfCommune(epci: readonly PkgEpci[]): Map<string, { siren: string; nom: string }> {
  const m = new Map<string, { siren: string; nom: string }>();
  for (const e of epci) for (const mb of e.membres) m.set(mb.code, { siren: e.code, nom: e.nom });
  return m;
}

export function buildCommunes(input: CommunesInput, report: Report): CommuneRecord[] {
  const current = currentCommunes(input.pkgCommunes);
  const byCode = new Map(current.map((c) => [c.code, c]));
  const former = formerCodes(current);
  const epciOf = epciOfCommune(input.pkgEpci);

  // 1. 2018 polygons → current codes
  const parts: Feature<Polygon | MultiPolygon, { code: string; insee: string }>[] = [];
  for (const { source, features } of input.polygons) {
    for (const f of features) {
      report.read(source);
      const code = String(f.properties.code ?? '');
      const problem = polygonProblem(f.geometry);
      if (problem) {
        report.reject(source, f.line, code, `invalid geometry: ${problem}`);
        continue;
      }
      let insee = code;
      if (!byCode.has(code)) {
        const now = former.get(code);
        if (!now) {
          report.reject(
            source,
            f.line,
            code,
            'INSEE code unknown in COG 2026 and not a former code of a current commune',
          );
          continue;
        }
        insee = now;
        report.merged(source);
        report.warn(
          source,
          f.line,
          code,
          `2018 commune ${String(f.properties.nom)} (${code}) merged since into ${now} ${byCode.get(now)?.nom}: polygon dissolved into it`,
        );
      } else {
        report.kept(source);
        const nom = byCode.get(code)?.nom;
        if (communeKey(nom) !== communeKey(String(f.properties.nom))) {
          report.warn(
            source,
            f.line,
            code,
            `2018 name "${String(f.properties.nom)}" differs from COG 2026 name "${nom}" (COG name used)`,
          );
        }
      }
      parts.push({
        type: 'Feature',
        properties: { code, insee },
        geometry: f.geometry as Polygon | MultiPolygon,
      });
    }
  }
  const geoms = dissolve(parts, (f) => f.properties.insee);

  // 2. bassin minier membership
  const bassin = new Set<string>();
  for (const f of input.mbm) {
    report.read(input.mbmSource);
    const insee = String(f.properties.insee ?? '');
    const c = byCode.get(insee);
    if (!c) {
      report.reject(input.mbmSource, f.line, insee, 'INSEE code unknown in COG 2026 (59/62)');
      continue;
    }
    if (bassin.has(insee)) {
      report.reject(input.mbmSource, f.line, insee, 'duplicate INSEE code');
      continue;
    }
    bassin.add(insee);
    report.kept(input.mbmSource);
    if (communeKey(c.nom) !== communeKey(String(f.properties.nom))) {
      report.warn(
        input.mbmSource,
        f.line,
        insee,
        `name "${String(f.properties.nom)}" differs from COG 2026 "${c.nom}"`,
      );
    }
    const e = epciOf.get(insee);
    if (e && f.properties.epci_siren != null && String(f.properties.epci_siren) !== e.siren) {
      report.warn(
        input.mbmSource,
        f.line,
        insee,
        `EPCI ${String(f.properties.epci_siren)} differs from COG 2026 EPCI ${e.siren} (COG used)`,
      );
    }
  }

  // 3. records
  const out: CommuneRecord[] = [];
  for (const c of current) {
    const geometry = geoms.get(c.code);
    if (!geometry || geometry.coordinates.length === 0) {
      report.error(
        'decoupage-administratif',
        null,
        c.code,
        `current commune ${c.nom} has no polygon in the 2018 geometry`,
      );
      continue;
    }
    const e = epciOf.get(c.code);
    if (!e) report.error('decoupage-administratif', null, c.code, `commune ${c.nom} belongs to no EPCI`);
    if (typeof c.population !== 'number')
      report.error('decoupage-administratif', null, c.code, `commune ${c.nom} has no population`);
    const g = roundGeometry(geometry, 5);
    const share = input.perimeter ? areaShareInside(g, input.perimeter) : 0;
    out.push({
      insee: c.code,
      nom: c.nom,
      dep: c.departement as DepCode,
      population: c.population ?? 0,
      postcodes: [...(c.codesPostaux ?? [])].sort(),
      epci_siren: e?.siren ?? '',
      epci_nom: e?.nom ?? '',
      bassin: bassin.has(c.code),
      perimetre: share > PERIMETRE_MIN_SHARE,
      perimetre_share: Math.round(share * 10_000) / 10_000,
      label: labelPoint(g),
      geometry: g,
      merged_from: parts
        .filter((p) => p.properties.insee === c.code && p.properties.code !== c.code)
        .map((p) => p.properties.code)
        .sort(),
    });
  }
  return out;
}

/** Tile properties of a commune (polygon and label point share them). `insee` is the promoteId. */
export function communeTileProps(c: CommuneRecord): Record<string, string | number | boolean> {
  return {
    [PROP.insee]: c.insee,
    [PROP.nom]: c.nom,
    [PROP.population]: c.population,
    [PROP.departement]: c.dep,
    [PROP.epciSiren]: c.epci_siren,
    [PROP.epciNom]: c.epci_nom,
    [PROP.inBassin]: c.bassin,
    [PROP.perimetre]: c.perimetre,
  };
}

/** A commune as the client reads it (public/data/communes.json): its label point as its position. */
export const toClientCommune = (c: CommuneRecord): Commune => ({
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
});
