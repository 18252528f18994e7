import { txt } from '../../i18n/strings.ts';
import type { SelectionDetails } from '../../state/derived_details.ts';
import { actions } from '../../state/store.ts';
import { useCoverageModule } from '../coverage/coverage_module.ts';
import { formatPopulation } from '../format.ts';
import { Row } from '../Row.tsx';
import { useAppState, useAppStore } from '../use_app_state.ts';
import { OriginButton, PlacesList } from './parts.tsx';

/** A commune: population, EPCI and CLS, distance to care (coverage mode), its places and cités. */
export function CommuneDetails({ details }: { details: Extract<SelectionDetails, { type: 'commune' }> }) {
  const store = useAppStore();
  const { commune, epci, places, cites } = details;
  // coverage mode's code is loaded with its panel: the distance line appears once it is there
  const coverageModule = useCoverageModule(useAppState((s) => s.mode === 'couverture'));
  return (
    <>
      <dl>
        <Row label={txt.details.population}>{formatPopulation(commune.population)}</Row>
        <Row label={txt.more.postcode}>{commune.postcodes.join(', ')}</Row>
        <Row label={txt.details.epci}>{commune.epci_nom}</Row>
        {epci ? (
          <Row label={txt.details.clsStatus}>
            {txt.cls[epci.cls_statut]}
            {epci.cls_date ? ` (${epci.cls_date})` : ''}
          </Row>
        ) : null}
        {coverageModule ? <coverageModule.CommuneDistanceRow insee={commune.insee} /> : null}
      </dl>
      <OriginButton
        store={store}
        label={txt.details.setOrigin}
        origin={{
          lon: commune.lon,
          lat: commune.lat,
          label: commune.nom,
          ref: { type: 'commune', id: commune.insee },
          approximate: true,
        }}
      />
      <PlacesList lieux={places} />
      {cites.length > 0 ? (
        <>
          <h3>{txt.details.citesIn}</h3>
          <ul class="liste-simple">
            {cites.map((c) => (
              <li key={c.id}>
                <button
                  type="button"
                  class="lien"
                  onClick={() => actions.select(store, { type: 'cite', id: c.id })}
                >
                  {c.nom}
                </button>
                {c.maisons_et_cites ? ` — ${txt.details.maisonsEtCites}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
