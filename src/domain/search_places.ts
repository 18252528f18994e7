import type { SearchDoc, SearchIndex } from './build_search_index.ts';
import { compareFr } from './compare_places.ts';
import { editDistance, prefixEditDistance } from './measure_edit_distance.ts';
import { STOP_WORDS, tokenizeText } from './normalize_text.ts';
import type { SearchHit } from './types.ts';

export type { SearchDoc, SearchIndex } from './build_search_index.ts';
export { buildSearchIndex } from './build_search_index.ts';
export type { SearchHit } from './types.ts';

/** Token scores: a whole-name match and a whole-name prefix add bonuses on top. */
const EXACT = 10;
const PREFIX = 7;
const TYPO = 5; // minus the number of edits
const TYPO_PREFIX = 4; // minus the number of edits
const EXTRA_WEIGHT = 0.5;
const NAME_EQUALS_BONUS = 20;
const NAME_PREFIX_BONUS = 10;
const UNMATCHED_NAME_TOKEN_PENALTY = 0.5;

const isDigits = (t: string): boolean => /^[0-9]+$/.test(t);

/** Edits tolerated in a query token: none under 4 characters, 1 from 4, 2 from 8. */
const maxEditsFor = (token: string): number => (token.length >= 8 ? 2 : token.length >= 4 ? 1 : 0);

/** Score of query token `q` against vocabulary token `v` (0 = no match). */
function scoreToken(q: string, v: string): number {
  if (v === q) return EXACT;
  if (v.startsWith(q)) return PREFIX;
  const k = maxEditsFor(q);
  if (k === 0 || v.length < q.length - k || isDigits(q)) return 0;
  if (Math.abs(v.length - q.length) <= k) {
    const d = editDistance(q, v, k);
    if (d <= k) return TYPO - d;
  }
  // typo while typing: the closest beginning of v
  if (q.length >= 5 && v.length > q.length - k) {
    const d = prefixEditDistance(q, v, k);
    if (d <= k) return TYPO_PREFIX - d;
  }
  return 0;
}

/** An INSEE code match weighs a little less than a postcode match ("62300" is Lens' postcode, Équihen's INSEE code). */
const INSEE_MALUS = 1.5;

/** Score of a digit query token against a doc's postcodes and INSEE code. */
function scoreCode(q: string, doc: SearchDoc): number {
  let best = 0;
  for (const c of doc.postcodes) {
    if (c === q) return EXACT;
    if (q.length >= 2 && c.startsWith(q)) best = PREFIX;
  }
  if (doc.insee === q) best = Math.max(best, EXACT - INSEE_MALUS);
  else if (q.length >= 2 && doc.insee.startsWith(q)) best = Math.max(best, PREFIX - INSEE_MALUS);
  return best;
}

interface QueryToken {
  text: string;
  required: boolean;
  /** score per vocabulary id */
  scores: Float32Array;
  /** candidate docs for this token */
  candidates: Set<number>;
}

function bestOf(ids: Uint32Array, scores: Float32Array): number {
  let best = 0;
  for (let i = 0; i < ids.length; i++) {
    const s = scores[ids[i]!]!;
    if (s > best) best = s;
  }
  return best;
}

/**
 * Finds communes, cités and care places matching a free-text query, best first.
 * Accent-, case- and punctuation-insensitive; "saint"/"st" are equivalent; stop words
 * ("de", "l'", "sur"…) may be omitted; every other query word must match a word of the name
 * exactly, as a prefix, or with a typo (1 edit from 4 letters, 2 from 8; Damerau–Levenshtein).
 * Digits match postcodes and INSEE codes ("62300" → Lens). Names equal to the query, then names
 * starting with it, come first; ties go to communes, then larger population, then label.
 *
 * @example
 * const index = buildSearchIndex({ communes, cites, lieux });
 * searchPlaces(index, 'conde sur escaut')[0]?.label; // "Condé-sur-l'Escaut"
 * searchPlaces(index, '62300')[0]?.label;            // "Lens"
 */
export function searchPlaces(index: SearchIndex, query: string, limit = 8): SearchHit[] {
  if (!(limit > 0)) return [];
  const tokens = tokenizeText(query);
  if (tokens.length === 0) return [];
  const significant = tokens.filter((t) => !STOP_WORDS.has(t));
  const allStop = significant.length === 0;
  const queryKey = significant.join(' ');
  const codeOnly = tokens.every(isDigits);

  const { vocabulary, postings, docs, docsWithCodes } = index;
  const qtokens: QueryToken[] = [];
  for (const text of new Set(tokens)) {
    const scores = new Float32Array(vocabulary.length);
    const candidates = new Set<number>();
    for (let id = 0; id < vocabulary.length; id++) {
      const s = scoreToken(text, vocabulary[id]!);
      if (s > 0) {
        scores[id] = s;
        for (const d of postings[id]!) candidates.add(d);
      }
    }
    if (isDigits(text)) {
      for (const d of docsWithCodes) if (scoreCode(text, docs[d]!) > 0) candidates.add(d);
    }
    qtokens.push({ text, required: allStop || !STOP_WORDS.has(text), scores, candidates });
  }
  const required = qtokens.filter((q) => q.required);
  const seed = required.reduce((a, b) => (b.candidates.size < a.candidates.size ? b : a));

  const scored: { hit: SearchHit; typeRank: number; population: number }[] = [];
  for (const d of seed.candidates) {
    const doc = docs[d]!;
    let total = 0;
    let ok = true;
    for (const q of qtokens) {
      let s = Math.max(bestOf(doc.nameTokens, q.scores), EXTRA_WEIGHT * bestOf(doc.extraTokens, q.scores));
      if (isDigits(q.text)) s = Math.max(s, scoreCode(q.text, doc));
      if (s === 0 && q.required) {
        ok = false;
        break;
      }
      total += s;
    }
    if (!ok) continue;
    if (queryKey !== '') {
      if (doc.keys.includes(queryKey)) total += NAME_EQUALS_BONUS;
      else if (doc.keys.some((k) => k.startsWith(queryKey))) total += NAME_PREFIX_BONUS;
    }
    // a longer name matches less closely; not applied to code-only queries ("62300")
    if (!codeOnly) {
      total -= UNMATCHED_NAME_TOKEN_PENALTY * Math.max(0, doc.significantNameTokens - significant.length);
    }
    scored.push({ hit: { ...doc.hit, score: total }, typeRank: doc.typeRank, population: doc.population });
  }
  scored.sort(
    (a, b) =>
      b.hit.score - a.hit.score ||
      a.typeRank - b.typeRank ||
      b.population - a.population ||
      compareFr(a.hit.label, b.hit.label) ||
      (a.hit.id < b.hit.id ? -1 : a.hit.id > b.hit.id ? 1 : 0),
  );
  return scored.slice(0, Math.floor(limit)).map((s) => s.hit);
}
