/**
 * Step 3 — cités minières: one layer merging the UNESCO property cités (cites-minieres), the buffer-zone cités
 * (zt-cites-minieres) and the ERBM renovation programme cités (raw-2026-03-10/cites-erbm). The same cité appears in
 * several sources (sometimes split into "(partie en zone-tampon)"); records are clustered when they share an
 * `id_lsm`, when one's interior point lies inside the other's polygon, or when they share a base name and a commune.
 * Pure transform.
 */

import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { featureCollection } from '@turf/helpers';
import { pointOnFeature } from '@turf/point-on-feature';
import { union } from '@turf/union';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { type Cite, PROP } from '../src/schema.ts';
import { type BBox, bboxOf, inBBox, labelPoint, polygonProblem, roundGeometry } from './lib/geo.ts';
import type { CommuneIndex } from './lib/locate.ts';
import { clean, normName, slug } from './lib/text.ts';
import { type TileProps, tileProps } from './lib/tile_props.ts';
import type { InFeature } from './read_inputs.ts';
import type { Report } from './report.ts';

export const CITE_SOURCES = ['unesco', 'erbm', 'zone_tampon'] as const;
export type CiteSource = (typeof CITE_SOURCES)[number];

/** Cité types of the Mission Bassin Minier typology; variants are normalised (and reported). */
export const CITE_TYPES = ['Corons', 'Cité jardin', 'Cité moderne', 'Cité pavillonnaire'] as const;
const TYPE_VARIANTS: Record<string, string> = { 'Cité pavillon': 'Cité pavillonnaire' };

export interface CiteRecord extends Cite {
  interet: string | null;
  geometry: MultiPolygon;
  members: { source: CiteSource; line: number; id_lsm: number | null; id_unesco: string | null }[];
}

interface Member {
  source: CiteSource;
  sourceName: string;
  f: InFeature;
  geom: Polygon | MultiPolygon;
  bbox: BBox;
  inner: [number, number];
  base: string;
  communes: string[];
}

/** "Cité du Moulin (partie en zone-tampon)" → "cite du moulin" */
export function baseName(nom: string | null): string {
  return normName((nom ?? '').replace(/\(partie en zone-tampon\)/i, ''));
}

export function isMaisonsEtCites(proprietaire: string | null): boolean {
  return proprietaire !== null && /maisons\s*(et|&)\s*cit/i.test(proprietaire);
}

