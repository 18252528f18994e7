import type { SummaryDelta, TerritorySummary } from './types.ts';

export type { SummaryDelta } from './types.ts';

/**
 * Differences `after − before` between two summaries (typically without and with a scenario):
 * a negative `populationBeyond` means fewer people beyond the threshold.
 * `meanDistanceKm` is null when either summary has no mean.
 *
 * @example
 * compareSummaries(before, after); // { populationBeyond: -1200, shareBeyond: -0.02, meanDistanceKm: -0.4 }
 */
export function compareSummaries(before: TerritorySummary, after: TerritorySummary): SummaryDelta {
  return {
    populationBeyond: after.populationBeyond - before.populationBeyond,
    shareBeyond: after.shareBeyond - before.shareBeyond,
    meanDistanceKm:
      before.meanDistanceKm === null || after.meanDistanceKm === null
        ? null
        : after.meanDistanceKm - before.meanDistanceKm,
  };
}
