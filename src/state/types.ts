import type { Scenario } from '../domain/apply_scenario.ts';
import type { Lang } from '../i18n/langs.ts';
import type { KindGroup } from '../schema.ts';
import type { Mode, Territory, ToggleId } from './vocabulary.ts';

/** How the coverage map colours the 200 m cells. */
export type CellColouring = 'distance' | 'low_income';

export type SelectionType = 'lieu' | 'commune' | 'cite' | 'epci';
export interface Selection {
  type: SelectionType;
  id: string;
}

export interface MapView {
  lon: number;
  lat: number;
  zoom: number;
}

/** Where distances are measured from. `ref` names a commune or cité when the origin is one of them. */
export interface Origin {
  lon: number;
  lat: number;
  label: string;
  ref: { type: 'commune' | 'cite'; id: string } | null;
  approximate: boolean;
  /**
   * true when the position comes from the device's location: it stays exact in the page, but a shared link
   * holds it coarsened to ≈ 500 m unless the person chooses to share it exactly
   */
  geolocated?: boolean;
}

/** Everything shareable: what the URL holds. */
export interface ShareableState {
  view: MapView | null;
  toggles: readonly ToggleId[];
  showClosed: boolean;
  selection: Selection | null;
  mode: Mode;
  origin: Origin | null;
  finderGroups: readonly KindGroup[];
  includePlanned: boolean;
  /** coverage counts planned places too (off by default: coverage is about care that exists) */
  coveragePlanned: boolean;
  thresholdKm: number;
  coverageGroups: readonly KindGroup[];
  territory: Territory;
  /** the choropleth colours the communes of the chosen basin (and of the territory), or every commune of 59/62 */
  coverageScope: 'bassin' | 'all';
  /** the 200 m cells are coloured by distance class, or only the low-income ones (the others greyed) */
  cellColouring: CellColouring;
  scenario: Scenario;
  /** interface language (chosen at start-up; a change reloads the page) */
  lang: Lang;
}
