import { useState } from 'preact/hooks';
import { txt } from '../../../i18n/strings.ts';
import type { KindGroup } from '../../../schema.ts';
import { selectMapClickable } from '../../../state/derived.ts';
import { sortedData } from '../../../state/sorted_data.ts';
import { actions } from '../../../state/store.ts';
import { useAppState, useAppStore } from '../../use_app_state.ts';
import { defaultGroup } from '../CoverageTables.tsx';
import { locate } from '../options.ts';
import { LocationSelect, useDefaultLocation } from './LocationSelect.tsx';

/** Adds a hypothetical centre of a chosen kind at a chosen commune or cité, or where the map is clicked next. */
export function AddCentre({ onMessage }: { onMessage: (text: string) => void }) {
  const store = useAppStore();
  const data = useAppState((s) => s.data);
  const groups = useAppState((s) => s.coverageGroups);
  const placing = useAppState((s) => s.placingCentre);
  const mapClickable = useAppState(selectMapClickable);
  const fallback = useDefaultLocation();
  const [where, setWhere] = useState('');
  const [group, setGroup] = useState<KindGroup | ''>('');
  const chosenGroup: KindGroup | null =
    group && groups.includes(group) ? group : groups.length ? defaultGroup(groups) : null;
  const location = where || fallback;
  return (
    <fieldset>
      <legend>{txt.coverage.addLegend}</legend>
      {chosenGroup === null ? (
        <p class="avertissement">{txt.coverage.noKindToAdd}</p>
      ) : (
        <>
          <label class="etiquette" for="ajout-type">
            {txt.coverage.addKind}
          </label>
          <select
            id="ajout-type"
            value={chosenGroup}
            onChange={(e) => setGroup(e.currentTarget.value as KindGroup)}
          >
            {groups.map((g) => (
              <option key={g} value={g}>
                {txt.groups[g]}
              </option>
            ))}
          </select>
          <label class="etiquette" for="ajout-emplacement">
            {txt.coverage.addWhere}
          </label>
          <LocationSelect id="ajout-emplacement" value={location} onChange={setWhere} />
          <div class="actions">
            <button
              type="button"
              class="bouton"
              onClick={() => {
                const at = data ? locate(location, sortedData(data)) : null;
                if (!at) return;
                const id = actions.addCentre(store, at, chosenGroup);
                const added = store.getState().scenario.added.find((a) => a.id === id);
                if (added) onMessage(txt.coverage.added(added.nom, at.label));
              }}
            >
              {txt.coverage.addButton}
            </button>
            {mapClickable ? (
              <button
                type="button"
                class="bouton"
                aria-pressed={placing !== null}
                onClick={() => actions.armPlacing(store, placing ? null : chosenGroup)}
              >
                {txt.coverage.placeOnMap}
              </button>
            ) : null}
          </div>
        </>
      )}
    </fieldset>
  );
}
