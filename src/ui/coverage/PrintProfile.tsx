import { classifyDistance } from '../../domain/classify_distance.ts';
import { selectCommunes } from '../../domain/select_territory.ts';
import { txt } from '../../i18n/strings.ts';
import { THEME } from '../../map/theme.ts';
import { selectCoverage, selectScenarioWords } from '../../state/derived_coverage.ts';
import { useAppState } from '../use_app_state.ts';
import { formatThreshold, numberLocale, scenarioText, territoryLabel } from './format_coverage.ts';
import { sortedData } from './options.ts';

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

const W = 600;
const H = 420;

/**
 * A schematic map for print (a WebGL canvas does not print reliably): each commune of the territory is a
 * dot at its centre, coloured by coverage class and sized by population; hypothetical centres are squares.
 */
export function PrintMap() {
  const coverage = useAppState((s) => (s.mode === 'couverture' ? selectCoverage(s) : null));
  const territory = useAppState((s) => s.territory);
  const threshold = useAppState((s) => s.thresholdKm);
  const added = useAppState((s) => s.scenario.added);
  const data = useAppState((s) => s.data);
  if (!coverage || !data) return null;
  const byInsee = sortedData(data).communeByInsee;
  const inTerritory = selectCommunes(coverage.communes, territory);
  const points = inTerritory
    .map((c) => ({ c, p: byInsee.get(c.insee) }))
    .filter((x): x is { c: (typeof inTerritory)[number]; p: NonNullable<typeof x.p> } => x.p !== undefined);
  if (points.length === 0) return null;
  let west = Math.min(...points.map((x) => x.p.lon));
  let east = Math.max(...points.map((x) => x.p.lon));
  let south = Math.min(...points.map((x) => x.p.lat));
  let north = Math.max(...points.map((x) => x.p.lat));
  const pad = 0.03;
  west -= pad;
  east += pad;
  south -= pad;
  north += pad;
  const k = Math.cos(((south + north) / 2) * (Math.PI / 180));
  const scale = Math.min(W / ((east - west) * k), H / (north - south));
  const x = (lon: number) => (lon - west) * k * scale;
  const y = (lat: number) => (north - lat) * scale;
  const maxPop = Math.max(1, ...points.map((p) => p.c.population));
  const label = txt.coverage.printMap(territoryLabel(territory, data));
  return (
    <figure class="impression-seule carte-impression">
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={label}>
        {points.map(({ c, p }) => (
          <circle
            key={c.insee}
            cx={x(p.lon)}
            cy={y(p.lat)}
            r={2 + 10 * Math.sqrt(c.population / maxPop)}
            fill={THEME.coverage[classifyDistance(c.distanceKm, threshold)]}
            stroke="#333333"
            stroke-width="0.5"
          />
        ))}
        {added.map((a) => (
          <rect key={a.id} x={x(a.lon) - 5} y={y(a.lat) - 5} width="10" height="10" fill={THEME.scenario} />
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
