/**
 * The one imperative owner of the MapLibre map. Created once by the map component, fed only through the
 * store (store.subscribe); every setter compares with what it applied last and skips unchanged work.
 * Nothing else in the app imports maplibre-gl.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { GeoJSONSource, MapGeoJSONFeature, StyleSpecification } from 'maplibre-gl';
import { Protocol } from 'pmtiles';
import { txt } from '../i18n/strings.ts';
import { ARCHIVES, PROP, TILE_LAYERS } from '../schema.ts';
import { trustScriptUrl } from '../security/trusted_script_urls.ts';
import {
  type MapCells,
  selectClsTintShown,
  selectCommuneFillNeeded,
  selectHighlightedLieux,
  selectMapArmed,
  selectMapCells,
  selectMapChoropleth,
  selectVisibleLieux,
} from '../state/derived_map.ts';
import { type AppState, type AppStore, actions } from '../state/store.ts';
import type { Selection } from '../state/types.ts';
import { TOGGLES } from '../state/vocabulary.ts';
import { type FrameHold, holdFramesForInput } from './hold_frames_for_input.ts';
import { CLICKABLE_LAYERS, MAP_LAYERS, MAP_SOURCES, type MapLayerId, TOGGLE_LAYERS } from './layers.ts';
import { buildLieuxGeoJson } from './lieux_geojson.ts';
import { buildOriginGeoJson } from './origin_geojson.ts';
import { SQUARE_ICON, SQUARE_ICON_PIXEL_RATIO, squareSdfImage } from './square_icon.ts';
import { buildStyle, communeFillOpacity, mergeStreetStyle, visibilityOf } from './style.ts';
import { THEME } from './theme.ts';

export interface MapConfig {
  /** base URL of the site (document.baseURI) */
  base: string;
  /** the street basemap's style (loaded by src/data/load_street_style.ts), drawn under the overlays; null: none */
  streetStyle: Promise<StyleSpecification | null> | null;
}

/** Bounds of the Mission Bassin Minier perimeter (from its SOURCES note), for the default view. */
export const BASSIN_BOUNDS: [number, number, number, number] = [2.236, 50.25, 3.677, 50.625];

let protocolRegistered = false;

export class MapController {
  readonly map: maplibregl.Map;
  private readonly store: AppStore;
  private readonly unsubscribe: () => void;
  private applied: {
    toggles?: AppState['toggles'];
    clsTint?: boolean;
    communeFill?: boolean;
    lieux?: ReturnType<typeof selectVisibleLieux>;
    origin?: AppState['origin'];
    highlight?: readonly string[];
    choropleth?: ReturnType<typeof selectMapChoropleth>;
    /** what selectMapCells gave last (null: cells hidden) */
    cells?: MapCells | null;
    /** the cell classes set as feature-state on the map (kept while the cells are hidden, to diff on return) */
    cellStates?: MapCells;
  } = {};
  private styleReady = false;
  private settingView = false;
  private readonly hold: FrameHold;

