import type { Lieu } from '../schema.ts';
import { isHypothetical } from './apply_scenario.ts';
import { isApproximate, matchesPlaceFilter } from './match_place_filter.ts';
import type { PlaceFilter } from './types.ts';

/** What the figures rest on: the care-place inventory, counted for the data-limits note. */
export interface InventoryLimits {
  /** places in the inventory (hypothetical centres not counted), whatever their status */
  total: number;
  /** places of the inventory kept by the filter (before any scenario) */
  counted: number;
  /** of `counted`, those located only to their commune */
  countedCommunePrecision: number;
  /** of `counted`, those located only to their commune or quartier */
  countedApproximate: number;
  /** of `counted`, those whose status is unknown (to be checked) */
  countedUnknownStatus: number;
  /** of `total`, those without a FINESS number (not matched against the national register) */
  withoutFiness: number;
  /**
   * true when the inventory cannot be taken as complete: some places are not matched against the
   * FINESS national register, or some statuses are unknown
   */
  incomplete: boolean;
}

/**
 * Counts what the coverage figures rest on, to state the data's limits next to them.
 * Hypothetical (scenario) places are left out. Inputs are not modified.
 *
 * @example
 * const l = describeInventory(data.lieux, { groups: ['msp'], includePlanned: false, includeUnknown: true });
 * `${l.counted} lieux, dont ${l.countedCommunePrecision} localisés à la commune`;
 */
export function describeInventory(lieux: readonly Lieu[], filter: PlaceFilter): InventoryLimits {
  const real = lieux.filter((l) => !isHypothetical(l));
  const counted = real.filter((l) => matchesPlaceFilter(l, filter));
  const withoutFiness = real.filter((l) => !l.finess).length;
  const countedUnknownStatus = counted.filter((l) => l.status === 'unknown').length;
  return {
    total: real.length,
    counted: counted.length,
    countedCommunePrecision: counted.filter((l) => l.precision === 'commune').length,
    countedApproximate: counted.filter((l) => isApproximate(l.precision)).length,
    countedUnknownStatus,
    withoutFiness,
    incomplete: withoutFiness > 0 || countedUnknownStatus > 0 || real.length === 0,
  };
}
