/** Commune lookup by point (point-in-polygon with a bbox pre-filter) and by name. Pure. */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { CommuneRecord } from '../build_communes.ts';
import { type BBox, bboxOf, inBBox } from './geo.ts';
import { communeKey } from './text.ts';

export class CommuneIndex {
  private readonly boxes: { c: CommuneRecord; b: BBox }[];
  private readonly byName = new Map<string, CommuneRecord[]>();
  readonly byInsee: Map<string, CommuneRecord>;

  constructor(communes: readonly CommuneRecord[]) {
    this.boxes = communes.map((c) => ({ c, b: bboxOf(c.geometry) }));
    this.byInsee = new Map(communes.map((c) => [c.insee, c]));
    for (const c of communes) {
      const k = communeKey(c.nom);
      this.byName.set(k, [...(this.byName.get(k) ?? []), c]);
    }
  }

  /** The commune whose polygon contains the point, or null (outside 59/62). */
  at(p: [number, number]): CommuneRecord | null {
    for (const { c, b } of this.boxes) if (inBBox(p, b) && booleanPointInPolygon(p, c.geometry)) return c;
    return null;
  }

  /** Communes whose bounding box, widened by `marginDeg` degrees, contains the point (candidates near a border). */
  near(p: [number, number], marginDeg: number): CommuneRecord[] {
    return this.boxes
      .filter(({ b }) => inBBox(p, [b[0] - marginDeg, b[1] - marginDeg, b[2] + marginDeg, b[3] + marginDeg]))
      .map(({ c }) => c);
  }

  /** Communes of that name (accents, case, hyphens and a leading article ignored); several if homonyms. */
  named(name: string): CommuneRecord[] {
    return this.byName.get(communeKey(name)) ?? [];
  }
}
