import { useEffect, useState } from 'preact/hooks';
import { txt } from '../../../i18n/strings.ts';
import { selectScenarioClosures } from '../../../state/derived_coverage.ts';
import { actions } from '../../../state/store.ts';
import { useAppState, useAppStore } from '../../use_app_state.ts';
import { centresNear } from '../options.ts';
import { AddCentre } from './AddCentre.tsx';
import { CentreItem } from './CentreItem.tsx';
import { CloseExisting } from './CloseExisting.tsx';
import { ScenarioFile } from './ScenarioFile.tsx';

/** The "what if" part: add, move and remove hypothetical centres, simulate closures, save and load. */
export function ScenarioEditor() {
  const store = useAppStore();
  const data = useAppState((s) => s.data);
  const scenario = useAppState((s) => s.scenario);
  const closures = useAppState(selectScenarioClosures);
  const placing = useAppState((s) => s.placingCentre);
  const moving = useAppState((s) => s.movingCentre);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const near = data ? centresNear(scenario.added, data.communes) : [];
  const movingName = scenario.added.find((a) => a.id === moving)?.nom ?? '';
  useEffect(() => {
    if (placing === null && moving === null) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        actions.armPlacing(store, null);
        actions.armMoving(store, null);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [placing, moving, store]);
  const say = (text: string, error = false) => setMessage({ text, error });
  return (
    <section class="scenario" aria-labelledby="scenario-titre">
      <h3 id="scenario-titre">{txt.coverage.scenarioHeading}</h3>
      <p class="aide">{txt.coverage.scenarioIntro}</p>
      <AddCentre onMessage={say} />
      {placing || moving ? (
        <p class="consigne">
          {placing ? txt.coverage.placing : txt.coverage.moving(movingName)}{' '}
          <button
            type="button"
            class="lien"
            onClick={() => {
              actions.armPlacing(store, null);
              actions.armMoving(store, null);
            }}
          >
            {txt.coverage.cancel}
          </button>
        </p>
      ) : null}
      <CloseExisting />
      <h4>{txt.coverage.yourScenario}</h4>
      {scenario.added.length === 0 && closures.length === 0 ? (
        <p class="discret">{txt.coverage.emptyScenario}</p>
      ) : (
        <ul class="liste-simple centres" data-testid="scenario-liste">
          {scenario.added.map((a, i) => (
            <CentreItem key={a.id} id={a.id} nom={a.nom} near={near[i] ?? ''} />
          ))}
          {closures.map(({ id, nom }) => (
            <li key={id} class="centre" data-ferme={id}>
              <span>{txt.coverage.closedItem(nom)}</span>
              <span class="actions">
                <button
                  type="button"
                  class="lien"
                  aria-label={txt.coverage.reopenLabel(nom)}
                  onClick={() => actions.setPlaceClosed(store, id, false)}
                >
                  {txt.coverage.reopen}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <div class="actions">
        {scenario.added.length > 0 || scenario.closed.length > 0 ? (
          <button type="button" class="bouton" onClick={() => actions.resetScenario(store)}>
            {txt.coverage.reset}
          </button>
        ) : null}
      </div>
      <ScenarioFile onMessage={say} />
      <p class={message && !message.error ? 'message' : 'vide'} role="status" data-testid="scenario-message">
        {message && !message.error ? message.text : ''}
      </p>
      <p class={message?.error ? 'message erreur' : 'vide'} role="alert" data-testid="scenario-erreur">
        {message?.error ? message.text : ''}
      </p>
    </section>
  );
}
