import type { Lang } from '../i18n/langs.ts';
import type { Kind } from '../schema.ts';
import { STOP_WORDS, tokenizeText } from './normalize_text.ts';
import type { SearchHit, SearchSource } from './types.ts';

/** One searchable item, prepared once. */
export interface SearchDoc {
  /** the hit returned for this item (score 0 here) */
  hit: SearchHit;
  /** vocabulary ids of the name's tokens (full weight) */
  nameTokens: Uint32Array;
  /** vocabulary ids of secondary tokens (commune of a place, the word "cité"…; half weight) */
  extraTokens: Uint32Array;
  /** postcodes (communes, places) */
  postcodes: readonly string[];
  /** INSEE code (communes only; '' otherwise) */
  insee: string;
  /** name tokens without stop words, joined by spaces (for whole-name prefix bonus) */
  keys: readonly string[];
  /** number of name tokens that are not stop words */
  significantNameTokens: number;
  /** 0 commune, 1 cité, 2 place: tie-break order */
  typeRank: number;
  /** commune population, 0 for others: tie-break */
  population: number;
}

/** Prepared search data; build once per data load with `buildSearchIndex`. Treat as opaque. */
export interface SearchIndex {
  readonly docs: readonly SearchDoc[];
  /** distinct tokens of all names and secondary texts */
  readonly vocabulary: readonly string[];
  /** for each vocabulary id, the docs (indices into `docs`) that contain it */
  readonly postings: readonly (readonly number[])[];
  /** indices of docs that have codes */
  readonly docsWithCodes: readonly number[];
}

const DEPARTEMENTS: Readonly<Record<string, string>> = { '59': 'Nord', '62': 'Pas-de-Calais' };

/** Short French kind labels for a place's `detail`. */
export const KIND_SHORT_LABELS: Readonly<Record<Kind, string>> = {
  filieris_centre_sante: 'Centre de santé Filiéris',
  filieris_dentaire: 'Centre dentaire Filiéris',
  filieris_pharmacie: 'Pharmacie Filiéris',
  filieris_autre: 'Filiéris',
  msp: 'Maison de santé',
  centre_sante_autre: 'Centre de santé',
  hopital: 'Hôpital ou clinique',
  hopital_psychiatrie: 'Psychiatrie',
  hopital_ssr: 'Soins de suite ou longue durée',
};

/** The words of the hits' `detail` line, in each interface language. */
const DETAIL_WORDS: Readonly<Record<Lang, { kinds: Readonly<Record<Kind, string>>; cite: string }>> = {
  fr: { kinds: KIND_SHORT_LABELS, cite: 'Cité' },
  en: {
    kinds: {
      filieris_centre_sante: 'Filieris health centre',
      filieris_dentaire: 'Filieris dental centre',
      filieris_pharmacie: 'Filieris pharmacy',
      filieris_autre: 'Filieris',
      msp: 'Multi-professional health centre',
      centre_sante_autre: 'Health centre',
      hopital: 'Hospital or clinic',
      hopital_psychiatrie: 'Psychiatric care',
      hopital_ssr: 'Follow-up or long-term care',
    },
    cite: 'Mining cité',
  },
};

const keyOf = (tokens: readonly string[]): string => tokens.filter((t) => !STOP_WORDS.has(t)).join(' ');

/**
 * Builds the search index for communes, cités and care places. Pure; the inputs are not modified.
 * About 1–3 ms for the full basin data.
 *
 * @example
 * const index = buildSearchIndex({ communes, cites, lieux });
 * searchPlaces(index, 'lievin')[0]?.label; // "Liévin"
 */
export function buildSearchIndex(source: SearchSource, lang: Lang = 'fr'): SearchIndex {
  const words = DETAIL_WORDS[lang];
  const vocabulary: string[] = [];
  const ids = new Map<string, number>();
  const postings: number[][] = [];
  const docs: SearchDoc[] = [];
  const docsWithCodes: number[] = [];

  const idOf = (token: string): number => {
    let id = ids.get(token);
    if (id === undefined) {
      id = vocabulary.length;
      ids.set(token, id);
      vocabulary.push(token);
      postings.push([]);
    }
    return id;
  };

  const add = (
    hit: SearchHit,
    name: string,
    extra: readonly string[],
    postcodes: readonly string[],
    insee: string,
    typeRank: number,
    population: number,
  ): void => {
    const docIndex = docs.length;
    const nameTokenStrings = tokenizeText(name);
    const nameIds = nameTokenStrings.map(idOf);
    const extraIds = extra.flatMap(tokenizeText).map(idOf);
    for (const id of new Set([...nameIds, ...extraIds])) postings[id]!.push(docIndex);
    const keys = [keyOf(nameTokenStrings)];
    // "Cité d'Arenberg" must also be found as a name starting with "arenberg"
    if (nameTokenStrings[0] === 'cite' || nameTokenStrings[0] === 'cites') {
      keys.push(keyOf(nameTokenStrings.slice(1)));
    }
    const cleanPostcodes = postcodes.filter((c) => c !== '');
    if (cleanPostcodes.length > 0 || insee !== '') docsWithCodes.push(docIndex);
    docs.push({
      hit,
      nameTokens: Uint32Array.from(nameIds),
      extraTokens: Uint32Array.from(extraIds),
      postcodes: cleanPostcodes,
      insee,
      keys,
      significantNameTokens: nameTokenStrings.filter((t) => !STOP_WORDS.has(t)).length,
      typeRank,
      population,
    });
  };

  for (const c of source.communes) {
    const postcode = c.postcodes[0] ?? c.insee;
    const dep = DEPARTEMENTS[c.dep] ?? c.dep;
    add(
      {
        type: 'commune',
        id: c.insee,
        label: c.nom,
        detail: `${postcode} · ${dep}`,
        lon: c.lon,
        lat: c.lat,
        score: 0,
      },
      c.nom,
      [],
      c.postcodes,
      c.insee,
      0,
      c.population,
    );
  }
  for (const c of source.cites) {
    add(
      {
        type: 'cite',
        id: c.id,
        label: c.nom,
        detail: `${words.cite} · ${c.commune}`,
        commune: c.commune,
        lon: c.lon,
        lat: c.lat,
        score: 0,
      },
      c.nom,
      ['cite'],
      [],
      '',
      1,
      0,
    );
  }
  for (const l of source.lieux) {
    add(
      {
        type: 'lieu',
        id: l.id,
        label: l.nom,
        detail: `${words.kinds[l.kind]} · ${l.commune}`,
        commune: l.commune,
        lon: l.lon,
        lat: l.lat,
        score: 0,
      },
      l.nom,
      [l.commune],
      l.postcode === null ? [] : [l.postcode],
      '',
      2,
      0,
    );
  }
  return { docs, vocabulary, postings, docsWithCodes };
}
