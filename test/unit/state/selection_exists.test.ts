import { describe, expect, test } from 'vitest';
import type { AppData } from '../../../src/data/load_data.ts';
import { selectionExists } from '../../../src/state/url_sync.ts';

const data = {
  lieux: [{ id: 'msp-denain' }],
  communes: [{ insee: '59172' }],
  cites: [{ id: 'cite-1' }],
  epci: [{ siren: '200043990' }],
} as unknown as AppData;
const centre = {
  id: 'scenario-2',
  lon: 3.1,
  lat: 50.3,
  kind: 'msp' as const,
  nom: 'Centre hypothétique n° 2',
};

describe('selectionExists', () => {
  test('a hypothetical centre exists only if the scenario holds it', () => {
    const scenario = { added: [centre], closed: [] };
    expect(selectionExists({ type: 'lieu', id: 'scenario-2' }, data, scenario)).toBe(true);
    expect(selectionExists({ type: 'lieu', id: 'scenario-1' }, data, scenario)).toBe(false);
    expect(selectionExists({ type: 'lieu', id: 'scenario-2' }, data, { added: [], closed: [] })).toBe(false);
  });

  test('other selections are looked up in the data', () => {
    const none = { added: [], closed: [] };
    expect(selectionExists({ type: 'lieu', id: 'msp-denain' }, data, none)).toBe(true);
    expect(selectionExists({ type: 'lieu', id: 'msp-douai' }, data, none)).toBe(false);
    expect(selectionExists({ type: 'commune', id: '59172' }, data, none)).toBe(true);
    expect(selectionExists({ type: 'cite', id: 'cite-2' }, data, none)).toBe(false);
    expect(selectionExists({ type: 'epci', id: '200043990' }, data, none)).toBe(true);
  });
});
