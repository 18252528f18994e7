// What a change of each observed attribute of <carte-sante-bassin-minier> does (src/embed/element_config.ts).
// Expected defaults come from the shared layer list (src/map/layers.ts) and the documented options.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  appUrl,
  attributeEffect,
  chooseScriptUrl,
  heightProperty,
  OBSERVED_ATTRIBUTES,
} from '../../../src/embed/element_config.ts';
import { DEFAULT_TOGGLES } from '../../../src/state/vocabulary.ts';

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => warn.mockRestore());

describe('removing or spoiling an attribute returns to its default', () => {
  test('layers removed: the app’s default layers are sent, not an empty list', () => {
    expect(attributeEffect('layers', null)).toEqual({
      effect: { kind: 'setLayers', layers: DEFAULT_TOGGLES },
      warnings: [],
    });
    expect(DEFAULT_TOGGLES.length).toBeGreaterThan(0);
  });

  test('layers emptied or invalid: the defaults too, with a warning for the invalid one', () => {
    expect(attributeEffect('layers', '').effect).toEqual({ kind: 'setLayers', layers: DEFAULT_TOGGLES });
    const invalid = attributeEffect('layers', 'msp,licornes');
    expect(invalid.effect).toEqual({ kind: 'setLayers', layers: DEFAULT_TOGGLES });
    expect(invalid.warnings).toHaveLength(1);
    expect(invalid.warnings[0]).toContain('option « layers » ignorée');
  });

  test('layers set: exactly those, in the legend’s order', () => {
    expect(attributeEffect('layers', 'cls, msp').effect).toEqual({
      kind: 'setLayers',
      layers: ['msp', 'cls'],
    });
  });

  test('territory removed or invalid: the whole basin', () => {
    expect(attributeEffect('territory', null)).toEqual({
      effect: { kind: 'setTerritory', territory: 'bassin' },
      warnings: [],
    });
    const invalid = attributeEffect('territory', 'nulle-part');
    expect(invalid.effect).toEqual({ kind: 'setTerritory', territory: 'bassin' });
    expect(invalid.warnings[0]).toContain('option « territory » ignorée');
    expect(attributeEffect('territory', ' 246200364 ').effect).toEqual({
      kind: 'setTerritory',
      territory: '246200364',
    });
  });

  test('height and label act on the element itself; every other attribute reloads the iframe', () => {
    const effects = Object.fromEntries(
      OBSERVED_ATTRIBUTES.map((a) => [a, attributeEffect(a, null).effect.kind]),
    );
    expect(effects).toEqual({
      territory: 'setTerritory',
      layers: 'setLayers',
      kinds: 'reload',
      mode: 'reload',
      lang: 'reload',
      accent: 'reload',
      title: 'reload',
      'allowed-origin': 'reload',
      allowedorigin: 'reload',
      geocoder: 'reload',
      src: 'reload',
      height: 'resize',
      label: 'retitle',
    });
  });

  test('height: pixels for a number, a CSS length as written, nothing (the stylesheet’s default) when removed', () => {
    expect(heightProperty('600')).toBe('600px');
    expect(heightProperty('70vh')).toBe('70vh');
    expect(heightProperty(null)).toBeNull();
    expect(heightProperty('  ')).toBeNull();
  });
});

describe('where the app is', () => {
  const PAGE = 'https://partenaire.example/sante/page.html';
  const SCRIPT = 'https://carte.example.fr/embed/carte-sante-bassin-minier.js';

  test('a classic script knows its own URL; the app is the folder above it', () => {
    expect(chooseScriptUrl(SCRIPT, [], PAGE)).toBe(SCRIPT);
    expect(appUrl(null, SCRIPT, PAGE).href).toBe('https://carte.example.fr/');
  });

  test('loaded as a module (no currentScript), the script is found among the page’s scripts by its file name', () => {
    const scripts = [
      'https://partenaire.example/app.js',
      SCRIPT,
      'https://autre.example/carte-sante-bassin-minier.js',
    ];
    expect(chooseScriptUrl(null, scripts, PAGE)).toBe(SCRIPT);
    expect(chooseScriptUrl(null, ['not a url ::', 'https://x.example/other.js'], PAGE)).toBe(PAGE);
  });

  test('the src attribute wins, relative to the page', () => {
    expect(appUrl('https://carte.example.fr/v2/', SCRIPT, PAGE).href).toBe('https://carte.example.fr/v2/');
    expect(appUrl('../carte/', SCRIPT, PAGE).href).toBe('https://partenaire.example/carte/');
  });
});
