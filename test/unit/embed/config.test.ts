import { describe, expect, test } from 'vitest';
import {
  contrastWithWhite,
  DEFAULT_EMBED_CONFIG,
  embedQuery,
  isEmbedQuery,
  parseEmbedConfig,
  serializeEmbedConfig,
} from '../../../src/embed/config.ts';
import { KIND_GROUP_IDS } from '../../../src/schema.ts';
import { TOGGLES } from '../../../src/state/vocabulary.ts';

const parse = (source: Record<string, string | null>) => parseEmbedConfig(source);

describe('parseEmbedConfig', () => {
  test('no option gives the defaults and no warning', () => {
    expect(parse({})).toEqual({ config: DEFAULT_EMBED_CONFIG, warnings: [] });
  });

  test('null and empty values (absent attributes) mean "not set"', () => {
    expect(parse({ territory: null, layers: '', title: '   ' })).toEqual({
      config: DEFAULT_EMBED_CONFIG,
      warnings: [],
    });
  });

  test('a 9-digit territory is an EPCI, a 5-digit one a commune, "bassin" the drawn perimeter', () => {
    expect(parse({ territory: '246200364' }).config.territory).toEqual({ type: 'epci', siren: '246200364' });
    expect(parse({ territory: '62498' }).config.territory).toEqual({ type: 'commune', insee: '62498' });
    expect(parse({ territory: 'bassin' }).config.territory).toEqual({ type: 'perimetre' });
    // the 330 communes of the bassin's intercommunalities have their own word
    expect(parse({ territory: 'intercommunalites' }).config.territory).toEqual({ type: 'bassin' });
  });

  test('the full app’s forms are accepted too (one territory codec for the URL and the embed)', () => {
    expect(parse({ territory: 'epci:246200364' }).config.territory).toEqual({
      type: 'epci',
      siren: '246200364',
    });
    expect(parse({ territory: 'commune:62498' }).config.territory).toEqual({
      type: 'commune',
      insee: '62498',
    });
  });

  test.each(['2462003', 'lens', '62 498', 'epci:62498', 'commune:246200364', 'tout'])(
    'territory "%s" is refused with a warning',
    (v) => {
      const { config, warnings } = parse({ territory: v });
      expect(config.territory).toBeNull();
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain('territory');
    },
  );

  test('layers are kept in the legend order, whatever order they are given in', () => {
    expect(parse({ layers: 'cls, msp,filieris' }).config.layers).toEqual(['filieris', 'msp', 'cls']);
  });

  test('one unknown layer drops the whole option, with a warning naming the known ones', () => {
    const { config, warnings } = parse({ layers: 'msp,licornes' });
    expect(config.layers).toBeNull();
    expect(warnings[0]).toContain(TOGGLES.join(', '));
  });

  test('kinds accept the kind groups only, and not an empty list', () => {
    expect(parse({ kinds: 'msp,filieris' }).config.kinds).toEqual(['filieris', 'msp']);
    expect(parse({ kinds: 'dispensaire' }).config.kinds).toBeNull();
    expect(parse({ kinds: ',' }).warnings).toHaveLength(1);
    expect(KIND_GROUP_IDS).toContain('msp');
  });

  test('mode: the full app’s words (trouver, couverture) and their English aliases (finder, coverage)', () => {
    expect(parse({ mode: 'coverage' }).config.mode).toBe('couverture');
    expect(parse({ mode: 'couverture' }).config.mode).toBe('couverture');
    expect(parse({ mode: 'finder' }).config.mode).toBe('trouver');
    expect(parse({ mode: 'coverage' }).warnings).toEqual([]);
    const bad = parse({ mode: 'couverture-totale' });
    expect(bad.config.mode).toBe('trouver');
    expect(bad.warnings).toHaveLength(1);
  });

  test('mode also takes the app’s own words, which the embed’s URL carries after a reload', () => {
    expect(parse({ mode: 'couverture' })).toEqual({
      config: { ...DEFAULT_EMBED_CONFIG, mode: 'couverture' },
      warnings: [],
    });
    expect(parse({ mode: 'trouver' })).toEqual({ config: DEFAULT_EMBED_CONFIG, warnings: [] });
  });

  test('lang: fr and en are taken silently; another language falls back to French with a warning', () => {
    expect(parse({ lang: 'fr' }).warnings).toEqual([]);
    expect(parse({ lang: 'en' })).toEqual({ config: { ...DEFAULT_EMBED_CONFIG, lang: 'en' }, warnings: [] });
    expect(parse({ lang: 'de' }).config.lang).toBe('fr');
    expect(parse({ lang: 'de' }).warnings[0]).toContain('« lang » ignorée');
  });

  test('an accent colour is kept when white text on it reaches 4.5:1', () => {
    // #0b5cad (the app's blue): about 6.6:1 by the WCAG formula
    expect(parse({ accent: '#0B5CAD' }).config.accent).toBe('#0b5cad');
  });

  test('a light accent colour, or one that is not #rrggbb, is refused with a warning', () => {
    for (const v of ['#ffff00', '#777777', 'red', '#abc', 'rgb(0,0,0)']) {
      const { config, warnings } = parse({ accent: v });
      expect(config.accent, v).toBeNull();
      expect(warnings, v).toHaveLength(1);
    }
  });

  test('contrastWithWhite follows the WCAG formula (black 21:1, white 1:1, #767676 ≈ 4.54:1)', () => {
    expect(contrastWithWhite('#000000')).toBeCloseTo(21, 5);
    expect(contrastWithWhite('#ffffff')).toBeCloseTo(1, 5);
    expect(contrastWithWhite('#767676')).toBeCloseTo(4.54, 2);
  });

  test('the title is trimmed and squeezed, and refused beyond 80 characters', () => {
    expect(parse({ title: '  Santé   à Lens ' }).config.title).toBe('Santé à Lens');
    expect(parse({ title: 'x'.repeat(81) }).config.title).toBeNull();
  });

  test('allowed-origin (or allowedOrigin) must be a bare http(s) origin', () => {
    expect(parse({ 'allowed-origin': 'https://partner.fr' }).config.allowedOrigin).toBe('https://partner.fr');
    expect(parse({ allowedOrigin: 'https://partner.fr/' }).config.allowedOrigin).toBe('https://partner.fr');
    expect(parse({ 'allowed-origin': 'http://127.0.0.1:8080' }).config.allowedOrigin).toBe(
      'http://127.0.0.1:8080',
    );
    for (const v of ['*', 'https://partner.fr/carte', 'partner.fr', 'javascript:alert(1)', 'ftp://x.fr']) {
      const { config, warnings } = parse({ 'allowed-origin': v });
      expect(config.allowedOrigin, v).toBeNull();
      expect(warnings, v).toHaveLength(1);
    }
  });

  test('geocoder is off unless 1/true', () => {
    expect(parse({}).config.geocoder).toBe(false);
    expect(parse({ geocoder: '1' }).config.geocoder).toBe(true);
    expect(parse({ geocoder: 'oui' }).warnings).toHaveLength(1);
  });

  test('unknown names (the app’s own URL parameters, host attributes) are ignored silently', () => {
    expect(parse({ carte: '12/50.4/2.8', class: 'x', embed: '1' }).warnings).toEqual([]);
  });

  test('several bad options: each one warned, the good ones kept', () => {
    const { config, warnings } = parse({
      territory: 'x',
      layers: 'msp',
      accent: '#fff000',
      mode: 'coverage',
    });
    expect(config).toEqual({ ...DEFAULT_EMBED_CONFIG, layers: ['msp'], mode: 'couverture' });
    expect(warnings).toHaveLength(2);
  });

  test('does not mutate its source', () => {
    const source = { territory: '246200364', layers: 'msp' };
    const copy = { ...source };
    parse(source);
    expect(source).toEqual(copy);
  });
});

