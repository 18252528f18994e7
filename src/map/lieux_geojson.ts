/**
 * Care places as a GeoJSON FeatureCollection for the map (pure). The places given are those to draw (chosen
 * by `selectVisibleLieux` in src/state/derived.ts); `pile` counts the places drawn at the same point, so the
 * label can say "×3" and nobody misses a place hidden under another.
 */
import type { FeatureCollection, Point } from 'geojson';
import { isHypothetical } from '../domain/apply_scenario.ts';
import { txt } from '../i18n/strings.ts';
import { type KindGroup, kindGroupOf, type Lieu } from '../schema.ts';

/** Properties the client adds to care places drawn on the map (besides PROP.id, nom, groupe, status, precision). */
export const LIEU_MAP_PROP = {
  hypothetical: 'hypothetique',
  label: 'etiquette',
  stack: 'pile',
} as const;

export interface LieuFeatureProps {
  id: string;
  nom: string;
  groupe: KindGroup;
  status: Lieu['status'];
  precision: Lieu['precision'];
  hypothetique: boolean;
  pile: number;
  etiquette: string;
}

export function buildLieuxGeoJson(shown: readonly Lieu[]): FeatureCollection<Point, LieuFeatureProps> {
  const key = (l: Lieu) => `${l.lon.toFixed(5)},${l.lat.toFixed(5)}`;
  const counts = new Map<string, number>();
  for (const l of shown) counts.set(key(l), (counts.get(key(l)) ?? 0) + 1);
  return {
    type: 'FeatureCollection',
    features: shown.map((l) => {
      const groupe = kindGroupOf(l.kind);
      const hypothetique = isHypothetical(l);
      const pile = counts.get(key(l)) ?? 1;
      const letter = hypothetique ? '+' : txt.groupLetters[groupe];
      const etiquette = `${letter}${l.status === 'unknown' ? '?' : ''}${pile > 1 ? ` ×${pile}` : ''}`;
      return {
        type: 'Feature',
        id: undefined,
        geometry: { type: 'Point', coordinates: [l.lon, l.lat] },
        properties: {
          id: l.id,
          nom: l.nom,
          groupe,
          status: l.status,
          precision: l.precision,
          hypothetique,
          pile,
          etiquette,
        },
      };
    }),
  };
}
