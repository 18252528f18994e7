import type { Lieu } from '../schema.ts';
import { compareByDistance } from './compare_places.ts';
import { matchesPlaceFilter } from './match_place_filter.ts';
import { EARTH_RADIUS_KM, haversineKm } from './measure_distance.ts';
import type { PlaceFilter } from './types.ts';

/** Distances closer than this (km, i.e. 1 mm) are re-checked so that ties are broken by name, then id. */
export const TIE_KM = 1e-6;

/** Points per leaf of the tree (scanned one by one). */
const LEAF_SIZE = 8;

const DEG = Math.PI / 180;

/** 3 mm as a chord of the unit sphere: wider than the 2 mm tie band, so rounding never hides a tied place. */
const BAND_CHORD = 3e-6 / EARTH_RADIUS_KM;

/**
 * A spatial index of the care places kept by a filter: a kd-tree over the places' positions as points on the
 * unit sphere (x, y, z), in typed arrays. The straight-line (chord) distance between two such points grows
 * with the great-circle distance, so the nearest place by chord is the nearest place on the sphere; the
 * distance reported is then `haversineKm` (the app's distance, identical to `distanceKm`).
 *
 * The nearest place of a point is the one with the smallest distance, then the first name in French order
 * (`compareFr`), then the smallest id — the rule of `findNearestPlaces` and `computeCoverage`: places within
 * 1 mm of the closest one are compared by `compareByDistance`.
 *
 * Places at exactly the same position are one point of the tree (the first of them in that order stands for
 * them). A query walks the tree for the nearest point by chord, keeping the second nearest within 3 mm of it; only
 * when there is one (two distinct positions within 2 mm of equal distance — rare) does a second walk collect them
 * all and keep the first by `compareByDistance`. `nearest` allocates nothing, so a loop over 23,000 cell centres creates no object per cell. Give it the place
 * found for a neighbouring point as `hint`: the search then starts with a tight bound and visits a few nodes.
 * The index is read-only once built; `lastDistanceKm` is the only state a query changes.
 *
 * @example
 * const index = indexPlaces(lieux, { groups: ['msp'], includePlanned: false, includeUnknown: true });
 * const k = index.nearest(3.39, 50.37);       // position in index.places, -1 when no place is kept
 * if (k >= 0) `${index.places[k].nom} à ${index.lastDistanceKm.toFixed(1)} km`;
 */
export class PlaceIndex {
  /** The places kept by the filter, in the order of the input. */
  readonly places: readonly Lieu[];
  /** Great-circle distance (km) found by the last `nearest` call (Infinity when it returned -1). */
  lastDistanceKm = Number.POSITIVE_INFINITY;

  /** tree slot → position in `places` of the first place, in the tie order, at that exact position */
  private readonly placeOf: Int32Array;
  /** position in `places` → tree slot of its position */
  private readonly slotOf: Int32Array;
  /** number of tree slots (distinct positions) */
  private readonly size: number;
  /** unit vectors, 3 per slot */
  private readonly xyz: Float64Array;
  /** split axis (0, 1, 2) of the node whose median is this slot */
  private readonly axis: Uint8Array;
  /** slots found by the last band search */
  private readonly found: Int32Array;
  private foundCount = 0;
  // query state (fields rather than closures: no allocation per query)
  private qx = 0;
  private qy = 0;
  private qz = 0;
  /** squared chord of the best point so far, of the band around it, and of the second best point */
  private best = 0;
  private bound = 0;
  private second = 0;
  private bestSlot = -1;

