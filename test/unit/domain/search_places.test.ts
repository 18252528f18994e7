import { describe, expect, it } from 'vitest';
import { normalizeText, tokenizeText } from '../../../src/domain/normalize_text.ts';
import { buildSearchIndex, searchPlaces } from '../../../src/domain/search_places.ts';
import type { Commune } from '../../../src/schema.ts';
import { CITES, COMMUNES, deepFreeze, LIEUX } from '../../fixtures/domain/basin.ts';

const extra: Commune[] = [
  // near-miss neighbours that must rank after the intended commune
  { ...COMMUNES[0]!, insee: '62001', nom: 'Lestrem', postcodes: ['62136'], population: 4500 },
  { ...COMMUNES[0]!, insee: '62002', nom: 'Lens-Nord', postcodes: ['62301'], population: 100 },
  { ...COMMUNES[0]!, insee: '62003', nom: 'Sainte-Catherine', postcodes: ['62223'], population: 3400 },
  // fictional: a longer name starting with "arenberg" must not outrank the cité named exactly "Cité d'Arenberg"
  { ...COMMUNES[0]!, insee: '59005', nom: 'Arenbergue', postcodes: ['59999'], population: 50000 },
  { ...COMMUNES[0]!, insee: '59003', nom: 'Condé-Folie', postcodes: ['80890'], population: 800 },
  { ...COMMUNES[0]!, insee: '62004', nom: 'Béthune', postcodes: ['62400'], population: 25000 },
  // its INSEE code is Lens' postcode (true of Équihen-Plage); population inflated so that only the code kind can rank it last
  { ...COMMUNES[0]!, insee: '62300', nom: 'Équihen-Plage', postcodes: ['62224'], population: 99000 },
];
const INDEX = buildSearchIndex({ communes: [...COMMUNES, ...extra], cites: CITES, lieux: LIEUX });
const first = (q: string) => searchPlaces(INDEX, q)[0];
const labels = (q: string) => searchPlaces(INDEX, q).map((h) => h.label);

describe('normalizeText / tokenizeText', () => {
  it('removes accents, case, apostrophes and hyphens', () => {
    expect(normalizeText("Condé-sur-l'Escaut")).toBe('conde sur l escaut');
    expect(normalizeText('  Cœur  d’Ostrevent ')).toBe('coeur d ostrevent');
    expect(normalizeText('ÉLEU-DIT-LEAUWETTE')).toBe('eleu dit leauwette');
  });
  it('folds saint / sainte / st / ste', () => {
    expect(tokenizeText('Sainte-Catherine')).toEqual(['st', 'catherine']);
    expect(tokenizeText('St Amand')).toEqual(['st', 'amand']);
    expect(tokenizeText('')).toEqual([]);
  });
});

