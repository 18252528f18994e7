import { txt } from '../../i18n/strings.ts';
import { selectCellSummaries } from '../../state/derived_cells.ts';
import { selectCoverageSummaries, selectInventoryLimits } from '../../state/derived_coverage.ts';
import { formatPopulation, formatShare } from '../format.ts';
import { useAppState } from '../use_app_state.ts';
import { formatBeyondDelta, formatThreshold, territoryLabel } from './format_coverage.ts';
import { cellRows, communeRows, type FigureColumn, type FigureRow } from './key_figure_rows.ts';
import { ScrollingTable } from './ScrollingTable.tsx';

function Cell({
  figure,
  column,
  value,
  delta,
}: {
  figure: string;
  column: FigureColumn['id'];
  value: string;
  delta: string | null;
}) {
  return (
    <td data-chiffre={figure} data-colonne={column}>
      <span class="valeur">{value}</span>
      {delta ? <span class="ecart">{delta}</span> : null}
    </td>
  );
}

/** One group of rows under a heading that names its method. */
function RowGroup({
  id,
  heading,
  rows,
  columns,
  note,
}: {
  id: string;
  heading: string;
  rows: FigureRow[];
  columns: FigureColumn[];
  note: string | null;
}) {
  return (
    <tbody data-methode={id}>
      <tr>
        <th scope="rowgroup" colSpan={columns.length + 1} class="groupe-chiffres">
          {heading}
        </th>
      </tr>
      {note ? (
        <tr>
          <td colSpan={columns.length + 1} class="discret" data-testid={`chiffres-${id}-etat`}>
            {note}
          </td>
        </tr>
      ) : null}
      {rows.map((r) => (
        <tr key={r.id}>
          <th scope="row">{r.label}</th>
          {columns.map((c) => {
            const [value, delta] = r.cell(c);
            return <Cell key={c.id} figure={r.id} column={c.id} value={value} delta={delta} />;
          })}
        </tr>
      ))}
    </tbody>
  );
}

/** The sentence read by screen readers when the figures change. */
function announcement(columns: FigureColumn[], km: string, threshold: number, withDelta: boolean): string {
  const t = columns[0];
  if (!t) return '';
  const c = t.communes;
  let text = txt.coverage.live(
    t.label,
    formatShare(c.now.shareBeyond),
    km,
    formatPopulation(c.now.populationBeyond),
    formatPopulation(c.now.population),
  );
  if (t.cells)
    text += txt.coverage.liveCells(
      formatShare(t.cells.now.shareBeyond),
      km,
      formatPopulation(t.cells.now.populationBeyond),
    );
  if (withDelta) {
    const delta = t.cells
      ? t.cells.now.populationBeyond - t.cells.before.populationBeyond
      : c.now.populationBeyond - c.before.populationBeyond;
    text += txt.coverage.liveDelta(formatBeyondDelta(delta, threshold));
  }
  return text;
}

/**
 * The key figures of the chosen territory beside « le bassin minier » (the drawn perimeter), by the two methods
 * — where residents live (200 m cells) and at each commune's central point — with the scenario's change and the
 * range given by the places of unknown status.
 */
export function KeyFigures() {
  const summaries = useAppState(selectCoverageSummaries);
  const cells = useAppState(selectCellSummaries);
  const cellsStatus = useAppState((s) => s.cells.status);
  const unknownCounted = useAppState((s) => selectInventoryLimits(s).countedUnknownStatus);
  const threshold = useAppState((s) => s.thresholdKm);
  const territory = useAppState((s) => s.territory);
  const data = useAppState((s) => s.data);
  if (!summaries) return <p class="discret">{txt.coverage.loading}</p>;
  const label = territoryLabel(territory, data);
  const km = formatThreshold(threshold);
  const columns: FigureColumn[] = [
    {
      id: 'territoire',
      label,
      communes: {
        now: summaries.territory,
        before: summaries.baselineTerritory,
        status: summaries.territoryStatusRange,
      },
      cells: cells
        ? { now: cells.territory, before: cells.baselineTerritory, status: cells.territoryStatus }
        : null,
    },
  ];
  if (territory.type !== 'perimetre') {
    columns.push({
      id: 'bassin',
      label: txt.coverage.territoryPerimetre,
      communes: {
        now: summaries.bassin,
        before: summaries.baselineBassin,
        status: summaries.bassinStatusRange,
      },
      cells: cells ? { now: cells.bassin, before: cells.baselineBassin, status: cells.bassinStatus } : null,
    });
  }
  const withDelta = summaries.scenarioActive;
  const withRange = unknownCounted > 0;
  const cellsNote =
    cellsStatus === 'error'
      ? txt.coverage.cellsUnavailable
      : cells === null
        ? txt.coverage.cellsLoading
        : cells.territory.complete
          ? null
          : txt.coverage.cellsPartial;
  return (
    <div class="chiffres" data-testid="chiffres-cles">
      <h3>{txt.coverage.keyFigures}</h3>
      {withDelta ? (
        <p class="badge-scenario">
          {txt.coverage.scenarioBadge} <span class="discret">({txt.coverage.vsBaseline})</span>
        </p>
      ) : null}
      <ScrollingTable captionId="chiffres-legende">
        <table class="tableau">
          <caption id="chiffres-legende">{txt.coverage.caption(label, km)}</caption>
          <thead>
            <tr>
              <th scope="col">{txt.coverage.indicator}</th>
              {columns.map((c) => (
                <th key={c.id} scope="col" data-colonne={c.id}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <RowGroup
            id="carreaux"
            heading={txt.coverage.methodCells}
            rows={cellsStatus === 'error' ? [] : cellRows(threshold, km, withDelta, withRange)}
            columns={columns}
            note={cellsNote}
          />
          <RowGroup
            id="communes"
            heading={txt.coverage.methodCommunes}
            rows={communeRows(threshold, km, withDelta, withRange)}
            columns={columns}
            note={null}
          />
        </table>
      </ScrollingTable>
      <p class="sr-only" role="status" aria-live="polite" data-testid="annonce-couverture">
        {announcement(columns, km, threshold, withDelta)}
      </p>
    </div>
  );
}
