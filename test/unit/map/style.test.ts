import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, test } from 'vitest';
import { MAP_LAYERS, TOGGLE_LAYERS } from '../../../src/map/layers.ts';
import { buildStyle, visibilityOf } from '../../../src/map/style.ts';
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
