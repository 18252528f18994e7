import { describe, expect, it } from 'vitest';
import { summarizeTerritory } from '../../../src/domain/summarize_territory.ts';
import type { CiteCoverage, CommuneCoverage, CoverageResult } from '../../../src/domain/types.ts';
import { deepFreeze } from '../../fixtures/domain/basin.ts';

const commune = (
  insee: string,
  population: number,
  distanceKm: number | null,
  epci_siren = 'E1',
  bassin = true,
  perimetre = bassin,
): CommuneCoverage => ({
  insee,
  nom: `Commune ${insee}`,
  population,
  epci_siren,
  bassin,
  perimetre,
  distanceKm,
  nearestId: distanceKm === null ? null : 'p',
  nearestNom: distanceKm === null ? null : 'P',
  approximate: false,
});
const cite = (id: string, commune_insee: string, distanceKm: number | null, mc = true): CiteCoverage => ({
  id,
  nom: `Cité ${id}`,
  commune: `Commune ${commune_insee}`,
  commune_insee,
  maisons_et_cites: mc,
  distanceKm,
  nearestId: distanceKm === null ? null : 'p',
  nearestNom: distanceKm === null ? null : 'P',
  approximate: false,
});

/**
 * By hand, bassin (A, B, C) at threshold 5:
 * population 1000 + 3000 + 500 = 4500; beyond = C only (12 km; B is exactly 5 km: not beyond) = 500;
 * mean = (2×1000 + 5×3000 + 12×500) / 4500 ≈ 5.11.
 * D is outside the bassin, in another EPCI.
 */
const COVERAGE: CoverageResult = deepFreeze({
  communes: [
    commune('A', 1000, 2),
    commune('B', 3000, 5),
    commune('C', 500, 12, 'E1'),
    commune('D', 10000, 12, 'E2', false),
  ],
  cites: [
    cite('a1', 'A', 1),
    cite('b1', 'B', 5),
    cite('c1', 'C', 12),
    cite('c2', 'C', 13, false),
    cite('d1', 'D', 12),
  ],
});

