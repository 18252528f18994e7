import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, test } from 'vitest';
import { MAP_LAYERS, TOGGLE_LAYERS } from '../../../src/map/layers.ts';
import { buildStyle, mergeStreetStyle, visibilityOf } from '../../../src/map/style.ts';
import { THEME } from '../../../src/map/theme.ts';
import { DEFAULT_TOGGLES, TOGGLES } from '../../../src/state/vocabulary.ts';

const urls = {
  basemap: 'pmtiles://http://localhost/tiles/basemap.pmtiles',
  overlays: 'pmtiles://http://localhost/tiles/sante.pmtiles',
  glyphs: 'http://localhost/glyphs/{fontstack}/{range}.pbf',
};

describe('buildStyle', () => {
  test('the style is valid against the MapLibre style specification', () => {
    const errors = validateStyleMin(buildStyle(THEME, urls, { toggles: DEFAULT_TOGGLES }));
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  test('every layer id of MAP_LAYERS is in the style exactly once', () => {
    const ids = buildStyle(THEME, urls, { toggles: DEFAULT_TOGGLES }).layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(Object.values(MAP_LAYERS).sort());
  });

  test('each toggle hides exactly its layers', () => {
    for (const t of TOGGLES) {
      const style = buildStyle(THEME, urls, { toggles: TOGGLES.filter((x) => x !== t) });
      const hidden = style.layers.filter(
        (l) => l.layout && 'visibility' in l.layout && l.layout.visibility === 'none',
      );
      expect(hidden.map((l) => l.id).sort()).toEqual([...TOGGLE_LAYERS[t]].sort());
    }
  });

  test('layers not tied to a toggle are always visible', () => {
    expect(visibilityOf(MAP_LAYERS.background, [])).toBe('visible');
    expect(visibilityOf(MAP_LAYERS.originPoint, [])).toBe('visible');
    expect(visibilityOf(MAP_LAYERS.lieuxMsp, [])).toBe('none');
  });

  test('labels only use the glyph ranges shipped in public/glyphs', () => {
    const style = buildStyle(THEME, urls, { toggles: DEFAULT_TOGGLES });
    const fonts = new Set(
      style.layers.flatMap((l) =>
        l.type === 'symbol' && l.layout?.['text-font'] ? (l.layout['text-font'] as string[]) : [],
      ),
    );
    for (const f of fonts) expect(['Noto Sans Regular', 'Noto Sans Medium', 'Noto Sans Italic']).toContain(f);
  });
});

describe('mergeStreetStyle', () => {
  const street = {
    version: 8 as const,
    sources: { rues: { type: 'vector' as const, url: 'https://tiles.example.org/rues.json' } },
    sprite: 'https://tiles.example.org/sprite',
    layers: [
      { id: 'rues-fond', type: 'background' as const, paint: { 'background-color': '#eeeeee' } },
      { id: 'rues', type: 'line' as const, source: 'rues', 'source-layer': 'roads' },
    ],
  };
  const ours = buildStyle(THEME, urls, { toggles: DEFAULT_TOGGLES });

  test('street layers first, then ours without our background and land; valid against the spec', () => {
    const merged = mergeStreetStyle(ours, street);
    const ids = merged.layers.map((l) => l.id);
    expect(ids.slice(0, 2)).toEqual(['rues-fond', 'rues']);
    expect(ids).not.toContain(MAP_LAYERS.background);
    expect(ids).not.toContain(MAP_LAYERS.land);
    expect(ids.length).toBe(2 + Object.values(MAP_LAYERS).length - 2);
    expect(Object.keys(merged.sources).sort()).toEqual(
      [...Object.keys(street.sources), ...Object.keys(ours.sources)].sort(),
    );
    expect(merged.sprite).toBe(street.sprite);
    expect(merged.glyphs).toBe(ours.glyphs);
    expect(validateStyleMin(merged).map((e) => e.message)).toEqual([]);
  });

  test('neither style is modified', () => {
    const before = JSON.stringify([ours, street]);
    mergeStreetStyle(ours, street);
    expect(JSON.stringify([ours, street])).toBe(before);
  });
});