  constructor(container: HTMLElement, store: AppStore, config: MapConfig) {
    this.store = store;
    if (!protocolRegistered) {
      maplibregl.setWorkerUrl(workerUrl);
      trustScriptUrl(workerUrl); // pages requiring Trusted Types (src/security/trusted_script_urls.ts)
      const protocol = new Protocol();
      maplibregl.addProtocol('pmtiles', protocol.tile);
      protocolRegistered = true;
    }
    const s = store.getState();
    const abs = (p: string) => new URL(p, config.base).toString();
    const style = buildStyle(
      THEME,
      {
        basemap: `pmtiles://${abs(`tiles/${ARCHIVES.basemap}.pmtiles`)}`,
        overlays: `pmtiles://${abs(`tiles/${ARCHIVES.overlays}.pmtiles`)}`,
        glyphs: decodeURI(abs('glyphs/{fontstack}/{range}.pbf')),
      },
      { toggles: s.toggles },
    );
    // an invisible layer is not drawn at all (see selectCommuneFillNeeded)
    this.applied.communeFill = selectCommuneFillNeeded(s);
    for (const layer of style.layers)
      if (layer.id === MAP_LAYERS.communesFill && !this.applied.communeFill)
        layer.layout = { ...layer.layout, visibility: 'none' };
    this.map = new maplibregl.Map({
      container,
      style,
      // the style is checked against the specification by a unit test (test/unit/map/style.test.ts): not
      // again on every start, on the main thread
      validateStyle: false,
      // labels and markers appear without a 300 ms fade: the fade redraws the whole map every frame while
      // tiles arrive, which a phone's GPU (and the tests' software WebGL) pays for while the person types
      fadeDuration: 0,
      ...(s.view ? { center: [s.view.lon, s.view.lat], zoom: s.view.zoom } : { bounds: BASSIN_BOUNDS }),
      fitBoundsOptions: { padding: 20 },
      attributionControl: false,
      // the map's own controls and its accessible name, in the interface's language
      locale: {
        'Map.Title': txt.map.label,
        'NavigationControl.ZoomIn': txt.map.controls.zoomIn,
        'NavigationControl.ZoomOut': txt.map.controls.zoomOut,
        'NavigationControl.ResetBearing': txt.map.controls.resetBearing,
        'AttributionControl.ToggleAttribution': txt.map.controls.toggleAttribution,
      },
      maxZoom: 17,
      minZoom: 6,
      dragRotate: false,
      pitchWithRotate: false,
      cooperativeGestures: false,
    });
    this.map.touchZoomRotate.disableRotation();
    // while the person types or taps outside the map, its frames wait (hold_frames_for_input.ts)
    this.hold = holdFramesForInput(this.map, container);
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    this.applied.toggles = s.toggles;
    this.bindEvents();
    void config.streetStyle?.then((street) => {
      if (street) this.map.setStyle(mergeStreetStyle(style, street));
    });
    this.unsubscribe = store.subscribe(() => this.syncAfterPaint());
  }

  private syncPending = false;

  /**
   * Applies the store's changes once the page has painted them and the person's input is quiet: the answer
   * (the list, the focus) reaches the screen first and the map takes the change afterwards, so that a map busy
   * drawing (tiles arriving, a slow GPU) never delays what the person typed or clicked, and a camera move
   * plays whole. Changes meanwhile are applied together.
   */
  private syncAfterPaint(): void {
    if (this.syncPending) return;
    this.syncPending = true;
    requestAnimationFrame(() =>
      setTimeout(
        () =>
          this.hold.whenQuiet(() => {
            this.syncPending = false;
            this.sync(this.store.getState());
          }),
        0,
      ),
    );
  }

  destroy(): void {
    this.unsubscribe();
    this.hold.dispose();
    this.map.remove();
  }

  private bindEvents(): void {
    const map = this.map;
    // the hospitals' square marker is drawn by code (no sprite): given to the map when a layer first asks for it
    map.setMissingStyleImageResolver((id) => {
      if (id === SQUARE_ICON && !map.hasImage(SQUARE_ICON))
        map.addImage(SQUARE_ICON, squareSdfImage(), { sdf: true, pixelRatio: SQUARE_ICON_PIXEL_RATIO });
    });
    map.on('load', () => {
      this.styleReady = true;
      this.sync(this.store.getState());
    });
    map.once('idle', () => {
      if (this.store.getState().mapStatus === 'loading') this.store.setState({ mapStatus: 'idle' });
    });
    map.on('error', (ev: maplibregl.ErrorEvent & { sourceId?: string }) => {
      const sourceId = ev.sourceId;
      const file =
        sourceId === MAP_SOURCES.basemap
          ? `tiles/${ARCHIVES.basemap}.pmtiles`
          : sourceId === MAP_SOURCES.overlays
            ? `tiles/${ARCHIVES.overlays}.pmtiles`
            : null;
      if (file) {
        actions.addError(this.store, `tiles:${file}`, txt.errors.tiles(file));
        this.store.setState({ mapStatus: 'error' });
      }
      console.error('[carte] map error', sourceId ?? '', ev.error?.message ?? ev.error);
    });
    map.on('moveend', () => {
      if (this.settingView) return;
      const c = map.getCenter();
      actions.setView(this.store, { lon: c.lng, lat: c.lat, zoom: map.getZoom() });
    });
    map.on('click', (ev) => this.onClick(ev.lngLat, ev.point, false));
    map.on('contextmenu', (ev) => this.onClick(ev.lngLat, ev.point, true));
    const hoverLayers: MapLayerId[] = [
      MAP_LAYERS.lieuxFilieris,
      MAP_LAYERS.lieuxPharmacie,
      MAP_LAYERS.lieuxMsp,
      MAP_LAYERS.lieuxCs,
      MAP_LAYERS.lieuxHopital,
      MAP_LAYERS.lieuxHopitalSpecialise,
      MAP_LAYERS.scenario,
    ];
    for (const layer of hoverLayers) {
      map.on('mouseenter', layer, (ev) => {
        map.getCanvas().style.cursor = 'pointer';
        const id = ev.features?.[0]?.properties?.[PROP.id];
        if (typeof id === 'string') actions.setHoveredLieu(this.store, id);
      });
      map.on('mouseleave', layer, () => {
        map.getCanvas().style.cursor = '';
        actions.setHoveredLieu(this.store, null);
      });
    }
  }