describe('summarizeTerritory', () => {
  it('bassin at 5 km: a place exactly on the threshold is not beyond', () => {
    const s = summarizeTerritory(COVERAGE, { type: 'bassin' }, 5);
    expect(s.communes).toBe(3);
    expect(s.population).toBe(4500);
    expect(s.populationBeyond).toBe(500);
    expect(s.shareBeyond).toBeCloseTo(500 / 4500, 12);
    expect(s.meanDistanceKm).toBeCloseTo((2 * 1000 + 5 * 3000 + 12 * 500) / 4500, 12);
    expect(s.farthest.map((c) => c.insee)).toEqual(['C', 'B', 'A']);
    expect(s.citesBeyond.map((c) => c.id)).toEqual(['c1']); // b1 on the threshold; c2 not Maisons & Cités; d1 not in bassin
    expect(s.noPlace).toBe(false);
  });

  it('perimetre: the communes lying mostly inside the drawn line, not the 330 of the EPCI', () => {
    // A in both; C one of the 330 but mostly outside the line; P inside the line but not one of the 330
    const cov: CoverageResult = {
      communes: [
        commune('A', 1000, 2, 'E1', true, true),
        commune('C', 500, 12, 'E1', true, false),
        commune('P', 800, 7, 'E2', false, true),
      ],
      cites: [cite('p1', 'P', 7), cite('c1', 'C', 12)],
    };
    const p = summarizeTerritory(cov, { type: 'perimetre' }, 5);
    expect([p.communes, p.population, p.populationBeyond]).toEqual([2, 1800, 800]);
    expect(p.citesBeyond.map((c) => c.id)).toEqual(['p1']);
    const b = summarizeTerritory(cov, { type: 'bassin' }, 5);
    expect([b.communes, b.population, b.populationBeyond]).toEqual([2, 1500, 500]);
  });

  it('threshold 0: every commune with a positive distance is beyond', () => {
    const s = summarizeTerritory(COVERAGE, { type: 'bassin' }, 0);
    expect(s.populationBeyond).toBe(4500);
    expect(s.shareBeyond).toBe(1);
    expect(s.citesBeyond.map((c) => c.id)).toEqual(['c1', 'b1', 'a1']);
  });

  it('a commune without any place counts as beyond and is left out of the mean', () => {
    const cov: CoverageResult = { communes: [commune('A', 1000, 2), commune('N', 500, null)], cites: [] };
    const s = summarizeTerritory(cov, { type: 'all' }, 5);
    expect(s.populationBeyond).toBe(500);
    expect(s.meanDistanceKm).toBe(2);
    expect(s.farthest.map((c) => c.insee)).toEqual(['N', 'A']); // no place = farthest
  });

  it('every place removed: everyone beyond, no mean, noPlace', () => {
    const cov: CoverageResult = {
      communes: [commune('A', 1000, null), commune('B', 3000, null)],
      cites: [cite('a1', 'A', null)],
    };
    const s = summarizeTerritory(cov, { type: 'bassin' }, 10);
    expect(s).toMatchObject({
      communes: 2,
      population: 4000,
      populationBeyond: 4000,
      shareBeyond: 1,
      meanDistanceKm: null,
    });
    expect(s.noPlace).toBe(true);
    expect(s.citesBeyond.map((c) => c.id)).toEqual(['a1']);
  });

  it('an empty territory gives zeros, not NaN', () => {
    const s = summarizeTerritory(COVERAGE, { type: 'epci', siren: 'nope' }, 5);
    expect(s).toEqual({
      communes: 0,
      population: 0,
      populationBeyond: 0,
      shareBeyond: 0,
      meanDistanceKm: null,
      farthest: [],
      citesBeyond: [],
      noPlace: false,
    });
  });

  it('territory by EPCI, by commune, and all', () => {
    expect(summarizeTerritory(COVERAGE, { type: 'epci', siren: 'E2' }, 5)).toMatchObject({
      communes: 1,
      population: 10000,
      populationBeyond: 10000,
      meanDistanceKm: 12,
    });
    const c = summarizeTerritory(COVERAGE, { type: 'commune', insee: 'C' }, 5);
    expect(c.communes).toBe(1);
    expect(c.citesBeyond.map((x) => x.id)).toEqual(['c1']);
    const all = summarizeTerritory(COVERAGE, { type: 'all' }, 5);
    expect(all.population).toBe(14500);
    expect(all.populationBeyond).toBe(10500);
    expect(all.citesBeyond.map((x) => x.id)).toEqual(['c1', 'd1']); // equal 12 km: ordered by name
  });

  it('weights zero-population communes with a plain mean', () => {
    const cov: CoverageResult = { communes: [commune('A', 0, 2), commune('B', 0, 4)], cites: [] };
    const s = summarizeTerritory(cov, { type: 'all' }, 3);
    expect(s.meanDistanceKm).toBe(3);
    expect(s.shareBeyond).toBe(0);
  });

  it('lists at most 5 farthest communes, farthest first', () => {
    const cov: CoverageResult = {
      communes: [1, 7, 3, 9, 5, 2, 8].map((d, i) => commune(`X${i}`, 100, d)),
      cites: [],
    };
    expect(summarizeTerritory(cov, { type: 'all' }, 5).farthest.map((c) => c.distanceKm)).toEqual([
      9, 8, 7, 5, 3,
    ]);
  });

  it('rejects a negative or non-finite threshold', () => {
    expect(() => summarizeTerritory(COVERAGE, { type: 'all' }, -1)).toThrow(RangeError);
    expect(() => summarizeTerritory(COVERAGE, { type: 'all' }, Number.NaN)).toThrow(RangeError);
  });

  it('does not modify its input (deep-frozen coverage)', () => {
    const before = JSON.stringify(COVERAGE);
    summarizeTerritory(COVERAGE, { type: 'all' }, 5);
    expect(JSON.stringify(COVERAGE)).toBe(before);
  });
});
