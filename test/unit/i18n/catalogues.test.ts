import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
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
  // "Note"; "Maisons & Cités": the social landlord's name
  'details.clsNote',
  'details.maisonsEtCites',
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

// ---------- no French or English literal in components ----------

const UI_DIR = resolve(import.meta.dirname, '../../../src/ui');

function componentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return componentFiles(path);
    return e.name.endsWith('.tsx') ? [path] : [];
  });
}

/**
 * Attributes whose string value is a code, not words for people (classes, ids, roles, input types, link
 * relations, SVG geometry…): their letters are not interface text. Every other attribute written as a
 * string (`label="…"`, `title="…"`, `aria-label="…"`, `placeholder="…"`) must come from the catalogue.
 */
const CODE_ATTRIBUTES: ReadonlySet<string> = new Set([
  'class',
  'id',
  'for',
  'type',
  'role',
  'name',
  'rel',
  'target',
  'accept',
  'autoComplete',
  'inputMode',
  'href',
  'aria-autocomplete',
  'aria-controls',
  'aria-describedby',
  'aria-labelledby',
  'aria-live',
  'aria-hidden',
  'aria-busy',
  'focusable',
  'scope',
  'value',
  'fill',
  'stroke',
  'stroke-width',
  'text-anchor',
  // a prop of the app's own components that takes a kind group's id
  'group',
  // a prop of the app's own components that takes an element's id (ScrollingTable: its table's caption)
  'captionId',
]);

/**
 * Interface text written in a component's JSX outside `{…}`: text between tags and string-valued attributes
 * (except codes), wherever it has a letter. Returns "file:line: text" lines.
 */
function literalsIn(path: string, text: string): string[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) =>
    `${relative(UI_DIR, path).split('\\').join('/')}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) found.push(`${where(node)}: ${node.text.trim()}`);
    if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)) {
      const name = node.name.getText(source);
      const value = node.initializer.text;
      if (!name.startsWith('data-') && !CODE_ATTRIBUTES.has(name) && /\p{L}/u.test(value))
        found.push(`${where(node)}: ${name}="${value}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('components', () => {
  const files = componentFiles(UI_DIR);

  test('the components are found', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  test('no French or English literal in a component (text and attributes come from the catalogue)', () => {
    const literals = files.flatMap((f) => literalsIn(f, readFileSync(f, 'utf8')));
    expect(literals, 'put these strings in src/i18n/fr.ts and en.ts and read them through txt').toEqual([]);
  });

  test('the check finds text between tags and in a label, not in codes nor in {…}', () => {
    const jsx = [
      'export const A = () => (',
      '  <section class="details" aria-labelledby="t" data-testid="x">',
      '    <Row label="Statut (source)">{txt.details.status}</Row>',
      '    <button type="button">Voir la couverture</button>',
      "    {' — '}{x ? 'hors catalogue' : ''} ×",
      '  </section>',
      ');',
    ].join('\n');
    expect(literalsIn(join(UI_DIR, 'A.tsx'), jsx)).toEqual([
      'A.tsx:3: label="Statut (source)"',
      'A.tsx:4: Voir la couverture',
    ]);
  });
});
