import { txt } from '../../i18n/strings.ts';
import type { SelectionDetails } from '../../state/derived_details.ts';
import { actions } from '../../state/store.ts';
import { formatPopulation } from '../format.ts';
import { Row } from '../Row.tsx';
import { useAppStore } from '../use_app_state.ts';
import { PlacesList, SourceLink } from './parts.tsx';

/** An EPCI and its CLS: status as published, date, note, population, communes, source; its places. */
export function EpciDetails({ details }: { details: Extract<SelectionDetails, { type: 'epci' }> }) {
  const store = useAppStore();
  const { epci, places } = details;
  return (
    <>
      <dl>
        <Row label={txt.details.clsStatus}>{txt.cls[epci.cls_statut]}</Row>
        {epci.cls_libelle ? <Row label={txt.details.clsLabel}>{epci.cls_libelle}</Row> : null}
        {epci.cls_date ? <Row label={txt.details.clsDate}>{epci.cls_date}</Row> : null}
        {epci.cls_note ? <Row label={txt.details.clsNote}>{epci.cls_note}</Row> : null}
        <Row label={txt.details.population}>{formatPopulation(epci.population)}</Row>
        <Row label={txt.details.communesCount}>{String(epci.communes_count)}</Row>
        <SourceLink url={epci.cls_source} date={null} />
      </dl>
      <button
        type="button"
        class="bouton"
        onClick={() => {
          actions.setMode(store, 'couverture');
          actions.setTerritory(store, { type: 'epci', siren: epci.siren });
        }}
      >
        {txt.details.seeCoverage}
      </button>
      <PlacesList lieux={places} />
    </>
  );
}
