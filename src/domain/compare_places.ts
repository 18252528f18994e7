import { normalizeText } from './normalize_text.ts';

/**
 * Compares two folded texts (see normalizeText), runs of digits by their numeric value.
 * Plain code, not Intl.Collator: creating a collator loads ICU data (tens of milliseconds on a cheap phone),
 * and French names folded this way sort as a French reader expects.
 */
function compareFolded(a: string, b: string): number {
  const re = /(\d+)|(\D+)/g;
  const pa = a.match(re) ?? [];
  const pb = b.match(re) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i] as string;
    const y = pb[i] as string;
    if (x === y) continue;
    const dx = /^\d/.test(x);
    const dy = /^\d/.test(y);
    if (dx && dy) {
      const diff = Number(x) - Number(y);
      if (diff !== 0) return diff;
      return x.length - y.length;
    }
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

/**
 * Orders two (distance, nom, id) triples: by distance, then name (French collation), then id.
 * Used wherever the domain must break ties deterministically.
 *
 * @example
 * [a, b].sort((x, y) => compareByDistance(x.d, x.nom, x.id, y.d, y.nom, y.id));
 */
export function compareByDistance(
  da: number,
  noma: string,
  ida: string,
  db: number,
  nomb: string,
  idb: string,
): number {
  if (da !== db) return da - db;
  const byNom = compareFr(noma, nomb);
  if (byNom !== 0) return byNom;
  return ida < idb ? -1 : ida > idb ? 1 : 0;
}

/**
 * French order of two labels: case, accents and punctuation ignored (Évin = evin, Cœur = coeur,
 * "Saint-Amand" = "saint amand"), numbers in numeric order ("Cité 2" before "Cité 10"). Labels that fold to
 * the same text are equal (0), as with a base-strength collator.
 *
 * @example
 * compareFr('Évin-Malmaison', 'Douai'); // > 0
 * compareFr('Cité 2', 'Cité 10');       // < 0
 */
export function compareFr(a: string, b: string): number {
  if (a === b) return 0;
  return compareFolded(normalizeText(a), normalizeText(b));
}
