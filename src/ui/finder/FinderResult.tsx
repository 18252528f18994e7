import { acceptWebUrl } from '../../domain/accept_web_url.ts';
import { formatDuration } from '../../domain/format_distance.ts';
import { txt } from '../../i18n/strings.ts';
import { kindGroupOf } from '../../schema.ts';
import { type FinderResult as Result, reportLinkOf } from '../../state/derived_finder.ts';
import { actions } from '../../state/store.ts';
import { formatKm, hospitalTypeLabel, vintageOf } from '../format.ts';
import { PlaceSwatch } from '../Swatch.tsx';
import { useAppState, useAppStore } from '../use_app_state.ts';

/** The distance line: straight-line distance, then walking (up to an hour) and driving estimates. */
function TravelLine({ result }: { result: Result }) {
  const { place, approximate, travel } = result;
  const about = approximate ? `${txt.more.about} ` : '';
  return (
    <p class="resultat-distance">
      <strong>{formatKm(place.distanceKm, approximate)}</strong>
      {approximate && place.distanceKm < 1 ? null : (
        <span data-testid="temps">
          {' · '}
          {travel.walkMinutes === null
            ? txt.nearest.tooFarToWalk
            : `${about}${formatDuration(travel.walkMinutes)} ${txt.nearest.walk}`}
          {' · '}
          {`${about}${formatDuration(travel.carMinutes)} ${txt.nearest.car}`}
        </span>
      )}
    </p>
  );
}

/** One place of the finder's answer: its name (opens the details), distance and times, status, links. */
export function FinderResult({ result }: { result: Result }) {
  const store = useAppStore();
  const { lieu } = result.place;
  const active = useAppState(
    (s) => s.hoveredLieu === lieu.id || (s.selection?.type === 'lieu' && s.selection.id === lieu.id),
  );
  const report = useAppState((s) => reportLinkOf(s, lieu));
  const hospitalType = hospitalTypeLabel(lieu);
  const vintage = vintageOf(lieu);
  // only an http(s) address from the data becomes a link; anything else is shown as plain text
  const sourceHref = acceptWebUrl(lieu.source_url);
  return (
    <li
      class={active ? 'resultat actif' : 'resultat'}
      data-lieu-id={lieu.id}
      onMouseEnter={() => actions.setHoveredLieu(store, lieu.id)}
      onMouseLeave={() => actions.setHoveredLieu(store, null)}
    >
      <button
        type="button"
        class="resultat-nom lien"
        onClick={() => actions.select(store, { type: 'lieu', id: lieu.id })}
        onFocus={() => actions.setHoveredLieu(store, lieu.id)}
        onBlur={() => actions.setHoveredLieu(store, null)}
      >
        <PlaceSwatch group={kindGroupOf(lieu.kind)} planned={lieu.status === 'planned'} />
        <span class="resultat-titre">{lieu.nom}</span>
      </button>
      <TravelLine result={result} />
      <p class="resultat-infos">
        {lieu.commune}
        {hospitalType ? <span class="type-lieu"> · {hospitalType}</span> : null}
        {vintage ? <span> · {vintage}</span> : null}
        {lieu.status !== 'open' ? (
          <span class={`statut statut-${lieu.status}`}> · {txt.statuses[lieu.status]}</span>
        ) : null}
        {result.place.approximate ? <span> · {txt.precisions[lieu.precision]}</span> : null}
      </p>
      <p class="resultat-liens">
        <a
          href={result.directionsUrl}
          target="_blank"
          rel="noopener noreferrer"
          data-mode={result.travel.mode}
        >
          {result.travel.mode === 'foot' ? txt.nearest.directionsFoot : txt.nearest.directionsCar}
          <span class="sr-only"> {txt.more.directionsTo(lieu.nom)}</span>
        </a>
        <a href={`geo:${lieu.lat},${lieu.lon}`}>
          {txt.nearest.geoLink}
          <span class="sr-only"> {txt.more.geoOf(lieu.nom)}</span>
        </a>
        {sourceHref ? (
          <a href={sourceHref} target="_blank" rel="noopener noreferrer">
            {txt.nearest.source}
            <span class="sr-only"> {txt.more.sourceOf(lieu.nom)}</span>
          </a>
        ) : lieu.source_url ? (
          <span class="discret">{lieu.source_url}</span>
        ) : null}
        {report ? (
          <a href={report} target="_blank" rel="noopener noreferrer" data-testid="signaler">
            {txt.nearest.reportError}
            <span class="sr-only"> {txt.nearest.reportErrorOf(lieu.nom)}</span>
          </a>
        ) : null}
      </p>
    </li>
  );
}