  constructor(places: readonly Lieu[]) {
    this.places = places;
    const n = places.length;
    // Places at exactly the same position (e.g. several places known only to their commune) are always at the
    // same distance: only the first of them in the tie order (name, then id) can win, so the tree holds each
    // position once, standing for that place.
    const firstAt = new Map<string, number>();
    places.forEach((p, i) => {
      const key = `${p.lon} ${p.lat}`;
      const other = firstAt.get(key);
      if (other === undefined || this.before(i, other)) firstAt.set(key, i);
    });
    const uniques = [...firstAt.values()];
    const m = uniques.length;
    this.size = m;
    this.placeOf = Int32Array.from(uniques);
    this.slotOf = new Int32Array(n);
    this.xyz = new Float64Array(3 * m);
    this.axis = new Uint8Array(m);
    this.found = new Int32Array(m);
    const raw = new Float64Array(3 * n);
    places.forEach((p, i) => {
      const lat = p.lat * DEG;
      const lon = p.lon * DEG;
      raw[3 * i] = Math.cos(lat) * Math.cos(lon);
      raw[3 * i + 1] = Math.cos(lat) * Math.sin(lon);
      raw[3 * i + 2] = Math.sin(lat);
    });
    build(this.placeOf, raw, this.axis, 0, m);
    const slotOfFirst = new Map<number, number>();
    for (let s = 0; s < m; s++) {
      const i = this.placeOf[s]!;
      slotOfFirst.set(i, s);
      this.xyz[3 * s] = raw[3 * i]!;
      this.xyz[3 * s + 1] = raw[3 * i + 1]!;
      this.xyz[3 * s + 2] = raw[3 * i + 2]!;
    }
    places.forEach((p, i) => {
      this.slotOf[i] = slotOfFirst.get(firstAt.get(`${p.lon} ${p.lat}`)!)!;
    });
  }

  /**
   * Position in `places` of the nearest place to (lon, lat), or -1 when the index is empty; its distance is
   * then in `lastDistanceKm`. `hint`: a position in `places` likely to be near (e.g. the answer for the
   * previous cell), or -1.
   */
  nearest(lon: number, lat: number, hint = -1): number {
    const la = lat * DEG;
    const lo = lon * DEG;
    return this.nearestTo(
      Math.cos(la) * Math.cos(lo),
      Math.cos(la) * Math.sin(lo),
      Math.sin(la),
      lon,
      lat,
      hint,
    );
  }

  /**
   * `nearest` for a point given also as its unit vector (x = cos φ cos λ, y = cos φ sin λ, z = sin φ), for callers
   * that query the same points many times and keep their vectors.
   */
  nearestTo(x: number, y: number, z: number, lon: number, lat: number, hint = -1): number {
    const n = this.size;
    if (n === 0) {
      this.lastDistanceKm = Number.POSITIVE_INFINITY;
      return -1;
    }
    this.qx = x;
    this.qy = y;
    this.qz = z;
    this.best = Number.POSITIVE_INFINITY;
    this.bound = Number.POSITIVE_INFINITY;
    this.second = Number.POSITIVE_INFINITY;
    this.bestSlot = -1;
    if (hint >= 0 && hint < this.places.length) this.consider(this.slotOf[hint]!);
    this.searchNearest(0, n);
    if (this.bestSlot < 0) {
      // only places with non-finite coordinates (never in validated data)
      this.lastDistanceKm = Number.POSITIVE_INFINITY;
      return -1;
    }
    const first = this.placeOf[this.bestSlot]!;
    const p = this.places[first]!;
    const d = haversineKm(lon, lat, p.lon, p.lat);
    // Another position may be within TIE_KM of the closest only if it lies within its band (see `consider`);
    // every point of the band was visited, so `second` tells. Then compare them all by the tie rule.
    if (this.second > this.bound) {
      this.lastDistanceKm = d;
      return first;
    }
    const c = 2 * Math.sin((d + 2 * TIE_KM) / (2 * EARTH_RADIUS_KM));
    this.foundCount = 0;
    this.searchBand(0, n, c * c * (1 + 1e-9) + 1e-24);
    let winner = first;
    let winnerD = d;
    for (let k = 0; k < this.foundCount; k++) {
      const i = this.placeOf[this.found[k]!]!;
      if (i === winner) continue;
      const q = this.places[i]!;
      const dq = haversineKm(lon, lat, q.lon, q.lat);
      if (dq < winnerD || (dq === winnerD && this.before(i, winner))) {
        winner = i;
        winnerD = dq;
      }
    }
    this.lastDistanceKm = winnerD;
    return winner;
  }

  /** Whether place `a` comes before place `b` at equal distance (name in French order, then id). */
  private before(a: number, b: number): boolean {
    const pa = this.places[a]!;
    const pb = this.places[b]!;
    return compareByDistance(0, pa.nom, pa.id, 0, pb.nom, pb.id) < 0;
  }

  /**
   * Compares the place in `slot` with the best so far. `bound` is the squared chord of the best distance plus
   * 3 mm (more than the 2 mm tie band, with a margin for rounding): the search visits every node that may hold a
   * point within it, so the second closest point within the band is never pruned.
   */
  private consider(slot: number): void {
    const d2 = this.chord2(slot);
    if (d2 < this.best) {
      if (this.bestSlot !== slot) this.second = this.best;
      this.best = d2;
      this.bestSlot = slot;
      const c = Math.sqrt(d2) + BAND_CHORD;
      this.bound = c * c;
    } else if (d2 < this.second && slot !== this.bestSlot) this.second = d2;
  }

