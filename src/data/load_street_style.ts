/**
 * The street basemap's MapLibre style, fetched from the URL given in `config.json` (`streetStyleUrl`).
 * The map draws it under its own layers (`mergeStreetStyle` in src/map/style.ts); when it cannot be fetched or
 * read, the offline thematic basemap stays, with a console warning.
 */
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';

/** The style at `url`, or null (with a console warning) when it is unreachable or is not a style. */
export async function loadStreetStyle(url: string): Promise<StyleSpecification | null> {
  try {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const json = (await res.json()) as Partial<StyleSpecification> | null;
    if (!json || typeof json !== 'object' || !Array.isArray(json.layers) || typeof json.sources !== 'object')
      throw new Error('not a MapLibre style (no layers or sources)');
    return json as StyleSpecification;
  } catch (e) {
    console.warn('[carte] street basemap unavailable, keeping the thematic basemap', e);
    return null;
  }
}
