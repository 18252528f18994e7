import { txt } from '../../i18n/strings.ts';
import { announceAnswer, type FinderKindAnswer, selectFinderAnswer } from '../../state/derived_finder.ts';
import { actions } from '../../state/store.ts';
import { useAppState, useAppStore } from '../use_app_state.ts';
import { FinderResult } from './FinderResult.tsx';
import { PartialInventory } from './PartialInventory.tsx';

/** One kind: the nearest places one can go to, then the planned ones under "Bientôt". */
function KindSection({ kind }: { kind: FinderKindAnswer }) {
  const g = kind.group;
  return (
    <section class="groupe" aria-labelledby={`groupe-${g}`}>
      <h4 id={`groupe-${g}`}>{txt.groups[g]}</h4>
      {kind.available.length === 0 ? (
        <p class="discret">{txt.nearest.noneAvailable}</p>
      ) : (
        <ol class="resultats" data-groupe={g}>
          {kind.available.map((r) => (
            <FinderResult key={r.place.lieu.id} result={r} />
          ))}
        </ol>
      )}
      {kind.planned.length > 0 ? (
        <div class="bientot" data-testid={`bientot-${g}`}>
          <p class="bientot-titre">{txt.nearest.soon}</p>
          <ul class="resultats">
            {kind.planned.map((r) => (
              <FinderResult key={r.place.lieu.id} result={r} />
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

/** Where the distances are measured from, with a way to clear it and to open the commune's or cité's sheet. */
function OriginLine() {
  const store = useAppStore();
  const origin = useAppState((s) => s.origin);
  if (!origin) return null;
  const ref = origin.ref;
  return (
    <p class="depuis">
      {txt.nearest.from(origin.label)}
      {origin.approximate ? <span class="discret"> — {txt.nearest.approxOrigin}</span> : null}{' '}
      <button type="button" class="lien" onClick={() => actions.setOrigin(store, null)}>
        {txt.search.clearOrigin}
      </button>
      {ref ? (
        <>
          {' · '}
          <button
            type="button"
            class="lien"
            onClick={() => actions.select(store, { type: ref.type, id: ref.id })}
          >
            {ref.type === 'commune' ? txt.more.communeSheet : txt.more.citeSheet}
            <span class="sr-only"> {origin.label}</span>
          </button>
        </>
      ) : null}
    </p>
  );
}

/** Nearest places for each kind, from the origin; announced politely to screen readers. */
export function NearestList() {
  const origin = useAppState((s) => s.origin);
  const answer = useAppState(selectFinderAnswer);
  if (!origin || !Number.isFinite(origin.lon)) {
    return <p class="intro">{txt.nearest.intro}</p>;
  }
  return (
    <section class="proches" aria-labelledby="proches-titre">
      <p class="sr-only" aria-live="polite">
        {answer ? announceAnswer(origin.label, answer) : ''}
      </p>
      <h3 id="proches-titre">{txt.nearest.heading}</h3>
      <OriginLine />
      {answer ? (
        <div data-testid="nearest-list">
          {answer.kinds.map((k) => (
            <KindSection key={k.group} kind={k} />
          ))}
          <PartialInventory answer={answer} />
          <p class="discret">{txt.nearest.estimate}</p>
        </div>
      ) : null}
    </section>
  );
}
