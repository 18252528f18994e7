import { describe, expect, it } from 'vitest';
import { tileProps } from '../../../scripts/lib/tile_props.ts';

describe('tileProps', () => {
  it('keeps the required properties and only the optional ones that have a value, in order', () => {
    const props = tileProps(
      { id: 'a', bassin: false, population: 0 },
      { adresse: null, finess: '590000000', note: '', date: undefined, nombre: 0, vrai: false },
    );
    expect(props).toEqual({
      id: 'a',
      bassin: false,
      population: 0,
      finess: '590000000',
      nombre: 0,
      vrai: false,
    });
    expect(Object.keys(props)).toEqual(['id', 'bassin', 'population', 'finess', 'nombre', 'vrai']);
  });
});
