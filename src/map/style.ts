/**
 * The map style as a pure function of the theme, the source URLs and the initial visibility.
 * No MapLibre import: validated against the style spec in a unit test.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { CELLS_MINZOOM, PROP, TILE_LAYERS } from '../schema.ts';
import { TOGGLES, type ToggleId } from '../state/vocabulary.ts';
import { MAP_LAYERS, MAP_SOURCES, type MapLayerId, TOGGLE_LAYERS } from './layers.ts';
import { LIEU_MAP_PROP } from './lieux_geojson.ts';
import { ORIGIN_PROP, ORIGIN_ROLE } from './origin_geojson.ts';
import { SQUARE_ICON } from './square_icon.ts';
import type { Theme } from './theme.ts';

export interface StyleUrls {
  /** pmtiles:// URL of the thematic basemap archive */
  basemap: string;
  /** pmtiles:// URL of the overlays archive */
  overlays: string;
  /** glyphs template, absolute */
  glyphs: string;
}

export interface StyleOptions {
  toggles: readonly ToggleId[];
}

const FONT_REGULAR = ['Noto Sans Regular'];
const FONT_MEDIUM = ['Noto Sans Medium'];

/** Which map layers are visible for a set of toggles (layers not tied to a toggle are always visible). */
export function visibleLayers(toggles: readonly ToggleId[]): Set<MapLayerId> {
  const set = new Set<MapLayerId>();
  for (const t of toggles) for (const l of TOGGLE_LAYERS[t]) set.add(l);
  return set;
}

const TOGGLED: Set<MapLayerId> = new Set(TOGGLES.flatMap((t) => TOGGLE_LAYERS[t]));

export function visibilityOf(layer: MapLayerId, toggles: readonly ToggleId[]): 'visible' | 'none' {
  if (!TOGGLED.has(layer)) return 'visible';
  return visibleLayers(toggles).has(layer) ? 'visible' : 'none';
}

/** Filter of the cité layers by Maisons & Cités ownership. */
const citeFilter = (mc: boolean): FilterSpecification => ['==', ['get', PROP.maisonsEtCites], mc];

/** Colour of a care place by group, as an expression. */
function groupColour(theme: Theme): ExpressionSpecification {
  return [
    'match',
    ['get', PROP.group],
    'filieris',
    theme.groups.filieris,
    'pharmacie',
    theme.groups.pharmacie,
    'msp',
    theme.groups.msp,
    'hopital',
    theme.groups.hopital,
    'hopital_specialise',
    theme.groups.hopital_specialise,
    theme.groups.cs,
  ];
}

/** Colour of a CLS perimeter by status, as an expression. */
function clsColour(theme: Theme): ExpressionSpecification {
  return [
    'match',
    ['get', PROP.clsStatut],
    'signe',
    theme.cls.signe,
    'preparation',
    theme.cls.preparation,
    'inconnu',
    theme.cls.inconnu,
    theme.cls.aucun,
  ];
}

/** Colour of a coverage class (0–4, and 5: a cell that is not low-income), as an expression. */
function classColour(theme: Theme, classe: ExpressionSpecification): ExpressionSpecification {
  return [
    'match',
    ['coalesce', classe, -1],
    0,
    theme.coverage[0],
    1,
    theme.coverage[1],
    2,
    theme.coverage[2],
    3,
    theme.coverage[3],
    4,
    theme.coverage[4],
    5,
    theme.cellOther,
    '#000000',
  ];
}

/**
 * Opacity of the commune choropleth: 0.75 where a class is set; when the 200 m cells are drawn (coverage mode with
 * the grid loaded), it fades from z10.5 to z11.5 so that the cells, drawn from z11, read on their own.
 */
export function communeFillOpacity(cellsDrawn: boolean): ExpressionSpecification {
  const coloured = (opacity: number): ExpressionSpecification => [
    'case',
    ['>=', ['coalesce', ['feature-state', 'classe'], -1], 0],
    opacity,
    0,
  ];
  return cellsDrawn
    ? [
        'interpolate',
        ['linear'],
        ['zoom'],
        CELLS_MINZOOM - 0.5,
        coloured(0.75),
        CELLS_MINZOOM + 0.5,
        coloured(0.1),
      ]
    : coloured(0.75);
}

/** Radius in pixels of ~1.5 km at latitude 50° (the approximate-position halo), by zoom. */
const APPROX_RADIUS: ExpressionSpecification = ['interpolate', ['exponential', 2], ['zoom'], 8, 3.8, 16, 977];