describe('serializeEmbedConfig / embedQuery', () => {
  test('round-trips through parseEmbedConfig', () => {
    const config = {
      ...DEFAULT_EMBED_CONFIG,
      territory: { type: 'epci' as const, siren: '246200364' },
      layers: ['filieris' as const, 'cls' as const],
      kinds: ['msp' as const],
      mode: 'couverture' as const,
      lang: 'en' as const,
      accent: '#005a32',
      title: 'Santé & soins',
      allowedOrigin: 'https://partner.fr',
      geocoder: true,
    };
    expect(parse(Object.fromEntries(serializeEmbedConfig(config)))).toEqual({ config, warnings: [] });
    const query = embedQuery(config);
    expect(query).toContain('lang=en');
    expect(isEmbedQuery(query)).toBe(true);
    expect(parse(Object.fromEntries(new URLSearchParams(query)))).toEqual({ config, warnings: [] });
  });

  test('the defaults serialize to nothing but embed=1', () => {
    expect(serializeEmbedConfig(DEFAULT_EMBED_CONFIG)).toEqual([]);
    expect(embedQuery(DEFAULT_EMBED_CONFIG)).toBe('embed=1');
  });

  test('isEmbedQuery needs embed=1', () => {
    expect(isEmbedQuery('?embed=1&territory=bassin')).toBe(true);
    expect(isEmbedQuery('?embed=0')).toBe(false);
    expect(isEmbedQuery('')).toBe(false);
  });
});
