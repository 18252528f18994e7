import { type KindGroup, kindGroupOf, type Lieu } from '../schema.ts';
import { isHypothetical } from './apply_scenario.ts';

/**
 * The care places shown (on the map and in its text list): those of the visible kind groups, and every
 * hypothetical centre of a scenario whatever its group; closed places only when `showClosed`. Keeps the
 * input order; returns a new array of the same objects.
 *
 * @example
 * selectVisiblePlaces(lieux, ['msp', 'cs'], false); // open, planned and unknown MSP and health centres
 */
export function selectVisiblePlaces(
  lieux: readonly Lieu[],
  groups: readonly KindGroup[],
  showClosed: boolean,
): Lieu[] {
  return lieux.filter(
    (l) =>
      (isHypothetical(l) || groups.includes(kindGroupOf(l.kind))) && (showClosed || l.status !== 'closed'),
  );
}
