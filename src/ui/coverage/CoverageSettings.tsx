import { useEffect, useState } from 'preact/hooks';
import { txt } from '../../i18n/strings.ts';
import { actions } from '../../state/store.ts';
import { KindGroupChecks } from '../KindGroupChecks.tsx';
import { useAppState, useAppStore } from '../use_app_state.ts';
import { formatThreshold, parseThreshold } from './format_coverage.ts';

const PRESETS = [2, 5, 10];

function ThresholdField() {
  const store = useAppStore();
  const threshold = useAppState((s) => s.thresholdKm);
  const [text, setText] = useState(String(threshold).replace('.', ','));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    // follow changes made elsewhere (radio buttons, scenario file), unless the person is typing an invalid value
    setText((prev) => (parseThreshold(prev) === threshold ? prev : String(threshold).replace('.', ',')));
    setInvalid(false);
  }, [threshold]);
  return (
    <fieldset class="seuil">
      <legend>{txt.coverage.threshold}</legend>
      <div class="seuils">
        {PRESETS.map((km) => (
          <label key={km} class="option">
            <input
              type="radio"
              name="seuil"
              value={km}
              checked={threshold === km}
              onChange={() => actions.setThreshold(store, km)}
            />
            {formatThreshold(km)}
          </label>
        ))}
      </div>
      <label class="etiquette" for="seuil-autre">
        {txt.coverage.thresholdOther}
      </label>
      <input
        id="seuil-autre"
        class="champ-court"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        aria-invalid={invalid}
        aria-describedby={invalid ? 'seuil-erreur' : undefined}
        onInput={(e) => {
          const raw = e.currentTarget.value;
          setText(raw);
          const km = parseThreshold(raw);
          setInvalid(km === null);
          if (km !== null && km !== store.getState().thresholdKm) actions.setThreshold(store, km);
        }}
      />
      {invalid ? (
        <p id="seuil-erreur" class="erreur">
          {txt.coverage.thresholdInvalid}
        </p>
      ) : null}
    </fieldset>
  );
}

function KindsField() {
  const store = useAppStore();
  const groups = useAppState((s) => s.coverageGroups);
  const includePlanned = useAppState((s) => s.coveragePlanned);
  const scope = useAppState((s) => s.coverageScope);
  return (
    <fieldset>
      <legend>{txt.coverage.kinds}</legend>
      <KindGroupChecks
        name="couverture-type"
        selected={groups}
        onChange={(next) => actions.setCoverageGroups(store, next)}
      />
      <label class="option">
        <input
          type="checkbox"
          name="couverture-prevus"
          checked={includePlanned}
          onChange={(e) => actions.setCoveragePlanned(store, e.currentTarget.checked)}
        />
        {txt.coverage.includePlanned}
      </label>
      <label class="option">
        <input
          type="checkbox"
          name="couverture-etendue"
          checked={scope === 'all'}
          onChange={(e) => actions.setCoverageScope(store, e.currentTarget.checked ? 'all' : 'bassin')}
        />
        {txt.coverage.scopeAll}
      </label>
      {groups.length === 0 ? <p class="avertissement">{txt.coverage.noKind}</p> : null}
    </fieldset>
  );
}

/** Threshold, kinds of places and extent of the choropleth. */
export function CoverageSettings() {
  return (
    <details class="reglages" open>
      <summary>
        <h3>{txt.coverage.settings}</h3>
      </summary>
      <ThresholdField />
      <KindsField />
    </details>
  );
}
