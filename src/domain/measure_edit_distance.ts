/** Reusable DP rows (grown on demand): the search calls this thousands of times per query. */
let rowA = new Int32Array(32);
let rowB = new Int32Array(32);
let rowC = new Int32Array(32);

/**
 * Last row of the optimal-string-alignment DP of `a` against the first `cols` characters of `b`
 * (row[j] = distance between `a` and `b.slice(0, j)`), or null as soon as every value of a row
 * exceeds `max`. The returned array is a shared buffer: read it before the next call.
 */
function lastRow(a: string, b: string, cols: number, max: number): Int32Array | null {
  const la = a.length;
  if (rowA.length < cols + 1) {
    const n = cols + 1;
    rowA = new Int32Array(n);
    rowB = new Int32Array(n);
    rowC = new Int32Array(n);
  }
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= cols; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    const caPrev = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j <= cols; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = prev[j - 1]! + (ca === cb ? 0 : 1);
      const del = prev[j]! + 1;
      if (del < v) v = del;
      const ins = cur[j - 1]! + 1;
      if (ins < v) v = ins;
      if (j > 1 && ca === b.charCodeAt(j - 2) && caPrev === cb) {
        const tr = prev2[j - 2]! + 1;
        if (tr < v) v = tr;
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return null;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev;
}

/**
 * Optimal-string-alignment (restricted Damerau–Levenshtein) distance between `a` and `b`:
 * insertions, deletions, substitutions and transpositions of adjacent characters each cost 1.
 * Stops early and returns `max + 1` as soon as the distance is known to exceed `max`.
 *
 * @example
 * editDistance('arenbreg', 'arenberg', 2); // 1 (one transposition)
 * editDistance('lens', 'liévin', 1);       // 2 (= max + 1: "more than 1")
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length === 0 || b.length === 0) return Math.max(a.length, b.length);
  const row = lastRow(a, b, b.length, max);
  const d = row === null ? max + 1 : row[b.length]!;
  return d > max ? max + 1 : d;
}

/**
 * Smallest edit distance (as `editDistance`) between `a` and any beginning of `b` — how far a
 * half-typed word is from the start of a name. Returns `max + 1` when above `max`.
 *
 * @example
 * prefixEditDistance('valancien', 'valenciennes', 2); // 1 ("valencien")
 */
export function prefixEditDistance(a: string, b: string, max: number): number {
  if (a.length === 0) return 0;
  const cols = Math.min(b.length, a.length + max);
  if (cols < a.length - max) return max + 1;
  const row = lastRow(a, b, cols, max);
  if (row === null) return max + 1;
  let best = max + 1;
  for (let j = Math.max(0, a.length - max); j <= cols; j++) if (row[j]! < best) best = row[j]!;
  return best;
}
