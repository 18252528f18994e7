import { describe, expect, test } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { fr } from '../../../src/i18n/fr.ts';

/** Every leaf (string or function) of a catalogue, by its dotted key path, in declaration order. */
function leaves(node: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (value !== null && typeof value === 'object') {
        for (const [p, v] of leaves(value, path)) out.set(p, v);
      } else {
        out.set(path, value);
      }
    }
  }
  return out;
}

/** Every combination of `values` for `arity` parameters (arity 0: one empty call). */
function combinations<T>(values: readonly T[], arity: number): T[][] {
  let acc: T[][] = [[]];
  for (let i = 0; i < arity; i++) acc = acc.flatMap((args) => values.map((v) => [...args, v]));
  return acc;
}

const NUMBERS = [0, 1, 2] as const;
const STRINGS = ['3 km', 'Liévin', '12,5 %'] as const;

/** Calls `fn` with sample arguments chosen from its arity: numbers first, strings if numbers throw. */
function sampleOutputs(fn: (...args: unknown[]) => unknown): unknown[] {
  try {
    return combinations(NUMBERS, fn.length).map((args) => fn(...args));
  } catch {
    return combinations(STRINGS, fn.length).map((args) => fn(...args));
  }
}

/**
 * Key paths whose English text may legitimately be the same as the French one: words spelled the same in
 * both languages (short labels and table headers) and the map markers' letters, which must match the map.
 */
const SAME_IN_BOTH: ReadonlySet<string> = new Set([
  // "Mode"
  'modesLabel',
  'builder.mode',
  // "Commune": the French administrative term, kept in English (glossed in the search label)
  'typeLabels.commune',
  'details.commune',
  'coverage.territoryCommune',
  'coverage.commune',
  // "Source", "Sources"
  'nearest.source',
  'details.source',
  'coverage.printSources',
  // "Population"
  'details.population',
  'coverage.population',
  // "Type"
  'details.kind',
  'details.type',
  // "Date", "Distance", "Action", "Options"
  'details.clsDate',
  'coverage.distance',
  'coverage.action',
  'builder.options',
  // One-letter symbols drawn on the map markers: the same in every language
  'groupLetters.filieris',
  'groupLetters.pharmacie',
  'groupLetters.msp',
  'groupLetters.cs',
  'groupLetters.hopital',
  'groupLetters.hopital_specialise',
]);

const catalogues = { fr, en } as const;
const frLeaves = leaves(fr);
const enLeaves = leaves(en);

describe('interface catalogues', () => {
  test('English and French have exactly the same key paths', () => {
    const frPaths = [...frLeaves.keys()].sort();
    const enPaths = [...enLeaves.keys()].sort();
    const missing = frPaths.filter((p) => !enLeaves.has(p));
    const extra = enPaths.filter((p) => !frLeaves.has(p));
    expect(missing, `keys missing from en.ts: ${missing.join(', ')}`).toEqual([]);
    expect(extra, `keys in en.ts but not in fr.ts: ${extra.join(', ')}`).toEqual([]);
    expect(enPaths).toEqual(frPaths);
    expect(frPaths.length).toBeGreaterThan(200);
  });

  test('English keeps the French key order', () => {
    expect([...enLeaves.keys()]).toEqual([...frLeaves.keys()]);
  });

  test('each leaf has the same kind (string or function, same arity) in both catalogues', () => {
    const mismatches: string[] = [];
    for (const [path, frValue] of frLeaves) {
      const enValue = enLeaves.get(path);
      const describeLeaf = (v: unknown) => (typeof v === 'function' ? `function/${v.length}` : typeof v);
      if (describeLeaf(frValue) !== describeLeaf(enValue)) {
        mismatches.push(`${path}: fr ${describeLeaf(frValue)}, en ${describeLeaf(enValue)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  for (const [name, catalogue] of Object.entries(catalogues)) {
    test(`${name}: every string is non-empty and every function returns a non-empty string`, () => {
      const problems: string[] = [];
      for (const [path, value] of leaves(catalogue)) {
        if (typeof value === 'string') {
          if (value.trim() === '') problems.push(`${path}: empty string`);
        } else if (typeof value === 'function') {
          let outputs: unknown[];
          try {
            outputs = sampleOutputs(value as (...args: unknown[]) => unknown);
          } catch (e) {
            problems.push(`${path}: throws (${String(e)})`);
            continue;
          }
          for (const out of outputs) {
            if (typeof out !== 'string' || out.trim() === '') {
              problems.push(`${path}: returned ${JSON.stringify(out)}`);
            }
          }
        } else {
          problems.push(`${path}: neither a string nor a function (${typeof value})`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  test('every French sentence is translated (identical text only where allow-listed)', () => {
    const untranslated: string[] = [];
    for (const [path, frValue] of frLeaves) {
      if (typeof frValue !== 'string') continue;
      if (!/\p{L}/u.test(frValue) || SAME_IN_BOTH.has(path)) continue;
      if (enLeaves.get(path) === frValue) untranslated.push(`${path}: "${frValue}"`);
    }
    expect(untranslated).toEqual([]);
  });

  test('the allow-list is up to date (each entry exists and is really the same in both)', () => {
    const stale = [...SAME_IN_BOTH].filter(
      (path) => typeof frLeaves.get(path) !== 'string' || enLeaves.get(path) !== frLeaves.get(path),
    );
    expect(stale).toEqual([]);
  });

  test('no HTML in the English strings', () => {
    const withHtml: string[] = [];
    for (const [path, value] of enLeaves) {
      const outputs =
        typeof value === 'function' ? sampleOutputs(value as (...args: unknown[]) => unknown) : [value];
      if (outputs.some((o) => typeof o === 'string' && /<\/?[a-z][^>]*>/i.test(o))) withHtml.push(path);
    }
    expect(withHtml).toEqual([]);
  });
});
