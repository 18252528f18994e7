const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

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
  const byNom = collator.compare(noma, nomb);
  if (byNom !== 0) return byNom;
  return ida < idb ? -1 : ida > idb ? 1 : 0;
}

/**
 * French collation of two labels (case- and accent-insensitive, numbers in numeric order).
 *
 * @example
 * compareFr('Évin-Malmaison', 'Douai'); // > 0
 */
export function compareFr(a: string, b: string): number {
  return collator.compare(a, b);
}