  /** Features under a point, clickable layers only, in priority order. */
  private featuresAt(point: maplibregl.PointLike, withPolygons: boolean): MapGeoJSONFeature[] {
    const polygonLayers: MapLayerId[] = [MAP_LAYERS.communesFill, MAP_LAYERS.cls];
    const layers = CLICKABLE_LAYERS.filter(
      (l) => this.map.getLayer(l) && (withPolygons || !polygonLayers.includes(l)),
    ).filter((l) => this.map.getLayoutProperty(l, 'visibility') !== 'none');
    const x = (point as maplibregl.Point).x;
    const y = (point as maplibregl.Point).y;
    const box: [maplibregl.PointLike, maplibregl.PointLike] = [
      [x - 6, y - 6],
      [x + 6, y + 6],
    ];
    const hits = this.map.queryRenderedFeatures(box, { layers });
    const rank = (f: MapGeoJSONFeature) => CLICKABLE_LAYERS.indexOf(f.layer.id as MapLayerId);
    return hits.sort((a, b) => rank(a) - rank(b));
  }

  private onClick(lngLat: maplibregl.LngLat, point: maplibregl.Point, contextMenu: boolean): void {
    actions.clickMap(
      this.store,
      { lon: lngLat.lng, lat: lngLat.lat },
      (withPolygons) => this.featuresAt(point, withPolygons).map(selectionOf),
      contextMenu,
    );
  }

  /** Applies the state to the map, skipping what did not change. */
  private sync(s: AppState): void {
    if (!this.styleReady) return;
    this.syncToggles(s);
    this.syncCommuneFill(s);
    this.syncLieux(s);
    this.syncOrigin(s);
    this.syncHighlight(s);
    this.syncChoropleth(s);
    this.syncCells(s);
    this.syncFit(s);
    this.map.getCanvas().style.cursor = selectMapArmed(s) ? 'crosshair' : '';
  }

  private syncToggles(s: AppState): void {
    const clsTint = selectClsTintShown(s);
    if (this.applied.toggles === s.toggles && this.applied.clsTint === clsTint) return;
    this.applied.toggles = s.toggles;
    this.applied.clsTint = clsTint;
    for (const t of TOGGLES) {
      for (const layer of TOGGLE_LAYERS[t]) {
        const hidden = layer === MAP_LAYERS.cls && !clsTint;
        if (this.map.getLayer(layer))
          this.map.setLayoutProperty(layer, 'visibility', hidden ? 'none' : visibilityOf(layer, s.toggles));
      }
    }
  }

  private syncCommuneFill(s: AppState): void {
    const needed = selectCommuneFillNeeded(s);
    if (this.applied.communeFill === needed) return;
    this.applied.communeFill = needed;
    if (this.map.getLayer(MAP_LAYERS.communesFill))
      this.map.setLayoutProperty(MAP_LAYERS.communesFill, 'visibility', needed ? 'visible' : 'none');
  }

  private syncLieux(s: AppState): void {
    const lieux = selectVisibleLieux(s);
    if (this.applied.lieux === lieux) return;
    this.applied.lieux = lieux;
    (this.map.getSource(MAP_SOURCES.lieux) as GeoJSONSource | undefined)?.setData(buildLieuxGeoJson(lieux));
  }

  private syncOrigin(s: AppState): void {
    if (this.applied.origin === s.origin) return;
    this.applied.origin = s.origin;
    (this.map.getSource(MAP_SOURCES.origin) as GeoJSONSource | undefined)?.setData(
      buildOriginGeoJson(s.origin),
    );
  }

