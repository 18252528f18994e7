import { useState } from 'preact/hooks';
import { txt } from '../../i18n/strings.ts';
import { THEME } from '../../map/theme.ts';
import type { KindGroup } from '../../schema.ts';
import { selectClassCounts, selectCoverageSummaries } from '../../state/derived_coverage.ts';
import { actions } from '../../state/store.ts';
import { formatInt, formatPopulation } from '../format.ts';
import { useAppState, useAppStore } from '../use_app_state.ts';
import { formatKm1, formatThreshold, territoryLabel } from './format_coverage.ts';
import { sortedData } from './options.ts';

const CITES_SHOWN = 10;

/** The kind of centre added by the quick "add here" buttons: the first kind counted, else a Filieris centre. */
export function defaultGroup(groups: readonly KindGroup[]): KindGroup {
  return groups.find((g) => g !== 'pharmacie') ?? groups[0] ?? 'filieris';
}

/** The choropleth's classes, with how many communes and people fall in each. */
export function CoverageLegend() {
  const threshold = useAppState((s) => s.thresholdKm);
  const counts = useAppState(selectClassCounts);
  const t = formatThreshold(threshold);
  const half = formatThreshold(threshold / 2);
  const twice = formatThreshold(threshold * 2);
  return (
    <div class="legende-couverture">
      <h3 id="legende-couverture-titre">{txt.coverage.legendHeading(t)}</h3>
      <ul class="classes" aria-labelledby="legende-couverture-titre">
        {THEME.coverage.map((colour, i) => {
          const count = counts?.[i];
          return (
            <li key={colour} data-classe={i}>
              <svg
                class="pastille"
                width="20"
                height="14"
                viewBox="0 0 20 14"
                aria-hidden="true"
                focusable="false"
              >
                <rect x="0.5" y="0.5" width="19" height="13" fill={colour} stroke="#555555" />
              </svg>
              <span>{txt.coverage.legendClass(i, half, t, twice)}</span>
              {count ? (
                <span class="discret">
                  {' '}
                  — {txt.coverage.legendCount(formatInt(count.communes), formatPopulation(count.population))}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The farthest communes of the territory, each with a button adding a centre there. */
export function FarthestTable() {
  const store = useAppStore();
  const summaries = useAppState(selectCoverageSummaries);
  const territory = useAppState((s) => s.territory);
  const data = useAppState((s) => s.data);
  const groups = useAppState((s) => s.coverageGroups);
  if (!summaries || !data) return null;
  const sorted = sortedData(data);
  const label = territoryLabel(territory, data);
  return (
    <div class="bloc-tableau">
      <h3>{txt.coverage.farthestHeading}</h3>
      <div class="table-defile">
        <table class="tableau" data-testid="communes-eloignees">
          <caption id="eloignees-legende">{txt.coverage.farthestCaption(label)}</caption>
          <thead>
            <tr>
              <th scope="col">{txt.coverage.commune}</th>
              <th scope="col">{txt.coverage.population}</th>
              <th scope="col">{txt.coverage.distance}</th>
              <th scope="col">{txt.coverage.nearest}</th>
              <th scope="col" class="ecran">
                {txt.coverage.action}
              </th>
            </tr>
          </thead>
          <tbody>
            {summaries.territory.farthest.map((c) => {
              const commune = sorted.communeByInsee.get(c.insee);
              return (
                <tr key={c.insee} data-insee={c.insee}>
                  <th scope="row">{c.nom}</th>
                  <td>{formatInt(c.population)}</td>
                  <td>{formatKm1(c.distanceKm)}</td>
                  <td>{c.nearestNom ?? txt.coverage.none}</td>
                  <td class="ecran">
                    {commune && groups.length > 0 ? (
                      <button
                        type="button"
                        class="lien"
                        onClick={() => actions.addCentre(store, commune, defaultGroup(groups))}
                      >
                        {txt.coverage.addHereShort}
                        <span class="sr-only"> ({c.nom})</span>
                      </button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Maisons & Cités cités of the territory beyond the threshold. */
export function CitesTable() {
  const summaries = useAppState(selectCoverageSummaries);
  const territory = useAppState((s) => s.territory);
  const threshold = useAppState((s) => s.thresholdKm);
  const data = useAppState((s) => s.data);
  const [all, setAll] = useState(false);
  if (!summaries) return null;
  const km = formatThreshold(threshold);
  const cites = summaries.territory.citesBeyond;
  return (
    <div class="bloc-tableau">
      <h3>{txt.coverage.citesHeading(km)}</h3>
      {cites.length === 0 ? (
        <p data-testid="cites-aucune">{txt.coverage.citesNone(km)}</p>
      ) : (
        <>
          <div class="table-defile">
            <table class="tableau" data-testid="cites-au-dela">
              <caption id="cites-legende">
                {txt.coverage.citesCaption(territoryLabel(territory, data), km)} ({formatInt(cites.length)})
              </caption>
              <thead>
                <tr>
                  <th scope="col">{txt.coverage.cite}</th>
                  <th scope="col">{txt.coverage.commune}</th>
                  <th scope="col">{txt.coverage.distance}</th>
                </tr>
              </thead>
              <tbody>
                {cites.map((c, i) => (
                  // rows past the first ones stay in the page for printing, hidden on screen until asked
                  <tr key={c.id} data-cite={c.id} class={!all && i >= CITES_SHOWN ? 'en-plus' : undefined}>
                    <th scope="row">{c.nom}</th>
                    <td>{c.commune}</td>
                    <td>{formatKm1(c.distanceKm)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {cites.length > CITES_SHOWN ? (
            <button type="button" class="lien ecran" aria-expanded={all} onClick={() => setAll(!all)}>
              {all ? txt.coverage.citesLess : txt.coverage.citesMore(cites.length)}
            </button>
          ) : null}
        </>
      )}
    </div>
  );
}
