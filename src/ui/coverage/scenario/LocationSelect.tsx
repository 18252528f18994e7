import { txt } from '../../../i18n/strings.ts';
import { selectCoverageSummaries } from '../../../state/derived_coverage.ts';
import { type SortedData, sortedData } from '../../../state/sorted_data.ts';
import { useAppState } from '../../use_app_state.ts';

/** A select of places where a centre can go: farthest communes and cités first, then every commune and cité. */
export function LocationSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange: (v: string) => void;
}) {
  const data = useAppState((s) => s.data);
  const summaries = useAppState(selectCoverageSummaries);
  const scope = useAppState((s) => s.coverageScope);
  if (!data) return null;
  const sorted: SortedData = sortedData(data);
  const communes = scope === 'all' ? sorted.communesAll : sorted.communesBassin;
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
      {summaries && summaries.territory.farthest.length > 0 ? (
        <optgroup label={txt.coverage.addWhereFarthest}>
          {summaries.territory.farthest.map((c) => (
            <option key={c.insee} value={`commune:${c.insee}`}>
              {c.nom} ({c.insee})
            </option>
          ))}
        </optgroup>
      ) : null}
      {summaries && summaries.territory.citesBeyond.length > 0 ? (
        <optgroup label={txt.coverage.addWhereCitesBeyond}>
          {summaries.territory.citesBeyond.slice(0, 20).map((c) => (
            <option key={c.id} value={`cite:${c.id}`}>
              {c.nom} — {c.commune}
            </option>
          ))}
        </optgroup>
      ) : null}
      <optgroup label={txt.coverage.addWhereCommunes}>
        {communes.map((c) => (
          <option key={c.insee} value={`commune:${c.insee}`}>
            {c.nom} ({c.insee})
          </option>
        ))}
      </optgroup>
      <optgroup label={txt.coverage.addWhereCites}>
        {sorted.cites.map((c) => (
          <option key={c.id} value={`cite:${c.id}`}>
            {c.nom} — {c.commune}
          </option>
        ))}
      </optgroup>
    </select>
  );
}

/** The first location offered: the farthest commune of the territory, else the first commune. */
export function useDefaultLocation(): string {
  const summaries = useAppState(selectCoverageSummaries);
  const data = useAppState((s) => s.data);
  const first = summaries?.territory.farthest[0];
  if (first) return `commune:${first.insee}`;
  const c = data ? sortedData(data).communesBassin[0] : undefined;
  return c ? `commune:${c.insee}` : '';
}
