/** Tokens that may be left out of a query or a name without changing what it designates. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'au',
  'aux',
  'd',
  'de',
  'des',
  'du',
  'en',
  'et',
  'l',
  'la',
  'le',
  'les',
  'lez',
  'sous',
  'sur',
]);

/** Spellings of "saint"/"sainte" folded to one token. */
const SAINT: ReadonlySet<string> = new Set([
  'saint',
  'sainte',
  'saints',
  'saintes',
  'st',
  'ste',
  'sts',
  'stes',
]);

/**
 * Folds text for comparison: lower case, accents removed, œ/æ expanded, apostrophes, hyphens
 * and any other punctuation turned into single spaces, trimmed.
 *
 * @example
 * normalizeText("Condé-sur-l'Escaut"); // "conde sur l escaut"
 * normalizeText('  Cœur  d’Ostrevent '); // "coeur d ostrevent"
 */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Splits text into normalized tokens; "saint", "sainte", "st", "ste" all become "st".
 * Stop words are kept (callers decide whether they are required).
 *
 * @example
 * tokenizeText('Sainte-Catherine'); // ["st", "catherine"]
 * tokenizeText("Cité d'Arenberg");  // ["cite", "d", "arenberg"]
 */
export function tokenizeText(text: string): string[] {
  const normalized = normalizeText(text);
  if (normalized === '') return [];
  return normalized.split(' ').map((t) => (SAINT.has(t) ? 'st' : t));
}