  private syncHighlight(s: AppState): void {
    const ids = selectHighlightedLieux(s);
    const prev = this.applied.highlight ?? [];
    if (prev.length === ids.length && prev.every((x, i) => x === ids[i])) return;
    for (const id of prev) this.map.setFeatureState({ source: MAP_SOURCES.lieux, id }, { highlight: false });
    for (const id of ids) this.map.setFeatureState({ source: MAP_SOURCES.lieux, id }, { highlight: true });
    this.applied.highlight = ids;
  }

  /** Colours the communes of the choropleth (feature-state `classe`) and uncolours those no longer in it. */
  private syncChoropleth(s: AppState): void {
    const classes = selectMapChoropleth(s);
    const prev = this.applied.choropleth;
    if (prev !== undefined && prev === classes) return;
    this.applied.choropleth = classes;
    const target = { source: MAP_SOURCES.overlays, sourceLayer: TILE_LAYERS.communes };
    for (const [insee, classe] of classes ?? [])
      this.map.setFeatureState({ ...target, id: insee }, { classe });
    for (const insee of prev?.keys() ?? []) {
      if (!classes?.has(insee)) this.map.removeFeatureState({ ...target, id: insee }, 'classe');
    }
  }

  /**
   * Shows the 200 m cells (and fades the commune choropleth where they are drawn) in coverage mode once the grid
   * is loaded, and sets feature-state `classe` on the cells whose class changed since it was last set.
   */
  private syncCells(s: AppState): void {
    const cells = selectMapCells(s);
    if (this.applied.cells !== undefined && this.applied.cells === cells) return;
    const wasDrawn = this.applied.cells != null;
    this.applied.cells = cells;
    if (wasDrawn !== (cells !== null)) {
      this.map.setLayoutProperty(MAP_LAYERS.cells, 'visibility', cells ? 'visible' : 'none');
      this.map.setPaintProperty(MAP_LAYERS.communesFill, 'fill-opacity', communeFillOpacity(cells !== null));
    }
    if (!cells) return;
    const target = { source: MAP_SOURCES.overlays, sourceLayer: TILE_LAYERS.cells };
    const prev = this.applied.cellStates;
    const before = prev && prev.ids === cells.ids ? prev.classes : null;
    const { ids, classes } = cells;
    for (let i = 0; i < ids.length; i++) {
      const classe = classes[i]!;
      if (before === null || before[i] !== classe)
        this.map.setFeatureState({ ...target, id: ids[i]! }, { classe });
    }
    this.applied.cellStates = cells;
  }

  private syncFit(s: AppState): void {
    const fit = s.fitRequest;
    if (!fit) return;
    this.store.setState({ fitRequest: null });
    const opts = { duration: matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 600 };
    if ('bbox' in fit) this.map.fitBounds(fit.bbox, { ...opts, padding: 30 });
    else this.map.easeTo({ ...opts, center: [fit.lon, fit.lat], zoom: fit.zoom });
  }
}

/** What a clicked map feature designates, from its layer and properties. */
export function selectionOf(f: MapGeoJSONFeature): Selection | null {
  const p = f.properties ?? {};
  const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : null);
  switch (f.layer.id as MapLayerId) {
    case MAP_LAYERS.lieuxFilieris:
    case MAP_LAYERS.lieuxPharmacie:
    case MAP_LAYERS.lieuxMsp:
    case MAP_LAYERS.lieuxCs:
    case MAP_LAYERS.lieuxHopital:
    case MAP_LAYERS.lieuxHopitalSpecialise:
    case MAP_LAYERS.scenario: {
      const id = str(p[PROP.id]);
      return id ? { type: 'lieu', id } : null;
    }
    case MAP_LAYERS.citesMc:
    case MAP_LAYERS.citesAutres:
    case MAP_LAYERS.citesMcFill:
    case MAP_LAYERS.citesAutresFill: {
      const id = str(p[PROP.id]);
      return id ? { type: 'cite', id } : null;
    }
    case MAP_LAYERS.communesFill: {
      const id = str(p[PROP.insee]);
      return id ? { type: 'commune', id } : null;
    }
    case MAP_LAYERS.cls: {
      const id = str(p[PROP.siren]);
      return id ? { type: 'epci', id } : null;
    }
    default:
      return null;
  }
}
