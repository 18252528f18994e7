import { txt } from '../../i18n/strings.ts';
import type { SelectionDetails } from '../../state/derived_details.ts';
import { reportLinkOf } from '../../state/derived_finder.ts';
import { actions } from '../../state/store.ts';
import { formatDate, hospitalTypeLabel, upperFirst } from '../format.ts';
import { Row } from '../Row.tsx';
import { useAppState, useAppStore } from '../use_app_state.ts';
import { LieuButton, PhoneRow, RegisterRows, SourceLink } from './parts.tsx';

/** A care place (or a hypothetical centre): what is known of it, and its scenario action in coverage mode. */
export function LieuDetails({ details }: { details: Extract<SelectionDetails, { type: 'lieu' }> }) {
  const store = useAppStore();
  const mode = useAppState((s) => s.mode);
  const { lieu, samePoint, hypothetical, closedByScenario } = details;
  const report = useAppState((s) => reportLinkOf(s, lieu));
  const hospitalType = hospitalTypeLabel(lieu);
  const vintage =
    lieu.source_name && lieu.source_date ? txt.details.vintage(formatDate(lieu.source_date)) : null;
  return (
    <>
      <dl>
        {hypothetical ? <Row label={txt.details.kind}>{txt.details.hypothetical}</Row> : null}
        <Row label={txt.details.kind}>
          {hospitalType ? upperFirst(hospitalType) : (txt.kinds[lieu.kind] ?? lieu.kind)}
        </Row>
        {lieu.operator ? <Row label={txt.details.operator}>{lieu.operator}</Row> : null}
        <Row label={txt.details.status}>{txt.statuses[lieu.status]}</Row>
        <Row label={txt.details.address}>{lieu.address ?? txt.details.addressUnknown}</Row>
        <Row label={txt.details.commune}>
          {lieu.postcode ? `${lieu.postcode} ` : ''}
          {lieu.commune}
        </Row>
        <Row label={txt.details.precision}>{txt.precisions[lieu.precision]}</Row>
        {lieu.phone ? <PhoneRow phone={lieu.phone} /> : null}
        {lieu.finess ? <Row label={txt.details.finess}>{lieu.finess}</Row> : null}
        <RegisterRows lieu={lieu} />
        <SourceLink url={lieu.source_url || null} date={lieu.source_date} />
      </dl>
      {vintage ? <p class="avertissement">{vintage}</p> : null}
      {report ? (
        <p>
          <a href={report} target="_blank" rel="noopener noreferrer" data-testid="signaler-details">
            {txt.nearest.reportError}
            <span class="sr-only"> {txt.nearest.reportErrorOf(lieu.nom)}</span>
          </a>
        </p>
      ) : null}
      {lieu.aggregate_count && lieu.aggregate_count > 1 ? (
        <p class="avertissement">{txt.details.aggregate(lieu.aggregate_count)}</p>
      ) : null}
      {lieu.evidence ? (
        <figure class="extrait">
          <figcaption>{txt.details.evidence}</figcaption>
          <blockquote>{lieu.evidence}</blockquote>
        </figure>
      ) : null}
      {hypothetical ? (
        <button type="button" class="bouton" onClick={() => actions.removeCentre(store, lieu.id)}>
          {txt.more.removeHypothetical}
        </button>
      ) : mode === 'couverture' ? (
        <button
          type="button"
          class="bouton"
          aria-pressed={closedByScenario}
          onClick={() => actions.setPlaceClosed(store, lieu.id, !closedByScenario)}
        >
          {txt.more.simulateClosure}
        </button>
      ) : null}
      {samePoint.length > 0 ? (
        <>
          <h3>{txt.details.samePlace}</h3>
          <ul class="liste-simple">
            {samePoint.map((l) => (
              <li key={l.id}>
                <LieuButton lieu={l} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