function lieuLayers(theme: Theme, toggles: readonly ToggleId[]): LayerSpecification[] {
  const point = (id: MapLayerId, group: string): LayerSpecification => ({
    id,
    type: 'circle',
    source: MAP_SOURCES.lieux,
    filter: ['all', ['==', ['get', PROP.group], group], ['!', ['get', LIEU_MAP_PROP.hypothetical]]],
    layout: { visibility: visibilityOf(id, toggles) },
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 6, 12, 10, 16, 13],
      // planned places: white disc with a coloured ring; closed (shown on demand): grey
      'circle-color': [
        'case',
        ['==', ['get', PROP.status], 'planned'],
        '#ffffff',
        ['==', ['get', PROP.status], 'closed'],
        '#8a8a8a',
        groupColour(theme),
      ],
      'circle-stroke-color': ['case', ['==', ['get', PROP.status], 'planned'], groupColour(theme), '#ffffff'],
      'circle-stroke-width': ['case', ['==', ['get', PROP.status], 'planned'], 3, 1.5],
    },
  });
  // hospitals: a square (SDF image registered by the map controller), coloured like the circles
  const square = (id: MapLayerId, group: string): LayerSpecification => ({
    id,
    type: 'symbol',
    source: MAP_SOURCES.lieux,
    filter: ['all', ['==', ['get', PROP.group], group], ['!', ['get', LIEU_MAP_PROP.hypothetical]]],
    layout: {
      visibility: visibilityOf(id, toggles),
      'icon-image': SQUARE_ICON,
      'icon-size': ['interpolate', ['linear'], ['zoom'], 7, 0.8, 12, 1.3, 16, 1.65],
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
    },
    paint: {
      'icon-color': ['case', ['==', ['get', PROP.status], 'closed'], '#8a8a8a', groupColour(theme)],
      'icon-halo-color': '#ffffff',
      'icon-halo-width': 1.5,
    },
  });
  return [
    {
      id: MAP_LAYERS.lieuxApprox,
      type: 'circle',
      source: MAP_SOURCES.lieux,
      filter: ['==', ['get', PROP.precision], 'commune'],
      paint: {
        'circle-radius': APPROX_RADIUS,
        'circle-color': groupColour(theme),
        'circle-opacity': 0.08,
        'circle-stroke-color': groupColour(theme),
        'circle-stroke-width': 1,
        'circle-stroke-opacity': 0.45,
      },
    },
    {
      id: MAP_LAYERS.lieuxHighlight,
      type: 'circle',
      source: MAP_SOURCES.lieux,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 11, 12, 16, 16, 19],
        'circle-color': theme.highlight,
        'circle-opacity': ['case', ['boolean', ['feature-state', 'highlight'], false], 0.9, 0],
      },
    },
    square(MAP_LAYERS.lieuxHopital, 'hopital'),
    square(MAP_LAYERS.lieuxHopitalSpecialise, 'hopital_specialise'),
    point(MAP_LAYERS.lieuxFilieris, 'filieris'),
    point(MAP_LAYERS.lieuxPharmacie, 'pharmacie'),
    point(MAP_LAYERS.lieuxMsp, 'msp'),
    point(MAP_LAYERS.lieuxCs, 'cs'),
    {
      id: MAP_LAYERS.scenario,
      type: 'circle',
      source: MAP_SOURCES.lieux,
      filter: ['to-boolean', ['get', LIEU_MAP_PROP.hypothetical]],
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 7, 12, 11, 16, 14],
        'circle-color': theme.scenario,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
    {
      // the letter (F, P, M, C, +) makes the kind readable without colour; "?" marks a status to check,
      // and "×n" the number of places drawn at the same point
      id: MAP_LAYERS.lieuxLetters,
      type: 'symbol',
      source: MAP_SOURCES.lieux,
      layout: {
        'text-field': ['get', LIEU_MAP_PROP.label],
        'text-font': FONT_MEDIUM,
        'text-size': ['interpolate', ['linear'], ['zoom'], 7, 9, 12, 12, 16, 14],
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: {
        'text-color': [
          'case',
          ['==', ['get', PROP.status], 'planned'],
          groupColour(theme),
          ['to-boolean', ['get', LIEU_MAP_PROP.hypothetical]],
          '#ffffff',
          '#ffffff',
        ],
      },
    },
  ];
}

/**
 * Builds the complete style. Sources: the two PMTiles archives, and a GeoJSON source holding the care
 * places (from the client data, with the scenario applied) so the finder and scenarios update it instantly,
 * and one for the finder's origin and distance rings.
 */