  private chord2(s: number): number {
    const dx = this.xyz[3 * s]! - this.qx;
    const dy = this.xyz[3 * s + 1]! - this.qy;
    const dz = this.xyz[3 * s + 2]! - this.qz;
    return dx * dx + dy * dy + dz * dz;
  }

  private searchNearest(lo: number, hi: number): void {
    if (hi - lo <= LEAF_SIZE) {
      for (let s = lo; s < hi; s++) this.consider(s);
      return;
    }
    const m = (lo + hi) >> 1;
    this.consider(m);
    const a = this.axis[m]!;
    const diff = (a === 0 ? this.qx : a === 1 ? this.qy : this.qz) - this.xyz[3 * m + a]!;
    if (diff < 0) {
      this.searchNearest(lo, m);
      if (diff * diff <= this.bound) this.searchNearest(m + 1, hi);
    } else {
      this.searchNearest(m + 1, hi);
      if (diff * diff <= this.bound) this.searchNearest(lo, m);
    }
  }

  private searchBand(lo: number, hi: number, r2: number): void {
    if (hi - lo <= LEAF_SIZE) {
      for (let s = lo; s < hi; s++) if (this.chord2(s) <= r2) this.found[this.foundCount++] = s;
      return;
    }
    const m = (lo + hi) >> 1;
    if (this.chord2(m) <= r2) this.found[this.foundCount++] = m;
    const a = this.axis[m]!;
    const diff = (a === 0 ? this.qx : a === 1 ? this.qy : this.qz) - this.xyz[3 * m + a]!;
    if (diff <= 0 || diff * diff <= r2) this.searchBand(lo, m, r2);
    if (diff >= 0 || diff * diff <= r2) this.searchBand(m + 1, hi, r2);
  }
}

/**
 * Orders `ids[lo, hi)` into a balanced kd-tree: the median of each range (by the axis of widest spread,
 * stored in `axis[median]`) sits at the middle slot, smaller coordinates before it, larger after.
 */
function build(ids: Int32Array, raw: Float64Array, axis: Uint8Array, lo: number, hi: number): void {
  if (hi - lo <= LEAF_SIZE) return;
  let a = 0;
  let widest = -1;
  for (let k = 0; k < 3; k++) {
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (let s = lo; s < hi; s++) {
      const v = raw[3 * ids[s]! + k]!;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    if (max - min > widest) {
      widest = max - min;
      a = k;
    }
  }
  const m = (lo + hi) >> 1;
  select(ids, raw, a, lo, hi - 1, m);
  axis[m] = a;
  build(ids, raw, axis, lo, m);
  build(ids, raw, axis, m + 1, hi);
}

/**
 * Quickselect (Hoare partition, as in kdbush, which copes with many equal coordinates): puts the k-th
 * smallest of ids[left..right] by coordinate `a` at k, smaller or equal before it, larger or equal after.
 */
function select(ids: Int32Array, raw: Float64Array, a: number, left: number, right: number, k: number): void {
  const v = (s: number): number => raw[3 * ids[s]! + a]!;
  const swap = (i: number, j: number): void => {
    const t = ids[i]!;
    ids[i] = ids[j]!;
    ids[j] = t;
  };
  while (right > left) {
    const t = v(k);
    let i = left;
    let j = right;
    swap(left, k);
    if (v(right) > t) swap(left, right);
    while (i < j) {
      swap(i, j);
      i++;
      j--;
      while (v(i) < t) i++;
      while (v(j) > t) j--;
    }
    if (v(left) === t) swap(left, j);
    else {
      j++;
      swap(j, right);
    }
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

/**
 * The spatial index of the places kept by `filter` (kind group selected, not closed, planned/unknown only
 * when allowed), in input order. Build it once per computation and query it for every point.
 *
 * @example
 * const index = indexPlaces(lieux, filter);
 * const k = index.nearest(2.83, 50.43); // nearest kept place to Lens, or -1
 */
export function indexPlaces(lieux: readonly Lieu[], filter: PlaceFilter): PlaceIndex {
  return new PlaceIndex(lieux.filter((l) => matchesPlaceFilter(l, filter)));
}
