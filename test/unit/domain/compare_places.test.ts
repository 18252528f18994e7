import { describe, expect, it } from 'vitest';
import { compareByDistance, compareFr } from '../../../src/domain/compare_places.ts';

const sign = (n: number) => Math.sign(n);

describe('compareFr', () => {
  it('ignores case, accents, ligatures and punctuation', () => {
    expect(compareFr('Évin-Malmaison', 'evin malmaison')).toBe(0);
    expect(compareFr('Cœur d’Ostrevent', 'COEUR D OSTREVENT')).toBe(0);
    expect(compareFr("Condé-sur-l'Escaut", 'Conde sur l Escaut')).toBe(0);
  });

  it('orders as a French reader expects, accents not pushing names to the end', () => {
    const names = ['Wallers', 'Éleu-dit-Leauwette', 'Douai', 'écourt', 'Aniche', 'Œuf-en-Ternois', 'Lens'];
    expect([...names].sort(compareFr)).toEqual([
      'Aniche',
      'Douai',
      'écourt',
      'Éleu-dit-Leauwette',
      'Lens',
      'Œuf-en-Ternois',
      'Wallers',
    ]);
  });

  it('puts numbers in numeric order', () => {
    expect(sign(compareFr('Cité 2', 'Cité 10'))).toBe(-1);
    expect(sign(compareFr('Fosse 9', 'Fosse 9-9 bis'))).toBe(-1);
    expect(sign(compareFr('Cité 10', 'Cité 9'))).toBe(1);
    expect(sign(compareFr('Cité 010', 'Cité 10'))).toBe(1);
  });

  it('is antisymmetric and a shorter prefix comes first', () => {
    expect(sign(compareFr('Lens', 'Lens-Liévin'))).toBe(-1);
    expect(sign(compareFr('Lens-Liévin', 'Lens'))).toBe(1);
    expect(compareFr('Liévin', 'Liévin')).toBe(0);
  });
});

describe('compareByDistance', () => {
  it('orders by distance, then name, then id', () => {
    expect(sign(compareByDistance(1, 'B', 'x', 2, 'A', 'y'))).toBe(-1);
    expect(sign(compareByDistance(1, 'Été', 'x', 1, 'Douai', 'y'))).toBe(1);
    expect(sign(compareByDistance(1, 'Lens', 'b', 1, 'LENS', 'a'))).toBe(1);
  });
});