class UnionFind {
  private readonly p: number[];
  constructor(n: number) {
    this.p = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.p[i] !== i) {
      this.p[i] = this.p[this.p[i] as number] as number;
      i = this.p[i] as number;
    }
    return i;
  }
  join(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.p[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

export interface CitesInput {
  sources: { source: CiteSource; sourceName: string; features: InFeature[] }[];
}

export function buildCites(input: CitesInput, communes: CommuneIndex, report: Report): CiteRecord[] {
  const members: Member[] = [];
  for (const { source, sourceName, features } of input.sources) {
    for (const f of features) {
      report.read(sourceName);
      const key = String(f.properties.id_lsm ?? f.properties.id_unesco ?? f.properties.nom ?? f.line);
      const problem = polygonProblem(f.geometry);
      if (problem) {
        report.reject(sourceName, f.line, key, `invalid geometry: ${problem}`);
        continue;
      }
      if (!clean(f.properties.nom)) {
        report.reject(sourceName, f.line, key, 'cité without name');
        continue;
      }
      const geom = f.geometry as Polygon | MultiPolygon;
      const inner = pointOnFeature(f as Feature).geometry.coordinates as [number, number];
      if (!communes.at(inner)) {
        report.reject(sourceName, f.line, key, 'cité outside Nord/Pas-de-Calais');
        continue;
      }
      const names = ['commune_1', 'commune_2', 'commune_3']
        .map((k) => clean(f.properties[k]))
        .filter((x): x is string => x !== null);
      const codes: string[] = [];
      for (const n of names) {
        const found = communes.named(n);
        if (found.length === 1) codes.push((found[0] as { insee: string }).insee);
        else
          report.warn(
            sourceName,
            f.line,
            key,
            `commune name "${n}" ${found.length ? 'ambiguous' : 'not found'}; located by geometry`,
          );
      }
      members.push({
        source,
        sourceName,
        f,
        geom,
        bbox: bboxOf(geom),
        inner,
        base: baseName(clean(f.properties.nom)),
        communes: codes,
      });
    }
  }

  // cluster: first records sharing an id_lsm, then same base name + commune, then overlapping polygons — never
  // joining two clusters that carry different id_lsm (e.g. "Cité du Pinson Ancienne" 653 / "Nouvelle" 654 overlap).
  const uf = new UnionFind(members.length);
  const lsmOf = new Map<number, Set<number>>();
  members.forEach((m, i) => {
    const id = m.f.properties.id_lsm;
    lsmOf.set(i, new Set(typeof id === 'number' ? [id] : []));
  });
  const tryJoin = (i: number, j: number): void => {
    const ri = uf.find(i);
    const rj = uf.find(j);
    if (ri === rj) return;
    const ids = new Set([...(lsmOf.get(ri) ?? []), ...(lsmOf.get(rj) ?? [])]);
    if (ids.size > 1) return;
    uf.join(ri, rj);
    lsmOf.set(uf.find(ri), ids);
  };
  const pairs = (test: (a: Member, b: Member) => boolean): void => {
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++)
        if (test(members[i] as Member, members[j] as Member)) tryJoin(i, j);
  };
  pairs((a, b) => a.f.properties.id_lsm != null && a.f.properties.id_lsm === b.f.properties.id_lsm);
  pairs((a, b) => a.base === b.base && a.communes.some((c) => b.communes.includes(c)));
  pairs(
    (a, b) =>
      (inBBox(a.inner, b.bbox) && booleanPointInPolygon(a.inner, b.geom)) ||
      (inBBox(b.inner, a.bbox) && booleanPointInPolygon(b.inner, a.geom)),
  );
  const clusters = new Map<number, Member[]>();
  members.forEach((m, i) => {
    const r = uf.find(i);
    clusters.set(r, [...(clusters.get(r) ?? []), m]);
  });

  const rank = (s: CiteSource): number => CITE_SOURCES.indexOf(s);
  const out: CiteRecord[] = [];
  for (const list of clusters.values()) {
    list.sort((a, b) => rank(a.source) - rank(b.source) || a.f.line - b.f.line);
    const primary = list[0] as Member;
    report.kept(primary.sourceName);
    for (const m of list.slice(1)) report.merged(m.sourceName);
    const first = (k: string, order: Member[] = list): string | null => {
      for (const m of order) {
        const v = clean(m.f.properties[k]);
        if (v !== null) return v;
      }
      return null;
    };
    // owner: the WFS-enriched field; ERBM and buffer-zone records carry it for every cité, UNESCO only for some.
    const ownerOrder = [...list].sort(
      (a, b) => (a.source === 'unesco' ? 1 : 0) - (b.source === 'unesco' ? 1 : 0),
    );
    const owners = new Set(list.map((m) => clean(m.f.properties.proprietaire)).filter((x) => x !== null));
    const proprietaire = first('proprietaire', ownerOrder);
    const key = String(
      primary.f.properties.id_lsm ?? primary.f.properties.id_unesco ?? primary.f.properties.nom,
    );
    if (owners.size > 1)
      report.warn(
        primary.sourceName,
        primary.f.line,
        key,
        `owners differ between sources: ${[...owners].join(' | ')} (kept ${proprietaire})`,
      );
    let type = first('type');
    if (type && TYPE_VARIANTS[type]) {
      report.warn(
        primary.sourceName,
        primary.f.line,
        key,
        `cité type "${type}" normalised to "${TYPE_VARIANTS[type]}"`,
      );
      type = TYPE_VARIANTS[type] as string;
    }
    if (type && !(CITE_TYPES as readonly string[]).includes(type))
      report.warn(primary.sourceName, primary.f.line, key, `unknown cité type "${type}"`);

    const geometry = roundGeometry(mergeGeometries(list.map((m) => m.geom)), 6);
    const lp = labelPoint(geometry);
    const home = communes.at(lp) ?? communes.at(primary.inner);
    const codes = [...new Set([...list.flatMap((m) => m.communes), ...(home ? [home.insee] : [])])].sort();
    const commune = home ?? communes.byInsee.get(codes[0] ?? '');
    const nom = (
      clean(String(primary.f.properties.nom).replace(/\s*\(partie en zone-tampon\)/i, '')) ?? ''
    ).replace(/\s+/g, ' ');
    const lsm = list
      .map((m) => m.f.properties.id_lsm)
      .filter((x): x is number => typeof x === 'number')
      .sort((a, b) => a - b);
    const unescoId =
      list.map((m) => clean(m.f.properties.id_unesco)).find((x) => x !== null && x !== undefined) ?? null;
    const id = lsm.length
      ? `lsm-${lsm[0]}`
      : unescoId
        ? `unesco-${unescoId}`
        : `cite-${commune?.insee ?? 'x'}-${slug(nom)}`;
    out.push({
      id,
      nom,
      commune_insee: commune?.insee ?? '',
      communes_insee: codes,
      commune: commune?.nom ?? '',
      type,
      compagnie: first('compagnie'),
      proprietaire,
      maisons_et_cites: isMaisonsEtCites(proprietaire),
      sources: [...new Set(list.map((m) => m.source))].sort(
        (a, b) => rank(a as CiteSource) - rank(b as CiteSource),
      ),
      lon: lp[0],
      lat: lp[1],
      interet: first('interet'),
      geometry,
      members: list.map((m) => ({
        source: m.source,
        line: m.f.line,
        id_lsm: typeof m.f.properties.id_lsm === 'number' ? m.f.properties.id_lsm : null,
        id_unesco: clean(m.f.properties.id_unesco),
      })),
    });
  }
  // unique ids
  const seen = new Map<string, number>();
  out.sort((a, b) => a.id.localeCompare(b.id));
  for (const c of out) {
    const n = seen.get(c.id) ?? 0;
    seen.set(c.id, n + 1);
    if (n > 0) c.id = `${c.id}-${n + 1}`;
  }
  return out.sort(
    (a, b) =>
      a.commune_insee.localeCompare(b.commune_insee) ||
      a.nom.localeCompare(b.nom) ||
      a.id.localeCompare(b.id),
  );
}

/** Union of overlapping member polygons (turf/union); a single member is returned as a MultiPolygon unchanged. */
export function mergeGeometries(geoms: (Polygon | MultiPolygon)[]): MultiPolygon {
  const asMulti = (g: Polygon | MultiPolygon): MultiPolygon =>
    g.type === 'Polygon' ? { type: 'MultiPolygon', coordinates: [g.coordinates] } : g;
  if (geoms.length === 1) return asMulti(geoms[0] as Polygon | MultiPolygon);
  const u = union(
    featureCollection(geoms.map((g) => ({ type: 'Feature' as const, properties: {}, geometry: g }))),
  );
  if (!u) return asMulti(geoms[0] as Polygon | MultiPolygon);
  return asMulti(u.geometry);
}

export function citeTileProps(c: CiteRecord): TileProps {
  return tileProps(
    {
      [PROP.id]: c.id,
      [PROP.nom]: c.nom,
      [PROP.communeInsee]: c.commune_insee,
      [PROP.commune]: c.commune,
      [PROP.maisonsEtCites]: c.maisons_et_cites,
      [PROP.sources]: c.sources.join(','),
    },
    {
      [PROP.communesInsee]: c.communes_insee.length > 1 ? c.communes_insee.join(',') : null,
      [PROP.type]: c.type,
      [PROP.compagnie]: c.compagnie,
      [PROP.proprietaire]: c.proprietaire,
      [PROP.interet]: c.interet,
    },
  );
}

export function toClientCite(c: CiteRecord): Cite {
  return {
    id: c.id,
    nom: c.nom,
    commune_insee: c.commune_insee,
    communes_insee: c.communes_insee,
    commune: c.commune,
    type: c.type,
    compagnie: c.compagnie,
    proprietaire: c.proprietaire,
    maisons_et_cites: c.maisons_et_cites,
    sources: c.sources,
    lon: c.lon,
    lat: c.lat,
  };
}

export type { Position };