describe('searchPlaces', () => {
  it('"lievin", "Liévin" and "LIÉVIN" put the commune Liévin first', () => {
    for (const q of ['lievin', 'Liévin', 'LIÉVIN', '  liévin ']) {
      expect(first(q)).toMatchObject({ type: 'commune', id: '62510', label: 'Liévin' });
    }
    expect(labels('lievin')).toContain('Centre de santé Filiéris de Liévin');
  });

  it('returns the hit shape the UI needs', () => {
    expect(first('conde sur l escaut')).toEqual({
      type: 'commune',
      id: '59153',
      label: "Condé-sur-l'Escaut",
      detail: '59163 · Nord',
      lon: 3.5889,
      lat: 50.4483,
      score: expect.any(Number),
    });
    expect(first('lens')?.detail).toBe('62300 · Pas-de-Calais');
    expect(first('arenberg')).toMatchObject({ type: 'cite', id: 'cite-arenberg', detail: 'Cité · Wallers' });
    expect(first('pharmacie')).toMatchObject({
      type: 'lieu',
      id: 'ph-lens',
      detail: 'Pharmacie Filiéris · Lens',
    });
  });

  it('writes the detail line in English when the index is built for English', () => {
    const en = buildSearchIndex({ communes: [...COMMUNES, ...extra], cites: CITES, lieux: LIEUX }, 'en');
    expect(searchPlaces(en, 'arenberg')[0]?.detail).toBe('Mining cité · Wallers');
    expect(searchPlaces(en, 'pharmacie')[0]?.detail).toBe('Filieris pharmacy · Lens');
    expect(searchPlaces(en, 'lens')[0]?.detail).toBe('62300 · Pas-de-Calais');
  });

  it('finds Condé-sur-l\'Escaut without the "l\'", with curly apostrophes, and before Condé-Folie', () => {
    expect(first('conde sur escaut')?.id).toBe('59153');
    expect(first('Condé-sur-l’Escaut')?.id).toBe('59153');
    expect(labels('conde')[0]).toBe("Condé-sur-l'Escaut"); // both prefix-match; larger population first
  });

  it('finds the cité by "arenberg" and by "Cité d\'Arenberg", before the health centre named after it', () => {
    expect(first('arenberg')?.id).toBe('cite-arenberg');
    expect(first("Cité d'Arenberg")?.id).toBe('cite-arenberg');
    expect(first('cite arenberg')?.id).toBe('cite-arenberg');
    expect(labels('arenberg')).toContain('Centre de santé Filiéris Wallers-Arenberg');
  });

  it('ranks an exact name before a longer name starting with it', () => {
    expect(labels('lens').slice(0, 2)).toEqual(['Lens', 'Lens-Nord']);
  });

  it('ranks prefix matches before typo matches', () => {
    // "les" is a prefix of "lestrem" and "lens" is one edit away only for 4+ letters: "les" has no typo tolerance
    expect(labels('lest')[0]).toBe('Lestrem');
    expect(labels('len')).not.toContain('Lestrem');
  });

  it('finds a commune by postcode, larger population first, and by INSEE code', () => {
    expect(labels('62300').slice(0, 2)).toEqual(['Lens', 'Éleu-dit-Leauwette']); // both postcode 62300
    expect(labels('62300')).toContain('Équihen-Plage'); // INSEE 62300: after the postcode matches
    expect(labels('62300').indexOf('Équihen-Plage')).toBeGreaterThan(1);
    expect(first('59163')?.label).toBe("Condé-sur-l'Escaut");
    expect(first('62510')?.label).toBe('Liévin');
    expect(labels('6230')).toContain('Lens-Nord'); // prefix of 62301
    expect(labels('62399')).toEqual([]); // no fuzzy matching on digits
  });

  it('treats saint / st / ste alike', () => {
    expect(first('st amand')?.label).toBe('Saint-Amand-les-Eaux');
    expect(first('saint amand les eaux')?.label).toBe('Saint-Amand-les-Eaux');
    expect(first('ste catherine')?.label).toBe('Sainte-Catherine');
    expect(labels('lieu st amand')[0]).toBe('Lieu-Saint-Amand');
  });

  it('tolerates one typo from 4 letters, two from 8, none below 4', () => {
    expect(first('lievn')?.label).toBe('Liévin'); // deletion
    expect(first('arneberg')?.id).toBe('cite-arenberg'); // transposition
    expect(first('bethnue')?.label).toBe('Béthune'); // transposition
    expect(first('valancienes')?.label).toBe('Valenciennes'); // 2 edits, 11 letters
    expect(labels('lxevxn')).toEqual([]); // 2 edits on 6 letters: too many
    expect(labels('lns')).toEqual([]); // 3 letters: no tolerance
    expect(first('valencien')?.label).toBe('Valenciennes'); // typing: prefix
    expect(first('valancien')?.label).toBe('Valenciennes'); // typo while typing
  });

  it('requires every significant word', () => {
    expect(labels('lens wallers')).toEqual([]);
    expect(labels('filieris lievin')[0]).toBe('Centre de santé Filiéris de Liévin');
  });

  it('returns nothing for an empty query and respects the limit', () => {
    expect(searchPlaces(INDEX, '')).toEqual([]);
    expect(searchPlaces(INDEX, "  '- ")).toEqual([]);
    expect(searchPlaces(INDEX, 'l', 3)).toHaveLength(3);
    expect(searchPlaces(INDEX, 'lens', 0)).toEqual([]);
    expect(searchPlaces(INDEX, 'e').length).toBeLessThanOrEqual(8);
  });

  it('returns nothing from an empty index', () => {
    expect(searchPlaces(buildSearchIndex({ communes: [], cites: [], lieux: [] }), 'lens')).toEqual([]);
  });

  it('does not modify its inputs', () => {
    const source = deepFreeze(structuredClone({ communes: COMMUNES, cites: CITES, lieux: LIEUX }));
    const before = JSON.stringify(source);
    const index = buildSearchIndex(source);
    searchPlaces(index, 'lens');
    expect(JSON.stringify(source)).toBe(before);
  });
});
