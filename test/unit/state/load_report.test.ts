/** Loading problems worded by the catalogue (French, the default language in unit tests). */
import { describe, expect, test } from 'vitest';
import { loadMessages } from '../../../src/state/load_report.ts';

describe('load messages', () => {
  test('a file that cannot be used names the file and the problem', () => {
    expect(
      loadMessages({
        errors: [
          { file: 'data/epci.json', problem: { type: 'http', status: 404 } },
          { file: 'data/cites.json', problem: { type: 'schema', found: '1', expected: 2 } },
        ],
        rejectedRows: [],
      }),
    ).toEqual([
      {
        key: 'data:data/epci.json',
        text: 'Le fichier de données « data/epci.json » n’a pas pu être chargé ou est invalide. (HTTP 404)',
      },
      {
        key: 'data:data/cites.json',
        text: 'Le fichier de données « data/cites.json » n’a pas pu être chargé ou est invalide. (version de schéma 1 ≠ 2)',
      },
    ]);
  });

  test('rows left out: counted, the first five named with their id and problem, then "…"', () => {
    const rejected = [0, 1, 2, 3, 4, 5].map((row) => ({
      row,
      id: row === 0 ? null : `l${row}`,
      problem: 'kind' as const,
    }));
    const [m] = loadMessages({ errors: [], rejectedRows: [{ file: 'data/lieux.json', rejected }] });
    expect(m).toEqual({
      key: 'rows:data/lieux.json',
      text:
        '6 lignes invalides du fichier « data/lieux.json » ont été ignorées ; les autres sont utilisées. ' +
        '(ligne 1 : type de lieu inconnu ; ligne 2 (l1) : type de lieu inconnu ; ligne 3 (l2) : type de lieu inconnu ; ' +
        'ligne 4 (l3) : type de lieu inconnu ; ligne 5 (l4) : type de lieu inconnu ; …)',
    });
  });
});
