import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { compareFr } from '../domain/compare_places.ts';
import { txt } from '../i18n/strings.ts';
import { visibleGroups } from '../map/layers.ts';
import { kindGroupOf } from '../schema.ts';
import { selectLieux } from '../state/derived.ts';
import { actions } from '../state/store.ts';
import { PlaceSwatch } from './Swatch.tsx';
import { useAppState, useAppStore } from './use_app_state.ts';

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

/** Everything the map shows, as text: care places of the visible layers, CLS perimeters, cités. */
export function PlaceList() {
  const store = useAppStore();
  const lieux = useAppState(selectLieux);
  const toggles = useAppState((s) => s.toggles);
  const showClosed = useAppState((s) => s.showClosed);
  const epci = useAppState((s) => s.data?.epci);
  const cites = useAppState((s) => s.data?.cites);
  const visible = lieux
    .filter((l) => visibleGroups(toggles).includes(kindGroupOf(l.kind)) || l.id.startsWith('scenario-'))
    .sort((a, b) => compareFr(a.commune, b.commune) || compareFr(a.nom, b.nom));
  const shown = visible.filter((l) => showClosed || l.status !== 'closed');
  const hiddenClosed = visible.length - shown.length;
  const open = (type: 'lieu' | 'epci' | 'cite', id: string) => actions.select(store, { type, id });
  return (
    <section id="liste" class="bloc" aria-labelledby="liste-titre" tabIndex={-1}>
      <h2 id="liste-titre">{txt.list.heading}</h2>
      <details open>
        <summary>
          {txt.list.lieux} ({shown.length})
        </summary>
        <ul class="liste-lieux">
          {shown.map((l) => (
            <li key={l.id}>
              <button
                type="button"
                class="lien"
                data-lieu-id={l.id}
                onClick={() => open('lieu', l.id)}
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
                    — {l.commune}, {txt.statuses[l.status].toLowerCase()}
                    {l.precision === 'commune' ? `, ${txt.more.approximatePosition}` : ''}
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ul>
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
