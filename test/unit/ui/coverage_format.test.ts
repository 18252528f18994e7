import { describe, expect, test } from 'vitest';
import {
  exportFileName,
  formatBeyondDelta,
  formatKm1,
  formatShareDelta,
  formatSigned1,
  formatSignedInt,
  formatThreshold,
  parseThreshold,
  scenarioText,
  territoryLabel,
} from '../../../src/ui/coverage/format_coverage.ts';

// French number formatting: U+202F (narrow no-break space) groups thousands, comma for decimals,
// U+2212 is the minus sign.
const NNBSP = '\u202F';

describe('coverage formatting', () => {
  test('signed integers use a true minus sign and French grouping', () => {
    expect(formatSignedInt(-4200)).toBe(`\u22124${NNBSP}200`);
    expect(formatSignedInt(310)).toBe('+310');
    expect(formatSignedInt(0)).toBe('0');
    expect(formatSignedInt(-0.4)).toBe('0');
  });

  test('deltas read as a sentence', () => {
    expect(formatBeyondDelta(-4200, 5)).toBe(`\u22124${NNBSP}200 habitants au-delà de 5 km`);
    expect(formatShareDelta(-0.0172)).toBe('\u22121,7 point');
    expect(formatSigned1(0.04)).toBe('0');
    expect(formatSigned1(0.25)).toBe('+0,3');
  });

  test('distances and thresholds', () => {
    expect(formatThreshold(2.5)).toBe('2,5 km');
    expect(formatThreshold(10)).toBe('10 km');
    expect(formatKm1(3.25)).toBe('3,3 km');
    expect(formatKm1(null)).toBe('aucun lieu');
  });

  test('file names name the territory and the threshold', () => {
    expect(exportFileName({ type: 'epci', siren: '246200364' }, 5, 'csv')).toBe(
      'couverture-epci-246200364-5km.csv',
    );
    expect(exportFileName({ type: 'perimetre' }, 2.5, 'geojson')).toBe(
      'couverture-bassin-minier-2-5km.geojson',
    );
    expect(exportFileName({ type: 'bassin' }, 5, 'csv')).toBe(
      'couverture-intercommunalites-du-bassin-5km.csv',
    );
    expect(exportFileName({ type: 'perimetre' }, 5, 'csv', { what: 'carreaux', scenario: true })).toBe(
      'carreaux-bassin-minier-5km-scenario.csv',
    );
    expect(exportFileName({ type: 'commune', insee: '62498' }, 0, 'csv')).toBe(
      'couverture-commune-62498-0km.csv',
    );
    expect(exportFileName({ type: 'all' }, 10, 'csv')).toBe('couverture-nord-pas-de-calais-10km.csv');
  });

  test('thresholds typed with a comma or a point, between 0 and 100', () => {
    expect(parseThreshold('2,5')).toBe(2.5);
    expect(parseThreshold(' 10 ')).toBe(10);
    expect(parseThreshold('0')).toBe(0);
    for (const bad of ['', '-1', '101', 'abc', '5 km', '1e2', 'Infinity'])
      expect(parseThreshold(bad)).toBeNull();
  });

  test('territory labels come from the data, with a fallback', () => {
    const data = {
      epci: [{ siren: '246200364', nom: 'CA de Lens - Liévin' }],
      communes: [{ insee: '62498', nom: 'Lens' }],
    } as unknown as Parameters<typeof territoryLabel>[1];
    expect(territoryLabel({ type: 'epci', siren: '246200364' }, data)).toBe('CA de Lens - Liévin');
    expect(territoryLabel({ type: 'commune', insee: '62498' }, data)).toBe('Lens');
    expect(territoryLabel({ type: 'commune', insee: '62999' }, data)).toBe('Commune 62999');
    expect(territoryLabel({ type: 'perimetre' }, null)).toBe('Bassin minier (périmètre dessiné)');
    expect(territoryLabel({ type: 'bassin' }, null)).toBe('Les intercommunalités du bassin');
  });

  test('the scenario in words says which centres were added where, and which places closed', () => {
    expect(scenarioText(null)).toBe('situation actuelle (aucun scénario)');
    expect(
      scenarioText({
        added: [
          { nom: 'Centre hypothétique n° 1', group: 'msp', near: 'Wallers', lon: 3.42949, lat: 50.38077 },
        ],
        closed: ['MSP de Douai'],
      }),
    ).toBe(
      'scénario hypothétique — centres ajoutés : Centre hypothétique n° 1 (Maisons et pôles de santé) près de ' +
        'Wallers (50,38077 N, 3,42949 E) — fermetures simulées : MSP de Douai',
    );
  });
});
