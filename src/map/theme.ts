import type { ClsStatus, KindGroup } from '../schema.ts';

/** Colours of the map, apart from layer logic. Chosen for ≥ 3:1 contrast against the land colour. */
export const THEME = {
  background: '#cfe0ea',
  land: '#f5f2ea',
  landOther: '#e6e3dc',
  border: '#6b6b6b',
  departement: '#7d7d7d',
  communeLine: '#9a948a',
  communeLabel: '#333333',
  labelHalo: '#ffffff',
  bassin: '#1f1f1f',
  unesco: '#c9b458',
  terril: '#5d4037',
  cavalier: '#6d4c41',
  ssm: '#455a64',
  citeMc: '#6a3d9a',
  citeAutre: '#6f6f6f',
  origin: '#c2185b',
  ring: '#c2185b',
  highlight: '#ffb300',
  scenario: '#00695c',
  groups: {
    filieris: '#0b5cad',
    pharmacie: '#2e7d32',
    msp: '#a02667',
    cs: '#b34700',
    hopital: '#b71c1c',
    hopital_specialise: '#4527a0',
  } satisfies Record<KindGroup, string>,
  /** marker shape of each group: hospitals are squares, so they read apart from the care centres without colour */
  groupShapes: {
    filieris: 'circle',
    pharmacie: 'circle',
    msp: 'circle',
    cs: 'circle',
    hopital: 'square',
    hopital_specialise: 'square',
  } satisfies Record<KindGroup, 'circle' | 'square'>,
  cls: {
    signe: '#1b7f5f',
    preparation: '#c25400',
    inconnu: '#6d63b0',
    aucun: '#9e9e9e',
  } satisfies Record<ClsStatus, string>,
  /** coverage classes: ≤ ½ threshold, ≤ threshold, ≤ 2× threshold, > 2× threshold, no place at all */
  coverage: ['#fef0d9', '#fdcc8a', '#fc8d59', '#d7301f', '#7f0000'],
  /** 200 m cells left grey when only the low-income ones are coloured */
  cellOther: '#b4b4b4',
} as const;

export type Theme = typeof THEME;
