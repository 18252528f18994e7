import { useState } from 'preact/hooks';
import { txt } from '../../../i18n/strings.ts';
import { kindGroupOf } from '../../../schema.ts';
import { selectClosablePlaces } from '../../../state/derived_coverage.ts';
import { actions } from '../../../state/store.ts';
import { useAppState, useAppStore } from '../../use_app_state.ts';

/** Simulates the closure of an existing place counted in the coverage. */
export function CloseExisting() {
  const store = useAppStore();
  const hasData = useAppState((s) => s.data !== null);
  const open = useAppState(selectClosablePlaces);
  const [chosen, setChosen] = useState('');
  if (!hasData) return null;
  const value = open.some((l) => l.id === chosen) ? chosen : (open[0]?.id ?? '');
  return (
    <fieldset>
      <legend>{txt.coverage.closeLegend}</legend>
      {open.length === 0 ? (
        <p>{txt.coverage.closeNone}</p>
      ) : (
        <>
          <label class="etiquette" for="fermeture-lieu">
            {txt.coverage.closePlace}
          </label>
          <select id="fermeture-lieu" value={value} onChange={(e) => setChosen(e.currentTarget.value)}>
            {open.map((l) => (
              <option key={l.id} value={l.id}>
                {l.nom} ({l.commune}) — {txt.groups[kindGroupOf(l.kind)]}
              </option>
            ))}
          </select>
          <div class="actions">
            <button
              type="button"
              class="bouton"
              onClick={() => value && actions.setPlaceClosed(store, value, true)}
            >
              {txt.coverage.closeButton}
            </button>
          </div>
        </>
      )}
    </fieldset>
  );
}
