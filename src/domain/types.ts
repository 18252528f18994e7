/**
 * Types shared by the pure domain modules (`src/domain/`). No runtime code here.
 * Coordinates are WGS84 `[longitude, latitude]` in decimal degrees; distances are kilometres.
 */
import type { Cite, Commune, Kind, KindGroup, Lieu } from '../schema.ts';

/** A WGS84 position `[longitude, latitude]`. */
export type LonLat = readonly [number, number];

/**
 * Which care places take part in a computation.
 * Closed places (`status: 'closed'`) are always excluded; `open` places always included
 * (when their group is selected); `planned` and `unknown` places only when asked.
 */
export interface PlaceFilter {
  /** kind groups to keep (see `KIND_GROUPS` in the schema) */
  groups: readonly KindGroup[];
  /** keep places whose status is `planned` */
  includePlanned: boolean;
  /** keep places whose status is `unknown` (the UI includes them by default) */
  includeUnknown: boolean;
}

/** One care place found near an origin. */
export interface NearestPlace {
  lieu: Lieu;
  /** great-circle distance from the origin, km */
  distanceKm: number;
  /** true when the place is only located to its `quartier` or `commune` */
  approximate: boolean;
}

/** Nearest places for each kind group; every group key is present (empty array when none). */
export type NearestByGroup = Record<KindGroup, NearestPlace[]>;

/** Distance from one commune's label point to the nearest matching care place. */
export interface CommuneCoverage {
  insee: string;
  nom: string;
  population: number;
  epci_siren: string;
  /** one of the 330 communes of the bassin's intercommunalities */
  bassin: boolean;
  /** lies mostly inside the drawn bassin-minier perimeter (the territory « bassin minier ») */
  perimetre: boolean;
  /** km; null when no place matches the filter */
  distanceKm: number | null;
  nearestId: string | null;
  nearestNom: string | null;
  /** true when the nearest place is only located to its `quartier` or `commune` */
  approximate: boolean;
}

/** Distance from one cité's representative point to the nearest matching care place. */
export interface CiteCoverage {
  id: string;
  nom: string;
  commune: string;
  commune_insee: string;
  maisons_et_cites: boolean;
  /** km; null when no place matches the filter */
  distanceKm: number | null;
  nearestId: string | null;
  nearestNom: string | null;
  approximate: boolean;
}

/** Result of `computeCoverage`, in the order of its inputs. */
export interface CoverageResult {
  communes: CommuneCoverage[];
  cites: CiteCoverage[];
}

export type { Territory } from '../schema.ts';

/** Figures for one territory and one distance threshold. */
export interface TerritorySummary {
  /** number of communes in the territory */
  communes: number;
  population: number;
  /** population of communes whose nearest place is strictly farther than the threshold (or missing) */
  populationBeyond: number;
  /** populationBeyond / population, 0..1; 0 when population is 0 */
  shareBeyond: number;
  /** population-weighted mean distance over communes that have a nearest place; null when none has */
  meanDistanceKm: number | null;
  /** up to 5 communes, farthest first (communes without any place first) */
  farthest: CommuneCoverage[];
  /** Maisons & Cités cités of the territory strictly beyond the threshold, farthest first */
  citesBeyond: CiteCoverage[];
  /** true when no care place matches the filter at all */
  noPlace: boolean;
}

/** A care place added by the user in a "what if" scenario. */
export interface ScenarioPlace {
  id: string;
  lon: number;
  lat: number;
  kind: Kind;
  nom: string;
}

/** A "what if" scenario: places added, and existing places closed (by lieu id). */
export interface Scenario {
  added: ScenarioPlace[];
  closed: string[];
}

/** Differences `after − before` between two summaries of the same territory and threshold. */
export interface SummaryDelta {
  populationBeyond: number;
  shareBeyond: number;
  /** null when either mean is null */
  meanDistanceKm: number | null;
}

/** One search result. */
export interface SearchHit {
  type: 'commune' | 'cite' | 'lieu';
  /** insee code | cité id | lieu id */
  id: string;
  label: string;
  /** e.g. "59163 · Nord" or "Cité · Wallers" (in the interface's language) */
  detail: string;
  /** the name of the commune a cité or a place lies in, as published (absent for a commune) */
  commune?: string;
  lon: number;
  lat: number;
  /** higher is better; only meaningful to compare hits of one query */
  score: number;
}

/** What the search index is built from. */
export interface SearchSource {
  communes: readonly Commune[];
  cites: readonly Cite[];
  lieux: readonly Lieu[];
}
