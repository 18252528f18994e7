import { useState } from 'preact/hooks';
import { txt } from '../../../i18n/strings.ts';
import { selectMapClickable } from '../../../state/derived.ts';
import { sortedData } from '../../../state/sorted_data.ts';
import { actions } from '../../../state/store.ts';
import { useAppState, useAppStore } from '../../use_app_state.ts';
import { locate } from '../options.ts';
import { LocationSelect, useDefaultLocation } from './LocationSelect.tsx';

/** One hypothetical centre of the scenario: its name and commune, move it (list or map) or remove it. */
export function CentreItem({ id, nom, near }: { id: string; nom: string; near: string }) {
  const store = useAppStore();
  const moving = useAppState((s) => s.movingCentre === id);
  const mapClickable = useAppState(selectMapClickable);
  const data = useAppState((s) => s.data);
  const fallback = useDefaultLocation();
  const [open, setOpen] = useState(false);
  const [where, setWhere] = useState('');
  const selectId = `deplacer-${id}`;
  return (
    <li class="centre" data-centre={id}>
      <span>
        <strong>{nom}</strong> <span class="discret">{near ? txt.coverage.near(near) : ''}</span>
      </span>
      <span class="actions">
        <button
          type="button"
          class="lien"
          aria-expanded={open}
          aria-label={txt.coverage.moveLabel(nom)}
          onClick={() => setOpen(!open)}
        >
          {txt.coverage.move}
        </button>
        <button
          type="button"
          class="lien"
          aria-label={txt.coverage.removeLabel(nom)}
          onClick={() => actions.removeCentre(store, id)}
        >
          {txt.coverage.remove}
        </button>
      </span>
      {open ? (
        <div class="deplacer">
          <label class="etiquette" for={selectId}>
            {txt.coverage.moveTo}
          </label>
          <LocationSelect id={selectId} value={where || fallback} onChange={setWhere} />
          <div class="actions">
            <button
              type="button"
              class="bouton"
              onClick={() => {
                const at = data ? locate(where || fallback, sortedData(data)) : null;
                if (at) actions.moveCentre(store, id, at);
                setOpen(false);
              }}
            >
              {txt.coverage.moveHere}
            </button>
            {mapClickable ? (
              <button
                type="button"
                class="bouton"
                aria-pressed={moving}
                onClick={() => actions.armMoving(store, moving ? null : id)}
              >
                {txt.coverage.moveOnMap}
              </button>
            ) : null}
          </div>
        </div>
      ) : null}
    </li>
  );
}
