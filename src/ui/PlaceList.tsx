import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { txt } from '../i18n/strings.ts';
import { kindGroupOf, type Lieu } from '../schema.ts';
import {
  selectFramedPlaces,
  selectFramedTerritory,
  selectHiddenClosedCount,
  selectListedLieux,
} from '../state/derived.ts';
import { actions } from '../state/store.ts';
import { hospitalTypeLabel, vintageOf } from './format.ts';
import { PlaceSwatch } from './Swatch.tsx';
import { useAppState, useAppStore } from './use_app_state.ts';
import { useServedOrSeen } from './use_served_or_seen.ts';

/** A collapsed <details> whose content is only rendered once opened (long lists cost nothing at start-up). */
function LazyDetails({ summary, children }: { summary: string; children: () => ComponentChildren }) {
  const [opened, setOpened] = useState(false);
  return (
    <details onToggle={(e) => setOpened(opened || (e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{summary}</summary>
      {opened ? children() : null}
    </details>
  );
}

/** The places of a list, as buttons that open their details (and highlight them on the map). */
function PlaceItems({ lieux }: { lieux: Lieu[] }) {
  const store = useAppStore();
  return (
    <ul class="liste-lieux">
      {lieux.map((l) => (
        <li key={l.id}>
          <button
            type="button"
            class="lien"
            data-lieu-id={l.id}
            onClick={() => actions.select(store, { type: 'lieu', id: l.id })}
            onFocus={() => actions.setHoveredLieu(store, l.id)}
            onBlur={() => actions.setHoveredLieu(store, null)}
            onMouseEnter={() => actions.setHoveredLieu(store, l.id)}
            onMouseLeave={() => actions.setHoveredLieu(store, null)}
          >
            <PlaceSwatch group={kindGroupOf(l.kind)} planned={l.status === 'planned'} />
            <span>
              {l.nom}
              <span class="discret">
                {' '}
                — {l.commune}, {hospitalTypeLabel(l) ? `${hospitalTypeLabel(l)}, ` : ''}
                {txt.statuses[l.status].toLowerCase()}
                {vintageOf(l) ? ` (${vintageOf(l)})` : ''}
                {l.precision === 'commune' ? `, ${txt.more.approximatePosition}` : ''}
              </span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * Everything the map shows, as text: care places of the visible layers, CLS perimeters, cités.
 * In an embed framed on a territory, the territory's places come first and the others are one click away.
 */
export function PlaceList() {
  const store = useAppStore();
  const shown = useAppState(selectListedLieux);
  const hiddenClosed = useAppState(selectHiddenClosedCount);
  const toggles = useAppState((s) => s.toggles);
  const epci = useAppState((s) => s.data?.epci);
  const cites = useAppState((s) => s.data?.cites);
  const framed = useAppState(selectFramedTerritory);
  const open = (type: 'epci' | 'cite', id: string) => actions.select(store, { type, id });
  const split = useAppState(selectFramedPlaces);
  const inside = split?.inside ?? [];
  const outside = split?.outside ?? [];
  const section = useRef<HTMLElement>(null);
  // the long list of every place waits for the first answer (or for the list to come on screen)
  const listReady = useServedOrSeen(section);
  return (
    <section ref={section} id="liste" class="bloc" aria-labelledby="liste-titre" tabIndex={-1}>
      <h2 id="liste-titre">{txt.list.heading}</h2>
      <details open>
        <summary>
          {txt.list.lieux} ({shown.length})
        </summary>
        {framed ? (
          <>
            <h3 class="sous-titre-liste" data-testid="lieux-territoire">
              {txt.list.inTerritory(framed.name)} ({inside.length})
            </h3>
            <PlaceItems lieux={inside} />
            <LazyDetails summary={`${txt.list.elsewhere} (${outside.length})`}>
              {() => <PlaceItems lieux={outside} />}
            </LazyDetails>
          </>
        ) : listReady ? (
          <PlaceItems lieux={shown} />
        ) : null}
        {hiddenClosed > 0 ? <p class="discret">{txt.list.closedHidden(hiddenClosed)}</p> : null}
      </details>
      {epci && toggles.includes('cls') ? (
        <LazyDetails summary={txt.list.cls}>
          {() => (
            <ul class="liste-simple">
              {epci
                .filter((e) => e.bassin)
                .map((e) => (
                  <li key={e.siren}>
                    <button
                      type="button"
                      class="lien"
                      data-epci={e.siren}
                      onClick={() => open('epci', e.siren)}
                    >
                      {e.nom}
                    </button>{' '}
                    <span class="discret">— {txt.cls[e.cls_statut]}</span>
                  </li>
                ))}
            </ul>
          )}
        </LazyDetails>
      ) : null}
      {cites && toggles.includes('cites_mc') ? (
        <LazyDetails summary={`${txt.list.cites} (${cites.filter((c) => c.maisons_et_cites).length})`}>
          {() => (
            <ul class="liste-simple">
              {cites
                .filter((c) => c.maisons_et_cites)
                .map((c) => (
                  <li key={c.id}>
                    <button type="button" class="lien" onClick={() => open('cite', c.id)}>
                      {c.nom}
                    </button>{' '}
                    <span class="discret">— {c.commune}</span>
                  </li>
                ))}
            </ul>
          )}
        </LazyDetails>
      ) : null}
    </section>
  );
}
