/** Selectors of the printed coverage profile. */

import type { AppData } from '../data/load_data.ts';
import { classifyDistance } from '../domain/classify_distance.ts';
import { layoutPrintMap, type PrintMapLayout } from '../domain/layout_print_map.ts';
import { selectCommunes } from '../domain/select_territory.ts';
import { memoLast } from './derived.ts';
import { selectCoverage } from './derived_coverage.ts';
import { sortedData } from './sorted_data.ts';
import type { AppState } from './store.ts';

/** The printed schematic map's box, in SVG units, and the margin around the territory's communes. */
export const PRINT_MAP_BOX = { width: 600, height: 420, padDeg: 0.03 } as const;

const printMap = memoLast(
  (
    coverage: ReturnType<typeof selectCoverage>,
    territory: AppState['territory'],
    thresholdKm: number,
    added: AppState['scenario']['added'],
    data: AppData,
  ): PrintMapLayout | null => {
    if (!coverage) return null;
    const byInsee = sortedData(data).communeByInsee;
    const dots = selectCommunes(coverage.communes, territory).flatMap((c) => {
      const at = byInsee.get(c.insee);
      return at
        ? [
            {
              insee: c.insee,
              lon: at.lon,
              lat: at.lat,
              population: c.population,
              classe: classifyDistance(c.distanceKm, thresholdKm),
            },
          ]
        : [];
    });
    return layoutPrintMap(dots, added, PRINT_MAP_BOX);
  },
);

/**
 * The printed profile's schematic map in coverage mode: the chosen territory's communes coloured by class and
 * sized by population, hypothetical centres as squares; null outside coverage mode or before the data.
 */
export function selectPrintMap(s: AppState): PrintMapLayout | null {
  if (s.mode !== 'couverture' || !s.data) return null;
  return printMap(selectCoverage(s), s.territory, s.thresholdKm, s.scenario.added, s.data);
}
