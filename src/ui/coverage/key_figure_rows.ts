/**
 * The rows of the key-figures table, in two groups that say their method: on the 200 m cells ("where residents
 * live") and at the communes' central points. Each row turns a column's figures into the text shown and the
 * scenario's change (null when there is no scenario). Formatting only: the figures come from the selectors.
 */
import type { CellSummary } from '../../domain/summarize_cells.ts';
import type { StatusRange } from '../../domain/summarize_status_range.ts';
import type { TerritorySummary } from '../../domain/types.ts';
import { txt } from '../../i18n/strings.ts';
import type { FigureRange } from '../../state/derived_coverage.ts';
import { formatInt, formatPopulation, formatShare } from '../format.ts';
import { formatBeyondDelta, formatKm1, formatShareDelta, formatSigned1 } from './format_coverage.ts';

/** The figures of one column: the chosen territory, or « le bassin minier » beside it. */
export interface FigureColumn {
  id: 'territoire' | 'bassin';
  label: string;
  communes: { now: TerritorySummary; before: TerritorySummary; status: FigureRange };
  /** null until the grid is loaded (or when it cannot be) */
  cells: { now: CellSummary; before: CellSummary; status: StatusRange } | null;
}

export interface FigureRow {
  /** `data-chiffre` of the cells (e2e tests and print styles read it) */
  id: string;
  label: string;
  cell: (c: FigureColumn) => [value: string, delta: string | null];
}

const meanDelta = (now: number | null, before: number | null, withDelta: boolean): string | null =>
  withDelta && now !== null && before !== null ? txt.coverage.deltaMean(formatSigned1(now - before)) : null;

/** "entre 57 256 et 67 424 habitants" (people are whole or half: compared once rounded, as shown) */
const rangeText = (r: { min: number; max: number }): string =>
  Math.round(r.min) === Math.round(r.max)
    ? txt.coverage.statusRangeSame(formatInt(r.min))
    : txt.coverage.statusRangeValue(formatInt(r.min), formatInt(r.max));

/** Rows of the "where residents live" group (figures on cells). */
export function cellRows(
  thresholdKm: number,
  km: string,
  withDelta: boolean,
  withStatusRange: boolean,
): FigureRow[] {
  const rows: FigureRow[] = [
    {
      id: 'carreaux-au-dela',
      label: txt.coverage.beyond(km),
      cell: (c) =>
        c.cells
          ? [
              formatPopulation(c.cells.now.populationBeyond),
              withDelta
                ? formatBeyondDelta(
                    c.cells.now.populationBeyond - c.cells.before.populationBeyond,
                    thresholdKm,
                  )
                : null,
            ]
          : ['…', null],
    },
    {
      id: 'carreaux-part-au-dela',
      label: txt.coverage.share(km),
      cell: (c) =>
        c.cells
          ? [
              formatShare(c.cells.now.shareBeyond),
              withDelta ? formatShareDelta(c.cells.now.shareBeyond - c.cells.before.shareBeyond) : null,
            ]
          : ['…', null],
    },
  ];
  if (withStatusRange) {
    rows.push({
      id: 'carreaux-statut-incertain',
      label: txt.coverage.statusRange,
      cell: (c) => [c.cells ? rangeText(c.cells.status.populationBeyond) : '…', null],
    });
  }
  rows.push(
    {
      id: 'modestes-au-dela',
      label: txt.coverage.lowIncomeBeyond(km),
      cell: (c) => {
        const now = c.cells?.now.lowIncome;
        const before = c.cells?.before.lowIncome;
        if (!now) return ['…', null];
        return [
          txt.coverage.lowIncomeValue(
            formatPopulation(now.populationBeyond),
            formatShare(now.shareBeyond),
            formatPopulation(now.population),
          ),
          withDelta && before
            ? formatBeyondDelta(now.populationBeyond - before.populationBeyond, thresholdKm)
            : null,
        ];
      },
    },
    {
      id: 'carreaux-population',
      label: txt.coverage.peopleCells,
      cell: (c) => [c.cells ? formatPopulation(c.cells.now.population) : '…', null],
    },
    {
      id: 'carreaux-distance-moyenne',
      label: txt.coverage.mean,
      cell: (c) =>
        c.cells
          ? [
              formatKm1(c.cells.now.meanDistanceKm),
              meanDelta(c.cells.now.meanDistanceKm, c.cells.before.meanDistanceKm, withDelta),
            ]
          : ['…', null],
    },
  );
  return rows;
}

/** Rows of the "central point of each commune" group (the ids of the first version of the panel). */
export function communeRows(
  thresholdKm: number,
  km: string,
  withDelta: boolean,
  withStatusRange: boolean,
): FigureRow[] {
  const rows: FigureRow[] = [
    {
      id: 'au-dela',
      label: txt.coverage.beyond(km),
      cell: ({ communes: c }) => [
        formatPopulation(c.now.populationBeyond),
        withDelta ? formatBeyondDelta(c.now.populationBeyond - c.before.populationBeyond, thresholdKm) : null,
      ],
    },
    {
      id: 'part-au-dela',
      label: txt.coverage.share(km),
      cell: ({ communes: c }) => [
        formatShare(c.now.shareBeyond),
        withDelta ? formatShareDelta(c.now.shareBeyond - c.before.shareBeyond) : null,
      ],
    },
  ];
  if (withStatusRange) {
    rows.push({
      id: 'statut-incertain',
      label: txt.coverage.statusRange,
      cell: ({ communes: c }) => [rangeText(c.status), null],
    });
  }
  rows.push(
    {
      id: 'population',
      label: txt.coverage.population,
      cell: ({ communes: c }) => [formatPopulation(c.now.population), null],
    },
    {
      id: 'distance-moyenne',
      label: txt.coverage.mean,
      cell: ({ communes: c }) => [
        formatKm1(c.now.meanDistanceKm),
        meanDelta(c.now.meanDistanceKm, c.before.meanDistanceKm, withDelta),
      ],
    },
    {
      id: 'communes',
      label: txt.coverage.communes,
      cell: ({ communes: c }) => [formatInt(c.now.communes), null],
    },
  );
  return rows;
}
