/**
 * The pure parts of a resident's answer: open places first, the walking cap, the directions mode,
 * the official directories, the report link, the coarsened position. Expected values worked out by hand.
 */
import { describe, expect, test } from 'vitest';
import { arrangeNearest } from '../../../src/domain/arrange_nearest.ts';
import { buildDirectionsUrl } from '../../../src/domain/build_directions_url.ts';
import { buildDirectoryLinks, mayMissCloserCare } from '../../../src/domain/build_directory_links.ts';
import { buildReportLink } from '../../../src/domain/build_report_link.ts';
import { adviseTravel, MAX_WALK_MINUTES } from '../../../src/domain/choose_travel_mode.ts';
import { COARSE_STEP, coarsenPosition } from '../../../src/domain/coarsen_position.ts';
import type { NearestPlace } from '../../../src/domain/types.ts';
import type { Lieu } from '../../../src/schema.ts';

const place = (
  id: string,
  status: Lieu['status'],
  distanceKm: number,
  precision: Lieu['precision'] = 'address',
) =>
  ({
    lieu: { id, nom: `Centre ${id}`, status, precision } as Lieu,
    distanceKm,
    approximate: precision === 'commune',
  }) satisfies NearestPlace;

describe('arrangeNearest: open places first, planned ones apart', () => {
  test('a nearer planned centre is never listed as the nearest', () => {
    const r = arrangeNearest([place('bollaert', 'planned', 0.4), place('avion', 'open', 3.2)], 3);
    expect(r.available.map((p) => p.lieu.id)).toEqual(['avion']);
    expect(r.planned.map((p) => p.lieu.id)).toEqual(['bollaert']);
  });

  test('unknown status counts as available; at an equal distance the open place comes first', () => {
    const r = arrangeNearest(
      [place('b', 'unknown', 2), place('c', 'open', 2), place('a', 'unknown', 1), place('d', 'closed', 0.1)],
      3,
    );
    expect(r.available.map((p) => p.lieu.id)).toEqual(['a', 'c', 'b']);
    expect(r.planned).toEqual([]);
  });

  test('same distance and status: by name, then id; each list cut to perGroup', () => {
    const r = arrangeNearest([place('z', 'open', 1), place('y', 'open', 1), place('x', 'open', 5)], 2);
    expect(r.available.map((p) => p.lieu.id)).toEqual(['y', 'z']);
  });

  test('does not modify its input', () => {
    const input = [place('b', 'open', 2), place('a', 'open', 1)];
    arrangeNearest(input, 3);
    expect(input.map((p) => p.lieu.id)).toEqual(['b', 'a']);
  });
});

describe('adviseTravel: walking only where it makes sense', () => {
  // walk minutes = ceil(km × 1.3 / 4.5 × 60): 3.46 km → 59.97 → 60; 3.47 km → 60.15 → 61
  test('up to an hour on foot the walking time is given and the link is on foot', () => {
    expect(adviseTravel(3.46)).toMatchObject({ walkMinutes: 60, mode: 'foot' });
    expect(MAX_WALK_MINUTES).toBe(60);
  });

  test('beyond an hour: no walking time, the car', () => {
    expect(adviseTravel(3.47)).toMatchObject({ walkMinutes: null, mode: 'car' });
    // 43 km: road 55.9 km = 3 km at 25 km/h (7.2 min) + 52.9 km at 60 km/h (52.9 min) = 60.1 → 61 min
    expect(adviseTravel(43)).toEqual({ walkMinutes: null, carMinutes: 61, mode: 'car' });
  });

  test('the directions link offers the chosen mode', () => {
    const from = { lat: 50.42, lon: 2.78 };
    const to = { lat: 50.43, lon: 2.83 };
    expect(buildDirectionsUrl(from, to, 'foot')).toBe(
      'https://www.openstreetmap.org/directions?engine=fossgis_osrm_foot&route=50.42%2C2.78%3B50.43%2C2.83',
    );
    expect(buildDirectionsUrl(from, to, 'car')).toContain('engine=fossgis_osrm_car&');
  });
});

