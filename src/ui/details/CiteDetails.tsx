import { txt } from '../../i18n/strings.ts';
import type { SelectionDetails } from '../../state/derived_details.ts';
import { Row } from '../Row.tsx';
import { useAppStore } from '../use_app_state.ts';
import { OriginButton } from './parts.tsx';

/** A cité minière: commune, type, company, owner, sources; search for care from it. */
export function CiteDetails({ details }: { details: Extract<SelectionDetails, { type: 'cite' }> }) {
  const store = useAppStore();
  const { cite } = details;
  return (
    <>
      <dl>
        <Row label={txt.details.commune}>{cite.commune}</Row>
        {cite.type ? <Row label={txt.details.type}>{cite.type}</Row> : null}
        {cite.compagnie ? <Row label={txt.details.company}>{cite.compagnie}</Row> : null}
        <Row label={txt.details.owner}>{cite.proprietaire ?? txt.more.ownerUnknown}</Row>
        <Row label={txt.details.maisonsEtCites}>{cite.maisons_et_cites ? txt.more.yes : txt.more.no}</Row>
        <Row label={txt.details.source}>{cite.sources.join(', ')}</Row>
      </dl>
      <OriginButton
        store={store}
        label={txt.more.searchFromCite}
        origin={{
          lon: cite.lon,
          lat: cite.lat,
          label: `${cite.nom} (${cite.commune})`,
          ref: { type: 'cite', id: cite.id },
          approximate: false,
        }}
      />
    </>
  );
}
