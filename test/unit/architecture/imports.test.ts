/**
 * The house's floors, checked on the source: every import of `src/**` is read with the TypeScript parser
 * (static, dynamic and re-exports) and each arrow that goes up a floor fails the test, naming the file.
 *
 *   schema.ts, i18n/langs.ts   the ground: data names and language codes
 *   domain/                    pure functions: only domain/ and the ground
 *   data/, i18n/               loaders and catalogues: nothing above them (state, map, embed, UI)
 *   state/                     store, selectors, vocabulary: never map/, embed/ or ui/
 *   map/                       the map controller: never embed/ or ui/
 *   embed/                     never ui/
 *   security/                  the page's Trusted Types policy: nothing above the ground
 * and only `src/data/` calls `fetch(`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** `src/`-relative path of a file, with `/` separators. */
const fromSrc = (abs: string): string => relative(SRC, abs).split('\\').join('/');

/** The `src/` files a file imports (npm packages and assets outside `src/` left out). */
function importsOf(file: string, text: string): string[] {
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles
    .map((f) => f.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => fromSrc(resolve(dirname(file), name.replace(/\?.*$/, ''))))
    .filter((p) => !p.startsWith('..'));
}

/** The floor of a `src/`-relative path: its first folder, or the file name at the top. */
function floorOf(path: string): string {
  if (path === 'i18n/langs.ts') return 'ground';
  if (path === 'schema.ts') return 'ground';
  const slash = path.indexOf('/');
  return slash < 0 ? path : path.slice(0, slash);
}

/** For each floor, the floors it may not import. */
const FORBIDDEN: Readonly<Record<string, readonly string[]>> = {
  ground: ['domain', 'data', 'i18n', 'state', 'map', 'embed', 'ui', 'builder', 'main.tsx'],
  data: ['state', 'map', 'embed', 'ui', 'builder', 'main.tsx'],
  i18n: ['data', 'state', 'map', 'embed', 'ui', 'builder', 'main.tsx'],
  state: ['map', 'embed', 'ui', 'builder', 'main.tsx'],
  map: ['embed', 'ui', 'builder', 'main.tsx'],
  embed: ['ui', 'builder', 'main.tsx'],
  security: ['domain', 'data', 'i18n', 'state', 'map', 'embed', 'ui', 'offline', 'builder', 'main.tsx'],
};
/** The domain may import the domain and the ground only. */
const DOMAIN_MAY_IMPORT: ReadonlySet<string> = new Set(['domain', 'ground']);

/** The arrows of a file that break the rules, as "from → to" lines. */
function forbiddenArrows(path: string, imports: readonly string[]): string[] {
  const floor = floorOf(path);
  return imports
    .filter((target) => {
      const to = floorOf(target);
      if (floor === 'domain') return !DOMAIN_MAY_IMPORT.has(to);
      return (FORBIDDEN[floor] ?? []).includes(to);
    })
    .map((target) => `${path} → ${target}`);
}

/** Lines of a file that call `fetch(…)` (or `window.fetch`, `globalThis.fetch`), read from its syntax tree. */
function fetchCalls(text: string): number[] {
  const source = ts.createSourceFile('x.tsx', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const lines: number[] = [];
  const isFetch = (e: ts.Expression): boolean =>
    (ts.isIdentifier(e) && e.text === 'fetch') ||
    (ts.isPropertyAccessExpression(e) && e.name.text === 'fetch');
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && isFetch(node.expression)) {
      lines.push(source.getLineAndCharacterOfPosition(node.getStart()).line + 1);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return lines;
}

const files = sourceFiles(SRC).map((abs) => ({ abs, path: fromSrc(abs), text: readFileSync(abs, 'utf8') }));

describe('imports of src/ follow the floors', () => {
  test('the files are found and their imports read', () => {
    expect(files.length).toBeGreaterThan(50);
    const store = files.find((f) => f.path === 'state/store.ts');
    expect(store && importsOf(store.abs, store.text)).toContain('schema.ts');
  });

  test('no import goes up a floor (state → map/embed/ui, map → embed, domain → anything but domain/schema…)', () => {
    const arrows = files.flatMap((f) => forbiddenArrows(f.path, importsOf(f.abs, f.text)));
    expect(arrows).toEqual([]);
  });

  test('only src/data/ fetches', () => {
    const calls = files
      .filter((f) => !f.path.startsWith('data/'))
      .flatMap((f) => fetchCalls(f.text).map((line) => `${f.path}:${line}`));
    expect(calls).toEqual([]);
  });

  test('the checker itself catches each kind of forbidden arrow and a fetch', () => {
    const file = join(SRC, 'state', 'x.ts');
    const text = [
      "import { MAP_LAYERS } from '../map/layers.ts';",
      "export { parseEmbedConfig } from '../embed/config.ts';",
      "const m = await import('../ui/App.tsx');",
      "import { fr } from '../i18n/fr.ts';",
    ].join('\n');
    expect(forbiddenArrows('state/x.ts', importsOf(file, text))).toEqual([
      'state/x.ts → map/layers.ts',
      'state/x.ts → embed/config.ts',
      'state/x.ts → ui/App.tsx',
    ]);
    expect(forbiddenArrows('map/x.ts', ['embed/config.ts', 'state/store.ts'])).toEqual([
      'map/x.ts → embed/config.ts',
    ]);
    expect(
      forbiddenArrows('domain/x.ts', ['schema.ts', 'i18n/langs.ts', 'domain/y.ts', 'i18n/fr.ts']),
    ).toEqual(['domain/x.ts → i18n/fr.ts']);
    expect(
      fetchCalls('// fetch(x) in a comment\nconst r = await fetch(url);\nprefetch(y);\nwindow.fetch(z);'),
    ).toEqual([2, 4]);
  });
});