describe('official directories when our list may miss closer care', () => {
  test('names with accents and apostrophes are percent-encoded in the santé.fr search', () => {
    const links = buildDirectoryLinks({ nom: "Condé-sur-l'Escaut", postcode: '59163' });
    expect(links.santeFr).toBe(
      "https://www.sante.fr/recherche/trouver/M%C3%A9decin%20g%C3%A9n%C3%A9raliste/59163%20Cond%C3%A9-sur-l'Escaut",
    );
    expect(links.ameli).toBe('https://annuairesante.ameli.fr/');
    expect(links.query).toBe("Condé-sur-l'Escaut (59163)");
  });

  test('without a postcode the commune name alone is used', () => {
    expect(buildDirectoryLinks({ nom: 'Nœux-les-Mines', postcode: null }).santeFr).toMatch(
      /\/N%C5%93ux-les-Mines$/,
    );
  });

  test('the hint is given when there is no place, the nearest is far, or only its commune is known', () => {
    expect(mayMissCloserCare(undefined)).toBe(true);
    expect(mayMissCloserCare(place('a', 'open', 5.01))).toBe(true);
    expect(mayMissCloserCare(place('a', 'open', 5))).toBe(false);
    expect(mayMissCloserCare(place('a', 'open', 0.5, 'commune'))).toBe(true);
  });
});

describe('report-an-error link', () => {
  const subject = { id: 'msp-douai', nom: "MSP l'Épi & co", source: 'https://example.org/a?b=1' };

  test('placeholders are replaced by percent-encoded values (mailto)', () => {
    expect(
      buildReportLink('mailto:carte@example.org?subject=Erreur%20{id}&body={nom}%20{source}', subject),
    ).toBe(
      "mailto:carte@example.org?subject=Erreur%20msp-douai&body=MSP%20l'%C3%89pi%20%26%20co%20https%3A%2F%2Fexample.org%2Fa%3Fb%3D1",
    );
  });

  test('an issue tracker URL works the same way', () => {
    expect(buildReportLink('https://git.example.org/carte/issues/new?title={id}', subject)).toBe(
      'https://git.example.org/carte/issues/new?title=msp-douai',
    );
  });

  test('no template, or another scheme: no link', () => {
    expect(buildReportLink(null, subject)).toBeNull();
    expect(buildReportLink('javascript:alert(1)//{id}', subject)).toBeNull();
    expect(buildReportLink('', subject)).toBeNull();
  });
});

describe('coarsenPosition', () => {
  test('snaps to the centre of its ≈ 500 m cell (hand-computed)', () => {
    // 2.78123 / 0.007 = 397.3 → cell 397 → centre 397.5 × 0.007 = 2.7825; 50.42567 / 0.0045 = 11205.7 → 50.42475
    expect(coarsenPosition(2.78123, 50.42567)).toEqual({ lon: 2.7825, lat: 50.42475 });
  });

  test('every point of the basin moves by less than 355 m, and a cell gives one position', () => {
    const R = 6371008.8;
    const rad = Math.PI / 180;
    const metres = (a: { lon: number; lat: number }, b: { lon: number; lat: number }) =>
      2 *
      R *
      Math.asin(
        Math.sqrt(
          Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
            Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2,
        ),
      );
    let seed = 7;
    const rand = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let i = 0; i < 2000; i++) {
      const p = { lon: 2.2 + rand() * 1.5, lat: 50.2 + rand() * 0.45 };
      const c = coarsenPosition(p.lon, p.lat);
      expect(metres(p, c)).toBeLessThan(355); // half the diagonal: √(250² + 249²) m at 50.2° N
      expect(coarsenPosition(c.lon, c.lat)).toEqual(c);
    }
    expect(COARSE_STEP.lat * 111195).toBeCloseTo(500, -1);
  });
});
