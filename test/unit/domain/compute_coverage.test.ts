import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../src/domain/compute_coverage.ts';
import type { PlaceFilter } from '../../../src/domain/types.ts';
import type { Commune, Lieu } from '../../../src/schema.ts';
import { CITES, COMMUNES, deepFreeze, haversineKm, LIEUX, lieu } from '../../fixtures/domain/basin.ts';

const FILIERIS: PlaceFilter = { groups: ['filieris'], includePlanned: false, includeUnknown: true };
const ALL: PlaceFilter = {
  groups: ['filieris', 'pharmacie', 'msp', 'cs'],
  includePlanned: true,
  includeUnknown: true,
};

/** Independent nearest: plain loop, keeping the same inclusion and tie rules written out here. */
function bruteNearest(lon: number, lat: number, places: readonly Lieu[]): { id: string; d: number } | null {
  let best: { id: string; nom: string; d: number } | null = null;
  const fr = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
  for (const p of places) {
    const d = haversineKm(lon, lat, p.lon, p.lat);
    if (
      best === null ||
      d < best.d ||
      (d === best.d &&
        (fr.compare(p.nom, best.nom) < 0 || (fr.compare(p.nom, best.nom) === 0 && p.id < best.id)))
    ) {
      best = { id: p.id, nom: p.nom, d };
    }
  }
  return best === null ? null : { id: best.id, d: best.d };
}

describe('computeCoverage', () => {
  it('gives each commune and cité its nearest kept place, as a brute-force loop does', () => {
    const cov = computeCoverage({ communes: COMMUNES, cites: CITES, lieux: LIEUX }, FILIERIS);
    // kept by hand: filieris group, not closed, unknown allowed, planned not → f-lens, f-lievin, f-wallers, dent-conde
    const kept = LIEUX.filter((l) => ['f-lens', 'f-lievin', 'f-wallers', 'dent-conde'].includes(l.id));
    expect(cov.communes.map((c) => c.insee)).toEqual(COMMUNES.map((c) => c.insee));
    COMMUNES.forEach((c, i) => {
      const expected = bruteNearest(c.lon, c.lat, kept);
      const got = cov.communes[i]!;
      expect(got.nearestId).toBe(expected?.id);
      expect(got.distanceKm).toBeCloseTo(expected!.d, 9);
    });
    CITES.forEach((c, i) => {
      const expected = bruteNearest(c.lon, c.lat, kept);
      expect(cov.cites[i]!.nearestId).toBe(expected?.id);
      expect(cov.cites[i]!.distanceKm).toBeCloseTo(expected!.d, 9);
    });
  });

  it('copies commune and cité fields and flags approximate places', () => {
    const cov = computeCoverage({ communes: COMMUNES, cites: CITES, lieux: LIEUX }, FILIERIS);
    const wallers = cov.communes.find((c) => c.insee === '59632');
    expect(wallers).toMatchObject({
      nom: 'Wallers',
      population: 5500,
      epci_siren: '200041960',
      bassin: true,
      nearestId: 'f-wallers',
      nearestNom: 'Centre de santé Filiéris Wallers-Arenberg',
      approximate: true,
    });
    expect(cov.cites[0]).toMatchObject({
      id: 'cite-arenberg',
      nom: "Cité d'Arenberg",
      commune: 'Wallers',
      commune_insee: '59632',
      maisons_et_cites: true,
      nearestId: 'f-wallers',
      approximate: true,
    });
    expect(cov.communes.find((c) => c.insee === '62498')?.approximate).toBe(false);
  });

  it("copies each commune's perimetre flag, apart from its bassin flag", () => {
    const communes: Commune[] = COMMUNES.map((c) => (c.insee === '59350' ? { ...c, perimetre: true } : c));
    const cov = computeCoverage({ communes, cites: [], lieux: LIEUX }, FILIERIS);
    expect(cov.communes.find((c) => c.insee === '59350')).toMatchObject({ bassin: false, perimetre: true });
    expect(cov.communes.find((c) => c.insee === '62498')).toMatchObject({ bassin: true, perimetre: true });
  });

  it('never uses a closed place, even the closest one', () => {
    // cs-closed is 0.02 km from Lens' label point
    const cov = computeCoverage({ communes: COMMUNES, cites: [], lieux: LIEUX }, { ...ALL, groups: ['cs'] });
    expect(
      cov.communes.every((c) => c.distanceKm === null && c.nearestId === null && c.nearestNom === null),
    ).toBe(true);
  });

  it('gives null distances when every place is removed', () => {
    const cov = computeCoverage({ communes: COMMUNES, cites: CITES, lieux: [] }, ALL);
    expect(cov.communes.every((c) => c.distanceKm === null && !c.approximate)).toBe(true);
    expect(cov.cites.every((c) => c.distanceKm === null)).toBe(true);
  });

  it('handles empty communes and cités', () => {
    expect(computeCoverage({ communes: [], cites: [], lieux: LIEUX }, ALL)).toEqual({
      communes: [],
      cites: [],
    });
  });

  it('resolves ties like findNearestPlaces: name (French order), then id', () => {
    const at = [3.0, 50.4] as const;
    const tied = [
      lieu('z', 'Fampoux', 'msp', at[0], at[1]),
      lieu('y', 'Éleu', 'msp', at[0], at[1]),
      lieu('c', 'Éleu', 'msp', at[0], at[1]),
    ];
    const communes: Commune[] = [{ ...COMMUNES[0]!, lon: 3.05, lat: 50.45 }];
    const cov = computeCoverage({ communes, cites: [], lieux: tied }, ALL);
    expect(cov.communes[0]?.nearestId).toBe('c');
  });

  it('agrees with brute force on 3,000 random places, duplicates included', () => {
    let seed = 42;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const places: Lieu[] = [];
    for (let i = 0; i < 3000; i++) {
      const lon = 2.4 + rand() * 1.5;
      const lat = 50.1 + rand() * 0.6;
      places.push(lieu(`p${i}`, `Lieu ${i % 50}`, 'msp', lon, lat));
      if (i % 100 === 0) places.push(lieu(`q${i}`, 'Aaa twin', 'msp', lon, lat)); // exact duplicates
    }
    const origins: Commune[] = Array.from({ length: 300 }, (_, i) => ({
      ...COMMUNES[0]!,
      insee: String(i),
      lon: 2.3 + rand() * 1.7,
      lat: 50.0 + rand() * 0.8,
    }));
    const cov = computeCoverage({ communes: origins, cites: [], lieux: places }, ALL);
    origins.forEach((o, i) => {
      const expected = bruteNearest(o.lon, o.lat, places)!;
      expect(cov.communes[i]?.nearestId).toBe(expected.id);
      expect(cov.communes[i]?.distanceKm).toBeCloseTo(expected.d, 9);
    });
  });

  it('prefers the twin with the smaller name at exactly the same spot', () => {
    const places = [lieu('p1', 'Zèbre', 'msp', 3, 50.3), lieu('p0', 'Abeille', 'msp', 3, 50.3)];
    const cov = computeCoverage(
      { communes: [{ ...COMMUNES[0]!, lon: 3.01, lat: 50.31 }], cites: [], lieux: places },
      ALL,
    );
    expect(cov.communes[0]?.nearestNom).toBe('Abeille');
  });

  it('does not modify its input', () => {
    const input = deepFreeze(structuredClone({ communes: COMMUNES, cites: CITES, lieux: LIEUX }));
    const before = JSON.stringify(input);
    computeCoverage(input, ALL);
    expect(JSON.stringify(input)).toBe(before);
  });
});
