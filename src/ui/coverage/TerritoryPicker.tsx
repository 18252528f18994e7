import { txt } from '../../i18n/strings.ts';
import { selectBasinDefinitions } from '../../state/derived_coverage.ts';
import { sortedData } from '../../state/sorted_data.ts';
import { actions } from '../../state/store.ts';
import { formatInt } from '../format.ts';
import { useAppState, useAppStore } from '../use_app_state.ts';

/** The value of the territory select for a territory. */
function optionOf(territory: ReturnType<typeof useTerritory>): string {
  switch (territory.type) {
    case 'epci':
      return `epci:${territory.siren}`;
    case 'commune':
      return 'commune';
    case 'all':
      return 'tout';
    case 'bassin':
      return 'intercommunalites';
    case 'perimetre':
      return 'perimetre';
  }
}

const useTerritory = () => useAppState((s) => s.territory);

/** What each "bassin" is, with the counts of the data, under the select (when one of them is chosen). */
function BasinDefinition() {
  const territory = useTerritory();
  const counts = useAppState(selectBasinDefinitions);
  if (!counts || (territory.type !== 'perimetre' && territory.type !== 'bassin')) return null;
  return (
    <p class="aide" data-testid="definition-territoire">
      {territory.type === 'perimetre'
        ? txt.coverage.definitionPerimetre(formatInt(counts.perimetre))
        : txt.coverage.definitionIntercommunalites(
            formatInt(counts.intercommunalites),
            formatInt(counts.outsidePerimetre),
            formatInt(counts.insideNotCounted),
          )}
    </p>
  );
}

/**
 * The territory the figures are about: « le bassin minier » (the drawn perimeter), « les intercommunalités du
 * bassin » (the 330 communes of its EPCI), 59/62, an EPCI (CLS) or a commune.
 */
export function TerritoryPicker() {
  const store = useAppStore();
  const data = useAppState((s) => s.data);
  const territory = useTerritory();
  const sorted = data ? sortedData(data) : null;
  return (
    <fieldset class="territoire">
      <legend>{txt.coverage.territory}</legend>
      <label class="etiquette" for="territoire">
        {txt.coverage.territory}
      </label>
      <select
        id="territoire"
        value={optionOf(territory)}
        aria-describedby={
          territory.type === 'perimetre' || territory.type === 'bassin' ? 'definition-territoire' : undefined
        }
        onChange={(e) => {
          const v = e.currentTarget.value;
          if (v === 'perimetre') actions.setTerritory(store, { type: 'perimetre' });
          else if (v === 'intercommunalites') actions.setTerritory(store, { type: 'bassin' });
          else if (v === 'tout') actions.setTerritory(store, { type: 'all' });
          else if (v.startsWith('epci:')) actions.setTerritory(store, { type: 'epci', siren: v.slice(5) });
          else document.getElementById('territoire-commune')?.focus();
        }}
      >
        <option value="perimetre">{txt.coverage.territoryPerimetre}</option>
        <option value="intercommunalites">{txt.coverage.territoryIntercommunalites}</option>
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
      <div id="definition-territoire">
        <BasinDefinition />
      </div>
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
