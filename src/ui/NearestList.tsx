import { acceptWebUrl } from '../domain/accept_web_url.ts';
import { estimateTravel } from '../domain/estimate_travel.ts';
import { formatDuration } from '../domain/format_distance.ts';
import type { NearestByGroup, NearestPlace } from '../domain/types.ts';
import { txt } from '../i18n/strings.ts';
import { KIND_GROUP_IDS, type KindGroup, kindGroupOf } from '../schema.ts';
import { selectNearest } from '../state/derived.ts';
import { actions } from '../state/store.ts';
import { formatKm } from './format.ts';
import { PlaceSwatch } from './Swatch.tsx';
import { useAppState, useAppStore } from './use_app_state.ts';

function directionsUrl(from: { lat: number; lon: number }, to: { lat: number; lon: number }): string {
  return `https://www.openstreetmap.org/directions?engine=fossgis_osrm_foot&route=${from.lat}%2C${from.lon}%3B${to.lat}%2C${to.lon}`;
}

function Result({
  item,
  from,
}: {
  item: NearestPlace;
  from: { lat: number; lon: number; approximate: boolean };
}) {
  const store = useAppStore();
  const hovered = useAppState(
    (s) =>
      s.hoveredLieu === item.lieu.id || (s.selection?.type === 'lieu' && s.selection.id === item.lieu.id),
  );
  const { lieu } = item;
  const approximate = item.approximate || from.approximate;
  const travel = estimateTravel(item.distanceKm);
  const group = kindGroupOf(lieu.kind);
  // only an http(s) address from the data becomes a link; anything else is shown as plain text
  const sourceHref = acceptWebUrl(lieu.source_url);
  return (
    <li
      class={hovered ? 'resultat actif' : 'resultat'}
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
        <PlaceSwatch group={group} planned={lieu.status === 'planned'} />
        <span class="resultat-titre">{lieu.nom}</span>
      </button>
      <p class="resultat-distance">
        <strong>{formatKm(item.distanceKm, approximate)}</strong>
        {approximate && item.distanceKm < 1 ? null : (
          <span>
            {' '}
            · {approximate ? `${txt.more.about} ` : ''}
            {formatDuration(travel.walkMinutes)} {txt.nearest.walk} ·{' '}
            {approximate ? `${txt.more.about} ` : ''}
            {formatDuration(travel.carMinutes)} {txt.nearest.car}
          </span>
        )}
      </p>
      <p class="resultat-infos">
        {lieu.commune}
        {lieu.status !== 'open' ? (
          <span class={`statut statut-${lieu.status}`}> · {txt.statuses[lieu.status]}</span>
        ) : null}
        {item.approximate ? <span> · {txt.precisions[lieu.precision]}</span> : null}
      </p>
      <p class="resultat-liens">
        <a href={directionsUrl(from, lieu)} target="_blank" rel="noopener noreferrer">
          {txt.nearest.directions}
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
      </p>
    </li>
  );
}

/** The chosen groups, the one with the nearest place first (groups with no place last, in their usual order). */
export function groupsByNearest(nearest: NearestByGroup, groups: readonly KindGroup[]): KindGroup[] {
  const first = (g: KindGroup) => nearest[g][0]?.distanceKm ?? Number.POSITIVE_INFINITY;
  return KIND_GROUP_IDS.filter((g) => groups.includes(g)).sort((a, b) => first(a) - first(b));
}

/** A short sentence for screen readers when the results change (the list itself is not a live region). */
function announce(label: string, nearest: NearestByGroup, groups: readonly KindGroup[]): string {
  const parts = groupsByNearest(nearest, groups).map((g) => {
    const first = nearest[g][0];
    return first
      ? txt.more.labelValue(
          txt.groups[g],
          `${first.lieu.nom}, ${formatKm(first.distanceKm, first.approximate)}`,
        )
      : txt.more.labelValue(txt.groups[g], txt.more.none);
  });
  return txt.more.announce(label, parts.join('. '));
}

/** Nearest places for each kind, from the origin; announced politely to screen readers. */
export function NearestList() {
  const store = useAppStore();
  const origin = useAppState((s) => s.origin);
  const nearest = useAppState(selectNearest);
  const groups = useAppState((s) => s.finderGroups);
  const dataReady = useAppState((s) => s.data !== null);
  if (!origin || !Number.isFinite(origin.lon)) {
    return <p class="intro">{txt.nearest.intro}</p>;
  }
  return (
    <section class="proches" aria-labelledby="proches-titre">
      <p class="sr-only" aria-live="polite">
        {nearest ? announce(origin.label, nearest, groups) : ''}
      </p>
      <h3 id="proches-titre">{txt.nearest.heading}</h3>
      <p class="depuis">
        {txt.nearest.from(origin.label)}
        {origin.approximate ? <span class="discret"> — {txt.nearest.approxOrigin}</span> : null}{' '}
        <button type="button" class="lien" onClick={() => actions.setOrigin(store, null)}>
          {txt.search.clearOrigin}
        </button>
        {origin.ref ? (
          <>
            {' · '}
            <button
              type="button"
              class="lien"
              onClick={() =>
                origin.ref && actions.select(store, { type: origin.ref.type, id: origin.ref.id })
              }
            >
              {origin.ref.type === 'commune' ? txt.more.communeSheet : txt.more.citeSheet}
              <span class="sr-only"> {origin.label}</span>
            </button>
          </>
        ) : null}
      </p>
      {!dataReady || !nearest ? null : (
        <div data-testid="nearest-list">
          {groupsByNearest(nearest, groups).map((g) => (
            <section key={g} class="groupe" aria-labelledby={`groupe-${g}`}>
              <h4 id={`groupe-${g}`}>{txt.groups[g]}</h4>
              {nearest[g].length === 0 ? (
                <p class="discret">{txt.nearest.none}</p>
              ) : (
                <ol class="resultats" data-groupe={g}>
                  {nearest[g].map((item) => (
                    <Result key={item.lieu.id} item={item} from={origin} />
                  ))}
                </ol>
              )}
            </section>
          ))}
          <p class="discret">{txt.nearest.estimate}</p>
        </div>
      )}
    </section>
  );
}
