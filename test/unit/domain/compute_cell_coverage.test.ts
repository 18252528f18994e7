import { describe, expect, it } from 'vitest';
import { computeCellCoverage } from '../../../src/domain/compute_cell_coverage.ts';
import type { PlaceFilter } from '../../../src/domain/types.ts';
import type { Lieu } from '../../../src/schema.ts';
import { haversineKm } from '../../fixtures/domain/basin.ts';
import { CELL_PLACES, CELLS, centreOf, makeGrid, snapshotGrid } from '../../fixtures/domain/cells.ts';
import { makeRandom } from '../../fixtures/domain/synthetic.ts';

const MSP: PlaceFilter = { groups: ['msp'], includePlanned: false, includeUnknown: true };

const fr = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** Independent nearest: every place, textbook haversine, ties by name (French, numbers in order) then id. */
function brute(lon: number, lat: number, places: readonly Lieu[], keep: (l: Lieu) => boolean) {
  let best: { i: number; d: number } | null = null;
  places.forEach((p, i) => {
    if (!keep(p)) return;
    const d = haversineKm(lon, lat, p.lon, p.lat);
    const b = best === null ? null : places[best.i]!;
    if (
      best === null ||
      d < best.d - 1e-9 ||
      (Math.abs(d - best.d) <= 1e-9 &&
        (fr.compare(p.nom, b!.nom) < 0 || (fr.compare(p.nom, b!.nom) === 0 && p.id < b!.id)))
    )
      best = { i, d };
  });
  return best as { i: number; d: number } | null;
}

describe('computeCellCoverage', () => {
  it('gives every cell its nearest counted place and distance, as a brute-force loop does', () => {
    const grid = makeGrid();
    const cov = computeCellCoverage(grid, CELL_PLACES, MSP);
    const counted = (l: Lieu) => l.status === 'open' || l.status === 'unknown';
    CELLS.forEach((c, i) => {
      const [lon, lat] = centreOf(c);
      const b = brute(lon, lat, CELL_PLACES, counted)!;
      expect(cov.nearest[i], c.name).toBe(b.i);
      expect(cov.distanceKm[i]).toBeCloseTo(b.d, 9);
    });
  });

  it('matches the hand figures of the fixture (grid steps of 200 m)', () => {
    const cov = computeCellCoverage(makeGrid(), CELL_PLACES, MSP);
    const id = (i: number) => CELL_PLACES[cov.nearest[i]!]?.id;
    // lievin-a, lens-a and lievin-b hold a place; lens-b is one cell from p-lens, lens-c 17 cells
    expect([0, 1, 4].map((i) => cov.distanceKm[i])).toEqual([0, 0, 0]);
    expect([id(0), id(1), id(2), id(3), id(4)]).toEqual([
      'p-lievin',
      'p-lens',
      'p-lens',
      'p-lens',
      'p-doubt',
    ]);
    expect(cov.distanceKm[2]).toBeCloseTo(0.2, 2);
    expect(cov.distanceKm[3]).toBeCloseTo(3.4, 1);
    // lille-a: p-closed is at its centre but never counted; p-lens is 237 × 198 cells away (≈ 61.8 km)
    expect(id(5)).toBe('p-lens');
    expect(cov.distanceKm[5]).toBeGreaterThan(60);
    expect(cov.distanceKm[5]).toBeLessThan(63);
  });

  it('follows the filter: planned places when asked, unknown ones left out when asked', () => {
    const grid = makeGrid();
    const planned = computeCellCoverage(grid, CELL_PLACES, { ...MSP, includePlanned: true });
    expect(CELL_PLACES[planned.nearest[3]!]?.id).toBe('p-planned');
    expect(planned.distanceKm[3]).toBe(0);
    const sure = computeCellCoverage(grid, CELL_PLACES, { ...MSP, includeUnknown: false });
    // lievin-b falls back on p-lievin, 40 × 30 cells away: 10 km
    expect(CELL_PLACES[sure.nearest[4]!]?.id).toBe('p-lievin');
    expect(sure.distanceKm[4]).toBeCloseTo(10, 1);
  });

  it('gives Infinity and −1 to every cell when no place is counted', () => {
    const cov = computeCellCoverage(makeGrid(), CELL_PLACES, { ...MSP, groups: ['cs'] });
    expect([...cov.distanceKm]).toEqual(CELLS.map(() => Number.POSITIVE_INFINITY));
    expect([...cov.nearest]).toEqual(CELLS.map(() => -1));
  });

  it('agrees with the brute force on 400 random cells and 300 random places', () => {
    const rand = makeRandom(11);
    const cells = Array.from({ length: 400 }, (_, i) => ({
      ...CELLS[0]!,
      name: `c${i}`,
      col: 18900 + Math.floor(rand() * 600),
      row: 15200 + Math.floor(rand() * 300),
    })).sort((a, b) => a.row - b.row || a.col - b.col);
    const centres = cells.map(centreOf);
    const grid = {
      ...makeGrid(),
      count: cells.length,
      lon: Float64Array.from(centres, (p) => p[0]),
      lat: Float64Array.from(centres, (p) => p[1]),
    };
    const places = Array.from({ length: 300 }, (_, i) => ({
      ...CELL_PLACES[0]!,
      id: `r${i}`,
      nom: `Lieu ${i % 37}`,
      // one place in five at the position of an earlier one (places known to their commune share a point)
      ...(i > 0 && rand() < 0.2 ? { lon: 0, lat: 0 } : { lon: 2.6 + rand() * 1.6, lat: 50.3 + rand() * 0.4 }),
    }));
    places.forEach((p, i) => {
      if (p.lon === 0) Object.assign(p, { lon: places[i - 1]!.lon, lat: places[i - 1]!.lat });
    });
    const cov = computeCellCoverage(grid, places, MSP);
    cells.forEach((_, i) => {
      const b = brute(grid.lon[i]!, grid.lat[i]!, places, () => true)!;
      expect(places[cov.nearest[i]!]?.id, `cell ${i}`).toBe(places[b.i]!.id);
      expect(cov.distanceKm[i]).toBeCloseTo(b.d, 9);
    });
  });

  it('does not modify the grid or the places', () => {
    const grid = makeGrid();
    const before = snapshotGrid(grid);
    const places = structuredClone(CELL_PLACES);
    computeCellCoverage(grid, places, MSP);
    expect(snapshotGrid(grid)).toEqual(before);
    expect(places).toEqual(CELL_PLACES);
  });
});
