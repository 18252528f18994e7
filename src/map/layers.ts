import type { ToggleId } from '../state/vocabulary.ts';

/**
 * Typed ids of the MapLibre sources and layers, and which layers each user-facing toggle (TOGGLES of
 * src/state/vocabulary.ts) switches. Imported by the style, the map controller and the end-to-end tests.
 */
export const MAP_SOURCES = {
  basemap: 'basemap',
  overlays: 'sante',
  origin: 'origine',
  lieux: 'lieux',
  street: 'fond-rues',
} as const;

export const MAP_LAYERS = {
  background: 'fond',
  land: 'terres',
  landOutline: 'frontieres',
  departements: 'departements',
  communesFill: 'communes-remplissage',
  /** the 200 m population cells, coloured in coverage mode from z11 (feature-state `classe`) */
  cells: 'carreaux',
  communesLine: 'communes-contour',
  cls: 'cls-remplissage',
  clsLine: 'cls-contour',
  bassin: 'bassin-contour',
  unesco: 'unesco-bien',
  terrils: 'terrils',
  cavaliers: 'cavaliers',
  citesMcFill: 'cites-mc-polygones',
  citesAutresFill: 'cites-autres-polygones',
  citesMc: 'cites-mc',
  citesAutres: 'cites-autres',
  communeLabels: 'communes-noms',
  ssm: 'patrimoine-ssm',
  originRings: 'origine-cercles',
  originRingLabels: 'origine-cercles-libelles',
  originPoint: 'origine-point',
  lieuxApprox: 'lieux-zone-approximative',
  lieuxFilieris: 'lieux-filieris',
  lieuxPharmacie: 'lieux-pharmacie',
  lieuxMsp: 'lieux-msp',
  lieuxCs: 'lieux-cs',
  lieuxHopital: 'lieux-hopital',
  lieuxHopitalSpecialise: 'lieux-hopital-specialise',
  lieuxLetters: 'lieux-lettres',
  lieuxHighlight: 'lieux-surbrillance',
  scenario: 'scenario-lieux',
} as const;
export type MapLayerId = (typeof MAP_LAYERS)[keyof typeof MAP_LAYERS];

/** The map layers each toggle shows or hides. */
export const TOGGLE_LAYERS: Record<ToggleId, readonly MapLayerId[]> = {
  filieris: [MAP_LAYERS.lieuxFilieris],
  pharmacie: [MAP_LAYERS.lieuxPharmacie],
  msp: [MAP_LAYERS.lieuxMsp],
  cs: [MAP_LAYERS.lieuxCs],
  hopital: [MAP_LAYERS.lieuxHopital],
  hopital_specialise: [MAP_LAYERS.lieuxHopitalSpecialise],
  cites_mc: [MAP_LAYERS.citesMc, MAP_LAYERS.citesMcFill],
  cites_autres: [MAP_LAYERS.citesAutres, MAP_LAYERS.citesAutresFill],
  cls: [MAP_LAYERS.cls, MAP_LAYERS.clsLine],
  communes: [MAP_LAYERS.communesLine, MAP_LAYERS.communeLabels],
  bassin: [MAP_LAYERS.bassin],
  patrimoine: [MAP_LAYERS.ssm],
  terrils: [MAP_LAYERS.terrils, MAP_LAYERS.cavaliers],
};

/** Layers whose features open the details panel when clicked, in priority order. */
export const CLICKABLE_LAYERS: readonly MapLayerId[] = [
  MAP_LAYERS.scenario,
  MAP_LAYERS.lieuxFilieris,
  MAP_LAYERS.lieuxPharmacie,
  MAP_LAYERS.lieuxMsp,
  MAP_LAYERS.lieuxCs,
  MAP_LAYERS.lieuxHopital,
  MAP_LAYERS.lieuxHopitalSpecialise,
  MAP_LAYERS.citesMc,
  MAP_LAYERS.citesAutres,
  MAP_LAYERS.citesMcFill,
  MAP_LAYERS.citesAutresFill,
  MAP_LAYERS.communesFill,
  MAP_LAYERS.cls,
];