export function buildStyle(theme: Theme, urls: StyleUrls, options: StyleOptions): StyleSpecification {
  const t = options.toggles;
  const vis = (id: MapLayerId) => ({ visibility: visibilityOf(id, t) });
  const overlays = MAP_SOURCES.overlays;
  const basemap = MAP_SOURCES.basemap;
  return {
    version: 8,
    name: 'Carte santé du bassin minier',
    glyphs: urls.glyphs,
    sources: {
      [basemap]: { type: 'vector', url: urls.basemap },
      [overlays]: {
        type: 'vector',
        url: urls.overlays,
        promoteId: {
          [TILE_LAYERS.communes]: PROP.insee,
          [TILE_LAYERS.epci]: PROP.siren,
          [TILE_LAYERS.cells]: PROP.cellId,
        },
      },
      [MAP_SOURCES.origin]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
      [MAP_SOURCES.lieux]: {
        type: 'geojson',
        data: { type: 'FeatureCollection', features: [] },
        promoteId: PROP.id,
      },
    },
    layers: [
      { id: MAP_LAYERS.background, type: 'background', paint: { 'background-color': theme.background } },
      {
        id: MAP_LAYERS.land,
        type: 'fill',
        source: basemap,
        'source-layer': TILE_LAYERS.land,
        paint: {
          'fill-color': ['case', ['==', ['get', PROP.nom], 'France'], theme.land, theme.landOther],
        },
      },
      {
        id: MAP_LAYERS.landOutline,
        type: 'line',
        source: basemap,
        'source-layer': TILE_LAYERS.land,
        paint: { 'line-color': theme.border, 'line-width': 1.2, 'line-dasharray': [3, 2] },
      },
      {
        id: MAP_LAYERS.communesFill,
        type: 'fill',
        source: overlays,
        'source-layer': TILE_LAYERS.communes,
        paint: {
          // coloured only in coverage mode, through feature-state `classe` (0–4) set by the map controller
          'fill-color': classColour(theme, ['feature-state', 'classe']),
          'fill-opacity': communeFillOpacity(false),
        },
      },
      {
        id: MAP_LAYERS.cells,
        type: 'fill',
        source: overlays,
        'source-layer': TILE_LAYERS.cells,
        minzoom: CELLS_MINZOOM,
        // shown by the map controller in coverage mode once the grid is loaded
        layout: { visibility: 'none' },
        paint: {
          // feature-state `classe` set by the map controller: 0–4 distance classes, 5 not low-income (grey)
          'fill-color': classColour(theme, ['feature-state', 'classe']),
          'fill-opacity': ['case', ['>=', ['coalesce', ['feature-state', 'classe'], -1], 0], 0.85, 0],
        },
      },
      {
        id: MAP_LAYERS.cls,
        type: 'fill',
        source: overlays,
        'source-layer': TILE_LAYERS.epci,
        layout: vis(MAP_LAYERS.cls),
        paint: {
          'fill-color': clsColour(theme),
          'fill-opacity': ['match', ['get', PROP.clsStatut], 'aucun', 0.04, 0.16],
        },
      },
      {
        id: MAP_LAYERS.departements,
        type: 'line',
        source: basemap,
        'source-layer': TILE_LAYERS.departements,
        paint: { 'line-color': theme.departement, 'line-width': 1.5 },
      },
      {
        id: MAP_LAYERS.communesLine,
        type: 'line',
        source: overlays,
        'source-layer': TILE_LAYERS.communes,
        minzoom: 8,
        layout: vis(MAP_LAYERS.communesLine),
        paint: { 'line-color': theme.communeLine, 'line-width': 0.6 },
      },
      {
        id: MAP_LAYERS.clsLine,
        type: 'line',
        source: overlays,
        'source-layer': TILE_LAYERS.epci,
        layout: vis(MAP_LAYERS.clsLine),
        paint: {
          'line-color': clsColour(theme),
          'line-width': ['match', ['get', PROP.clsStatut], 'aucun', 0.8, 2],
        },
      },
      {
        id: MAP_LAYERS.unesco,
        type: 'fill',
        source: basemap,
        'source-layer': TILE_LAYERS.unescoBien,
        minzoom: 11,
        paint: { 'fill-color': theme.unesco, 'fill-opacity': 0.25 },
      },
      {
        id: MAP_LAYERS.terrils,
        type: 'fill',
        source: basemap,
        'source-layer': TILE_LAYERS.terrils,
        layout: vis(MAP_LAYERS.terrils),
        paint: { 'fill-color': theme.terril, 'fill-opacity': 0.55 },
      },
      {
        id: MAP_LAYERS.cavaliers,
        type: 'line',
        source: basemap,
        'source-layer': TILE_LAYERS.cavaliers,
        layout: vis(MAP_LAYERS.cavaliers),
        paint: { 'line-color': theme.cavalier, 'line-width': 1.5, 'line-dasharray': [2, 1] },
      },
      {
        id: MAP_LAYERS.bassin,
        type: 'line',
        source: overlays,
        'source-layer': TILE_LAYERS.bassin,
        layout: vis(MAP_LAYERS.bassin),
        paint: { 'line-color': theme.bassin, 'line-width': 2.2, 'line-dasharray': [4, 2] },
      },
      {
        id: MAP_LAYERS.citesMcFill,
        type: 'fill',
        source: overlays,
        'source-layer': TILE_LAYERS.citePolygons,
        minzoom: 11,
        filter: citeFilter(true),
        layout: vis(MAP_LAYERS.citesMcFill),
        paint: { 'fill-color': theme.citeMc, 'fill-opacity': 0.3, 'fill-outline-color': theme.citeMc },
      },
      {
        id: MAP_LAYERS.citesAutresFill,
        type: 'fill',
        source: overlays,
        'source-layer': TILE_LAYERS.citePolygons,
        minzoom: 11,
        filter: citeFilter(false),
        layout: vis(MAP_LAYERS.citesAutresFill),
        paint: { 'fill-color': theme.citeAutre, 'fill-opacity': 0.25, 'fill-outline-color': theme.citeAutre },
      },
      {
        id: MAP_LAYERS.citesMc,
        type: 'circle',
        source: overlays,
        'source-layer': TILE_LAYERS.cites,
        filter: citeFilter(true),
        layout: vis(MAP_LAYERS.citesMc),
        paint: {
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 2.5, 12, 4.5],
          'circle-color': theme.citeMc,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 0.8,
        },
      },
      {
        id: MAP_LAYERS.citesAutres,
        type: 'circle',
        source: overlays,
        'source-layer': TILE_LAYERS.cites,
        filter: citeFilter(false),
        layout: vis(MAP_LAYERS.citesAutres),
        paint: {
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 2.5, 12, 4.5],
          'circle-color': '#ffffff',
          'circle-stroke-color': theme.citeAutre,
          'circle-stroke-width': 1.5,
        },
      },
      {
        id: MAP_LAYERS.ssm,
        type: 'circle',
        source: overlays,
        'source-layer': TILE_LAYERS.patrimoineSsm,
        layout: vis(MAP_LAYERS.ssm),
        paint: {
          'circle-radius': 5,
          'circle-color': '#ffffff',
          'circle-stroke-color': theme.ssm,
          'circle-stroke-width': 2.5,
        },
      },
      {
        id: MAP_LAYERS.communeLabels,
        type: 'symbol',
        source: overlays,
        'source-layer': TILE_LAYERS.communeLabels,
        minzoom: 9,
        layout: {
          ...vis(MAP_LAYERS.communeLabels),
          'text-field': ['get', PROP.nom],
          'text-font': FONT_REGULAR,
          'text-size': ['interpolate', ['linear'], ['zoom'], 9, 10, 13, 13],
          'symbol-sort-key': ['-', 0, ['coalesce', ['get', PROP.population], 0]],
          'text-padding': 4,
        },
        paint: {
          'text-color': theme.communeLabel,
          'text-halo-color': theme.labelHalo,
          'text-halo-width': 1.5,
        },
      },
      {
        id: MAP_LAYERS.originRings,
        type: 'line',
        source: MAP_SOURCES.origin,
        filter: ['==', ['get', ORIGIN_PROP.role], ORIGIN_ROLE.ring],
        paint: { 'line-color': theme.ring, 'line-width': 1.5, 'line-dasharray': [3, 2] },
      },
      {
        id: MAP_LAYERS.originRingLabels,
        type: 'symbol',
        source: MAP_SOURCES.origin,
        filter: ['==', ['get', ORIGIN_PROP.role], ORIGIN_ROLE.ring],
        layout: {
          'symbol-placement': 'line',
          'text-field': ['get', ORIGIN_PROP.label],
          'text-font': FONT_MEDIUM,
          'text-size': 12,
        },
        paint: { 'text-color': theme.ring, 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
      },
      ...lieuLayers(theme, t),
      {
        id: MAP_LAYERS.originPoint,
        type: 'circle',
        source: MAP_SOURCES.origin,
        filter: ['==', ['get', ORIGIN_PROP.role], ORIGIN_ROLE.origin],
        paint: {
          'circle-radius': 7,
          'circle-color': theme.origin,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 3,
        },
      },
    ],
  };
}

/**
 * Our style drawn over a street basemap: the street style's layers first, then ours without our own
 * background and land (which would hide the streets); sources of both (ours win a name clash); the street
 * style's sprite. Pure: neither style is modified.
 */
export function mergeStreetStyle(ours: StyleSpecification, street: StyleSpecification): StyleSpecification {
  const keep = ours.layers.filter((l) => l.id !== MAP_LAYERS.background && l.id !== MAP_LAYERS.land);
  return {
    ...ours,
    sources: { ...street.sources, ...ours.sources },
    layers: [...street.layers, ...keep],
    ...(street.sprite ? { sprite: street.sprite } : {}),
  };
}
