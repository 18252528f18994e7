import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, test } from 'vitest';
import { MAP_LAYERS, MAP_SOURCES, TOGGLE_LAYERS } from '../../../src/map/layers.ts';
import { buildStyle, communeFillOpacity, mergeStreetStyle, visibilityOf } from '../../../src/map/style.ts';
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
      // the 200 m cells are hidden until the map controller shows them in coverage mode (no toggle)
      const hidden = style.layers.filter(
        (l) =>
          l.layout && 'visibility' in l.layout && l.layout.visibility === 'none' && l.id !== MAP_LAYERS.cells,
      );
      expect(hidden.map((l) => l.id).sort()).toEqual([...TOGGLE_LAYERS[t]].sort());
    }
  });

  test('the 200 m cells start hidden, from the zoom where the tiles hold them, coloured by feature-state', () => {
    const layer = buildStyle(THEME, urls, { toggles: DEFAULT_TOGGLES }).layers.find(
      (l) => l.id === MAP_LAYERS.cells,
    );
    expect(layer?.type).toBe('fill');
    expect(layer && 'source-layer' in layer ? layer['source-layer'] : null).toBe('carreaux');
    expect(layer?.minzoom).toBe(11);
    expect(layer?.layout).toEqual({ visibility: 'none' });
    expect(JSON.stringify(layer?.paint)).toContain('"feature-state","classe"');
  });

  test('the overlays source promotes the cell id, so the controller can colour each cell', () => {
    const style = buildStyle(THEME, urls, { toggles: DEFAULT_TOGGLES });
    const source = style.sources[MAP_SOURCES.overlays];
    expect(source && 'promoteId' in source ? source.promoteId : null).toMatchObject({ carreaux: 'carreau' });
  });

  test('the commune choropleth fades where the cells are drawn, and is valid either way', () => {
    expect(communeFillOpacity(false)).toEqual([
      'case',
      ['>=', ['coalesce', ['feature-state', 'classe'], -1], 0],
      0.75,
      0,
    ]);
    const faded = communeFillOpacity(true);
    expect(faded.slice(0, 4)).toEqual(['interpolate', ['linear'], ['zoom'], 10.5]);
    const style = buildStyle(THEME, urls, { toggles: DEFAULT_TOGGLES });
    const withCells = {
      ...style,
      layers: style.layers.map((l) =>
        l.id === MAP_LAYERS.communesFill && l.type === 'fill'
          ? { ...l, paint: { ...l.paint, 'fill-opacity': faded } }
          : l,
      ),
    };
    expect(validateStyleMin(withCells).map((e) => e.message)).toEqual([]);
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
