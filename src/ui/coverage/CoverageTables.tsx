import { useState } from 'preact/hooks';
import { txt } from '../../i18n/strings.ts';
import type { KindGroup } from '../../schema.ts';
import { selectCitesBeyond, selectCommuneCellFigures } from '../../state/derived_cells.ts';
import { selectCoverageSummaries } from '../../state/derived_coverage.ts';
import { sortedData } from '../../state/sorted_data.ts';
import { actions } from '../../state/store.ts';
import { formatInt } from '../format.ts';
import { useAppState, useAppStore } from '../use_app_state.ts';
import { formatKm1, formatThreshold, territoryLabel } from './format_coverage.ts';
import { ScrollingTable } from './ScrollingTable.tsx';

const CITES_SHOWN = 10;

/** The kind of centre added by the quick "add here" buttons: the first kind counted, else a Filieris centre. */
export function defaultGroup(groups: readonly KindGroup[]): KindGroup {
  return groups.find((g) => g !== 'pharmacie') ?? groups[0] ?? 'filieris';
}

/** The farthest communes of the territory, each with a button adding a centre there. */
export function FarthestTable() {
  const store = useAppStore();
  const summaries = useAppState(selectCoverageSummaries);
  const territory = useAppState((s) => s.territory);
  const data = useAppState((s) => s.data);
  const groups = useAppState((s) => s.coverageGroups);
  const threshold = useAppState((s) => s.thresholdKm);
  const cellFigures = useAppState(selectCommuneCellFigures);
  if (!summaries || !data) return null;
  const sorted = sortedData(data);
  const label = territoryLabel(territory, data);
  const beyondCells = (insee: string): string => {
    if (!cellFigures) return '…';
    const f = cellFigures.get(insee);
    return f ? formatInt(f.populationBeyond) : '—';
  };
  return (
    <div class="bloc-tableau">
      <h3>{txt.coverage.farthestHeading}</h3>
      <ScrollingTable captionId="eloignees-legende">
        <table class="tableau" data-testid="communes-eloignees">
          <caption id="eloignees-legende">{txt.coverage.farthestCaption(label)}</caption>
          <thead>
            <tr>
              <th scope="col">{txt.coverage.commune}</th>
              <th scope="col">{txt.coverage.population}</th>
              <th scope="col">{txt.coverage.distance}</th>
              <th scope="col">{txt.coverage.nearest}</th>
              <th scope="col">{txt.coverage.beyondCells(formatThreshold(threshold))}</th>
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
                  <td data-chiffre="carreaux-au-dela">{beyondCells(c.insee)}</td>
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
      </ScrollingTable>
    </div>
  );
}

/**
 * Maisons & Cités cités of the territory whose point is beyond the threshold, with their estimated inhabitants
 * and those of them living beyond it (200 m cells, area shares), ranked by that number once the grid is loaded
 * (by distance before).
 */
export function CitesTable() {
  const ranked = useAppState(selectCitesBeyond);
  const territory = useAppState((s) => s.territory);
  const threshold = useAppState((s) => s.thresholdKm);
  const data = useAppState((s) => s.data);
  const [all, setAll] = useState(false);
  if (!ranked) return null;
  const km = formatThreshold(threshold);
  const { cites, people, totals } = ranked;
  return (
    <div class="bloc-tableau">
      <h3>{txt.coverage.citesHeading(km)}</h3>
      {cites.length === 0 ? (
        <p data-testid="cites-aucune">{txt.coverage.citesNone(km)}</p>
      ) : (
        <>
          {totals ? (
            <p class="aide" data-testid="cites-habitants">
              {txt.coverage.citesPeople(formatInt(totals.population), formatInt(totals.beyond), km)}
            </p>
          ) : null}
          <ScrollingTable captionId="cites-legende">
            <table class="tableau" data-testid="cites-au-dela">
              <caption id="cites-legende">
                {txt.coverage.citesCaption(territoryLabel(territory, data), km)} ({formatInt(cites.length)})
              </caption>
              <thead>
                <tr>
                  <th scope="col">{txt.coverage.cite}</th>
                  <th scope="col">{txt.coverage.commune}</th>
                  <th scope="col">{txt.coverage.distance}</th>
                  <th scope="col">{txt.coverage.citePeople}</th>
                  <th scope="col">{txt.coverage.citeBeyond(km)}</th>
                </tr>
              </thead>
              <tbody>
                {cites.map((c, i) => {
                  const p = people?.get(c.id);
                  return (
                    // rows past the first ones stay in the page for printing, hidden on screen until asked
                    <tr key={c.id} data-cite={c.id} class={!all && i >= CITES_SHOWN ? 'en-plus' : undefined}>
                      <th scope="row">{c.nom}</th>
                      <td>{c.commune}</td>
                      <td>{formatKm1(c.distanceKm)}</td>
                      <td data-chiffre="habitants">{people ? formatInt(p?.population ?? 0) : '…'}</td>
                      <td data-chiffre="habitants-au-dela">
                        {people ? formatInt(p?.populationBeyond ?? 0) : '…'}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollingTable>
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
