import type { ComponentChildren } from 'preact';
import type { TerritorySummary } from '../../domain/types.ts';
import { txt } from '../../i18n/strings.ts';
import { selectCoverageSummaries, selectInventoryLimits } from '../../state/derived_coverage.ts';
import { formatInt, formatPopulation, formatShare } from '../format.ts';
import { useAppState } from '../use_app_state.ts';
import {
  formatBeyondDelta,
  formatKm1,
  formatShareDelta,
  formatSigned1,
  formatThreshold,
  territoryLabel,
} from './format_coverage.ts';

type FigureId = 'population' | 'au-dela' | 'part-au-dela' | 'distance-moyenne' | 'communes';

interface Column {
  id: 'territoire' | 'bassin';
  label: string;
  now: TerritorySummary;
  before: TerritorySummary;
}

function Cell({
  figure,
  column,
  value,
  delta,
}: {
  figure: FigureId;
  column: Column['id'];
  value: string;
  delta: ComponentChildren;
}) {
  return (
    <td data-chiffre={figure} data-colonne={column}>
      <span class="valeur">{value}</span>
      {delta ? <span class="ecart">{delta}</span> : null}
    </td>
  );
}

/** The key figures of the chosen territory beside the whole basin's, with the scenario's change. */
export function KeyFigures() {
  const summaries = useAppState(selectCoverageSummaries);
  const threshold = useAppState((s) => s.thresholdKm);
  const territory = useAppState((s) => s.territory);
  const data = useAppState((s) => s.data);
  if (!summaries) return <p class="discret">{txt.coverage.loading}</p>;
  const label = territoryLabel(territory, data);
  const km = formatThreshold(threshold);
  const columns: Column[] = [
    { id: 'territoire', label, now: summaries.territory, before: summaries.baselineTerritory },
  ];
  if (territory.type !== 'bassin') {
    columns.push({
      id: 'bassin',
      label: txt.coverage.territoryBassin,
      now: summaries.bassin,
      before: summaries.baselineBassin,
    });
  }
  const withDelta = summaries.scenarioActive;
  const rows: { id: FigureId; label: string; cell: (c: Column) => [string, ComponentChildren] }[] = [
    {
      id: 'population',
      label: txt.coverage.population,
      cell: (c) => [formatPopulation(c.now.population), null],
    },
    {
      id: 'au-dela',
      label: txt.coverage.beyond(km),
      cell: (c) => [
        formatPopulation(c.now.populationBeyond),
        withDelta ? formatBeyondDelta(c.now.populationBeyond - c.before.populationBeyond, threshold) : null,
      ],
    },
    {
      id: 'part-au-dela',
      label: txt.coverage.share(km),
      cell: (c) => [
        formatShare(c.now.shareBeyond),
        withDelta ? formatShareDelta(c.now.shareBeyond - c.before.shareBeyond) : null,
      ],
    },
    {
      id: 'distance-moyenne',
      label: txt.coverage.mean,
      cell: (c) => [
        formatKm1(c.now.meanDistanceKm),
        withDelta && c.now.meanDistanceKm !== null && c.before.meanDistanceKm !== null
          ? txt.coverage.deltaMean(formatSigned1(c.now.meanDistanceKm - c.before.meanDistanceKm))
          : null,
      ],
    },
    { id: 'communes', label: txt.coverage.communes, cell: (c) => [formatInt(c.now.communes), null] },
  ];
  const t = summaries.territory;
  const live =
    txt.coverage.live(
      label,
      formatShare(t.shareBeyond),
      km,
      formatPopulation(t.populationBeyond),
      formatPopulation(t.population),
    ) +
    (withDelta
      ? txt.coverage.liveDelta(
          formatBeyondDelta(t.populationBeyond - summaries.baselineTerritory.populationBeyond, threshold),
        )
      : '');
  return (
    <div class="chiffres" data-testid="chiffres-cles">
      <h3>{txt.coverage.keyFigures}</h3>
      {withDelta ? (
        <p class="badge-scenario">
          {txt.coverage.scenarioBadge} <span class="discret">({txt.coverage.vsBaseline})</span>
        </p>
      ) : null}
      <div class="table-defile">
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
          <tbody>
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
        </table>
      </div>
      <p class="sr-only" role="status" aria-live="polite" data-testid="annonce-couverture">
        {live}
      </p>
    </div>
  );
}

/** The data's limits, stated next to the figures. */
export function DataLimits() {
  const limits = useAppState(selectInventoryLimits);
  const vintage = useAppState((s) => s.data?.populationVintage ?? null);
  return (
    <div class="limites" data-testid="limites">
      <h3>{txt.coverage.limitsHeading}</h3>
      {limits.incomplete ? <p class="avertissement">{txt.coverage.limitsIncomplete}</p> : null}
      <ul class="liste-simple">
        <li>{txt.coverage.limitsPlaces(limits.counted, limits.total)}</li>
        {limits.countedCommunePrecision > 0 ? (
          <li>{txt.coverage.limitsCommune(limits.countedCommunePrecision, limits.counted)}</li>
        ) : null}
        {limits.countedUnknownStatus > 0 ? (
          <li>{txt.coverage.limitsUnknown(limits.countedUnknownStatus)}</li>
        ) : null}
        {vintage ? <li>{txt.coverage.limitsPopulation(vintage)}</li> : null}
        <li>{txt.coverage.limitsMethod}</li>
      </ul>
    </div>
  );
}
