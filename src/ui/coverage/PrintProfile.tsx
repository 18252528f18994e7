import { txt } from '../../i18n/strings.ts';
import { THEME } from '../../map/theme.ts';
import { selectScenarioWords } from '../../state/derived_coverage.ts';
import { selectPrintMap } from '../../state/derived_print.ts';
import { useAppState } from '../use_app_state.ts';
import { formatThreshold, numberLocale, scenarioText, territoryLabel } from './format_coverage.ts';

const dateFr = new Intl.DateTimeFormat(numberLocale(), { dateStyle: 'long' });

/**
 * Title, threshold, date and what the figures include (the current situation, or the hypothetical scenario:
 * centres added where, places closed) at the top of the printed profile (hidden on screen).
 */
export function PrintHeader() {
  const territory = useAppState((s) => s.territory);
  const threshold = useAppState((s) => s.thresholdKm);
  const data = useAppState((s) => s.data);
  const words = useAppState(selectScenarioWords);
  return (
    <div class="impression-seule profil-entete">
      <p class="profil-titre">{txt.coverage.printTitle(territoryLabel(territory, data))}</p>
      <p>{txt.coverage.printMeta(formatThreshold(threshold), dateFr.format(new Date()))}</p>
      <p data-testid="profil-scenario">
        {words ? txt.coverage.printScenario(scenarioText(words)) : txt.coverage.printNoScenario}
      </p>
    </div>
  );
}

/**
 * A schematic map for print (a WebGL canvas does not print reliably): each commune of the territory is a
 * dot at its centre, coloured by coverage class and sized by population; hypothetical centres are squares
 * (laid out by selectPrintMap).
 */
export function PrintMap() {
  const layout = useAppState(selectPrintMap);
  const territory = useAppState((s) => s.territory);
  const data = useAppState((s) => s.data);
  if (!layout) return null;
  const label = txt.coverage.printMap(territoryLabel(territory, data));
  return (
    <figure class="impression-seule carte-impression">
      <svg viewBox={`0 0 ${layout.width} ${layout.height}`} width="100%" role="img" aria-label={label}>
        {layout.dots.map((d) => (
          <circle
            key={d.insee}
            cx={d.x}
            cy={d.y}
            r={d.r}
            fill={THEME.coverage[d.classe]}
            stroke="#333333"
            stroke-width="0.5"
          />
        ))}
        {layout.squares.map((q) => (
          <rect key={q.id} x={q.x - 5} y={q.y - 5} width="10" height="10" fill={THEME.scenario} />
        ))}
      </svg>
      <figcaption>{label}</figcaption>
    </figure>
  );
}

/** Sources and population vintage at the bottom of the printed profile (hidden on screen). */
export function PrintSources() {
  const meta = useAppState((s) => s.data?.meta ?? null);
  return (
    <div class="impression-seule profil-sources">
      <h3>{txt.coverage.printSources}</h3>
      <ul>
        {(meta?.attributions ?? []).map((a) => (
          <li key={a.name}>
            {a.name} — {a.licence}
            {a.url ? ` — ${a.url}` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}
