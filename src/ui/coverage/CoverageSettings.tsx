import { useEffect, useState } from 'preact/hooks';
import { txt } from '../../i18n/strings.ts';
import { actions } from '../../state/store.ts';
import { KindGroupChecks } from '../KindGroupChecks.tsx';
import { useAppState, useAppStore } from '../use_app_state.ts';
import { formatThreshold, parseThreshold } from './format_coverage.ts';
import { sortedData } from './options.ts';

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

/** The territory the figures are about: the basin, 59/62, an EPCI (CLS) or a commune. */
export function TerritoryPicker() {
  const store = useAppStore();
  const data = useAppState((s) => s.data);
  const territory = useAppState((s) => s.territory);
  const sorted = data ? sortedData(data) : null;
  const value =
    territory.type === 'epci'
      ? `epci:${territory.siren}`
      : territory.type === 'commune'
        ? 'commune'
        : territory.type === 'all'
          ? 'tout'
          : 'bassin';
  return (
    <fieldset class="territoire">
      <legend>{txt.coverage.territory}</legend>
      <label class="etiquette" for="territoire">
        {txt.coverage.territory}
      </label>
      <select
        id="territoire"
        value={value}
        onChange={(e) => {
          const v = e.currentTarget.value;
          if (v === 'bassin') actions.setTerritory(store, { type: 'bassin' });
          else if (v === 'tout') actions.setTerritory(store, { type: 'all' });
          else if (v.startsWith('epci:')) actions.setTerritory(store, { type: 'epci', siren: v.slice(5) });
          else document.getElementById('territoire-commune')?.focus();
        }}
      >
        <option value="bassin">{txt.coverage.territoryBassin}</option>
        <option value="tout">{txt.coverage.territoryAll}</option>
        {sorted ? (
          <>
            <optgroup label={txt.coverage.territoryEpciBassin}>
              {sorted.epciBassin.map((e) => (
                <option key={e.siren} value={`epci:${e.siren}`}>
                  {e.nom}
                </option>
              ))}
            </optgroup>
            <optgroup label={txt.coverage.territoryEpciOther}>
              {sorted.epciOther.map((e) => (
                <option key={e.siren} value={`epci:${e.siren}`}>
                  {e.nom}
                </option>
              ))}
            </optgroup>
          </>
        ) : null}
        <option value="commune">{txt.coverage.territoryCommuneChoice}</option>
      </select>
      <label class="etiquette" for="territoire-commune">
        {txt.coverage.territoryCommune}
      </label>
      <select
        id="territoire-commune"
        value={territory.type === 'commune' ? territory.insee : ''}
        onChange={(e) => {
          const insee = e.currentTarget.value;
          if (insee) actions.setTerritory(store, { type: 'commune', insee });
        }}
      >
        <option value="">{txt.coverage.territoryCommunePlaceholder}</option>
        {sorted?.communesAll.map((c) => (
          <option key={c.insee} value={c.insee}>
            {c.nom} ({c.insee})
          </option>
        ))}
      </select>
    </fieldset>
  );
}
