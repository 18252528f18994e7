import { describe, expect, test } from 'vitest';
import { encodeCells } from '../../../src/data/cells_columns.ts';
import { loadCells, readCells } from '../../../src/data/load_cells.ts';
import { CLIENT_FILES, SCHEMA_VERSION } from '../../../src/schema.ts';

const file = () => ({
  schema: SCHEMA_VERSION,
  ...encodeCells(
    [
      {
        col: 10,
        row: 20,
        population: 3,
        livingStandard: 20_000,
        imputed: true,
        inPerimeter: true,
        insee: '59001',
      },
      {
        col: 11,
        row: 20,
        population: 4,
        livingStandard: 20_000,
        imputed: true,
        inPerimeter: true,
        insee: '59001',
      },
    ],
    [{ id: 'c', links: [{ cell: 1, weight: 0.5 }] }],
    [{ insee: '59001', complete: true }],
  ),
});

const answer = (status: number, body: unknown): typeof fetch =>
  (async () => new Response(JSON.stringify(body), { status })) as typeof fetch;

describe('readCells', () => {
  test('gives the grid and the credit line of a valid file', () => {
    const r = readCells(file());
    expect(r.error).toBeNull();
    expect(r.rejected).toBeNull();
    expect(r.grid?.count).toBe(2);
    expect(r.source).toBe('Source : Insee, Filosofi 2021, données carroyées à 200 m');
  });

  test('refuses another schema version', () => {
    const r = readCells({ ...file(), schema: SCHEMA_VERSION - 1 });
    expect(r.grid).toBeNull();
    expect(r.error).toMatch(/version de schéma/);
  });

  test('uses the valid rows and says which were left out', () => {
    const f = file();
    f.columns.population2[1] = -1;
    const r = readCells(f);
    expect(r.grid?.count).toBe(1);
    expect(r.rejected).toEqual({
      count: 2,
      message: 'carreau 2 (2000011) : population invalide ; lien de la cité c : carreau écarté',
    });
  });
});

describe('loadCells', () => {
  test('fetches data/cells.json relative to the base URL', async () => {
    let asked = '';
    const fetchSpy = (async (url: string) => {
      asked = url;
      return new Response(JSON.stringify(file()));
    }) as unknown as typeof fetch;
    const r = await loadCells('https://example.org/carte/', fetchSpy);
    expect(asked).toBe(`https://example.org/carte/${CLIENT_FILES.cells}`);
    expect(r.grid?.count).toBe(2);
  });

  test('an HTTP error or broken JSON becomes an error message, never an exception', async () => {
    expect((await loadCells('https://example.org/', answer(404, {}))).error).toBe('HTTP 404');
    const broken = (async () => new Response('{')) as typeof fetch;
    const r = await loadCells('https://example.org/', broken);
    expect(r.grid).toBeNull();
    expect(r.error).toBeTruthy();
  });
});
