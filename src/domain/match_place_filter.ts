import { kindGroupOf, type Lieu, type Precision } from '../schema.ts';
import type { PlaceFilter } from './types.ts';

/**
 * Whether a care place takes part in a computation under `filter`:
 * its kind group is selected, it is not closed, and it is planned/unknown only if allowed.
 *
 * @example
 * matchesPlaceFilter(lieu, { groups: ['msp'], includePlanned: false, includeUnknown: true });
 */
export function matchesPlaceFilter(lieu: Lieu, filter: PlaceFilter): boolean {
  if (!filter.groups.includes(kindGroupOf(lieu.kind))) return false;
  switch (lieu.status) {
    case 'open':
      return true;
    case 'planned':
      return filter.includePlanned;
    case 'unknown':
      return filter.includeUnknown;
    case 'closed':
      return false;
  }
}

/**
 * Whether a place's position is only approximate (located to its quartier or commune).
 *
 * @example
 * isApproximate('commune'); // true
 * isApproximate('address'); // false
 */
export function isApproximate(precision: Precision): boolean {
  return precision === 'commune' || precision === 'quartier';
}
