import { useEffect, useState } from 'preact/hooks';
import { isHypothetical } from '../../domain/apply_scenario.ts';
import { matchesPlaceFilter } from '../../domain/match_place_filter.ts';
import { parseScenarioFile, scenarioToFile } from '../../domain/parse_scenario_file.ts';
import { lang, txt } from '../../i18n/strings.ts';
import { type KindGroup, kindGroupOf } from '../../schema.ts';
import { selectCoverageSummaries } from '../../state/derived_coverage.ts';
import { actions } from '../../state/store.ts';
import { useAppState, useAppStore } from '../use_app_state.ts';
import { defaultGroup } from './CoverageTables.tsx';
import { downloadText } from './download.ts';
import { exportFileName } from './format_coverage.ts';
import { centresNear, locate, type SortedData, sortedData } from './options.ts';

/** A select of places where a centre can go: farthest communes and cités first, then every commune and cité. */
function LocationSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange: (v: string) => void;
}) {
  const data = useAppState((s) => s.data);
  const summaries = useAppState(selectCoverageSummaries);
  const scope = useAppState((s) => s.coverageScope);
  if (!data) return null;
  const sorted: SortedData = sortedData(data);
  const communes = scope === 'all' ? sorted.communesAll : sorted.communesBassin;
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
      {summaries && summaries.territory.farthest.length > 0 ? (
        <optgroup label={txt.coverage.addWhereFarthest}>
          {summaries.territory.farthest.map((c) => (
            <option key={c.insee} value={`commune:${c.insee}`}>
              {c.nom} ({c.insee})
            </option>
          ))}
        </optgroup>
      ) : null}
      {summaries && summaries.territory.citesBeyond.length > 0 ? (
        <optgroup label={txt.coverage.addWhereCitesBeyond}>
          {summaries.territory.citesBeyond.slice(0, 20).map((c) => (
            <option key={c.id} value={`cite:${c.id}`}>
              {c.nom} — {c.commune}
            </option>
          ))}
        </optgroup>
      ) : null}
      <optgroup label={txt.coverage.addWhereCommunes}>
        {communes.map((c) => (
          <option key={c.insee} value={`commune:${c.insee}`}>
            {c.nom} ({c.insee})
          </option>
        ))}
      </optgroup>
      <optgroup label={txt.coverage.addWhereCites}>
        {sorted.cites.map((c) => (
          <option key={c.id} value={`cite:${c.id}`}>
            {c.nom} — {c.commune}
          </option>
        ))}
      </optgroup>
    </select>
  );
}

/** The first location offered: the farthest commune of the territory, else the first commune. */
function useDefaultLocation(): string {
  const summaries = useAppState(selectCoverageSummaries);
  const data = useAppState((s) => s.data);
  const first = summaries?.territory.farthest[0];
  if (first) return `commune:${first.insee}`;
  const c = data ? sortedData(data).communesBassin[0] : undefined;
  return c ? `commune:${c.insee}` : '';
}

function AddCentre({ onMessage }: { onMessage: (text: string) => void }) {
  const store = useAppStore();
  const data = useAppState((s) => s.data);
  const groups = useAppState((s) => s.coverageGroups);
  const placing = useAppState((s) => s.placingCentre);
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
            <button
              type="button"
              class="bouton"
              aria-pressed={placing !== null}
              onClick={() => actions.armPlacing(store, placing ? null : chosenGroup)}
            >
              {txt.coverage.placeOnMap}
            </button>
          </div>
        </>
      )}
    </fieldset>
  );
}

function CentreItem({ id, nom, near }: { id: string; nom: string; near: string }) {
  const store = useAppStore();
  const moving = useAppState((s) => s.movingCentre === id);
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
            <button
              type="button"
              class="bouton"
              aria-pressed={moving}
              onClick={() => actions.armMoving(store, moving ? null : id)}
            >
              {txt.coverage.moveOnMap}
            </button>
          </div>
        </div>
      ) : null}
    </li>
  );
}

function CloseExisting() {
  const store = useAppStore();
  const data = useAppState((s) => s.data);
  const groups = useAppState((s) => s.coverageGroups);
  const includePlanned = useAppState((s) => s.coveragePlanned);
  const closed = useAppState((s) => s.scenario.closed);
  const [chosen, setChosen] = useState('');
  if (!data) return null;
  const filter = { groups, includePlanned, includeUnknown: true };
  const open = data.lieux.filter((l) => matchesPlaceFilter(l, filter) && !closed.includes(l.id));
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

function ScenarioFile({ onMessage }: { onMessage: (text: string, error?: boolean) => void }) {
  const store = useAppStore();
  return (
    <div class="actions fichier-scenario">
      <button
        type="button"
        class="bouton"
        onClick={() => {
          const s = store.getState();
          const text = scenarioToFile(
            {
              scenario: s.scenario,
              thresholdKm: s.thresholdKm,
              coverageGroups: [...s.coverageGroups],
              territory: s.territory,
            },
            new Date(),
          );
          downloadText(exportFileName(s.territory, s.thresholdKm, 'scenario.json'), text, 'application/json');
        }}
      >
        {txt.coverage.save}
      </button>
      <label class="bouton fichier">
        {txt.coverage.load}
        <input
          type="file"
          accept=".json,application/json"
          class="sr-only"
          onChange={async (e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (!file) return;
            const ids = new Set(store.getState().data?.lieux.map((l) => l.id) ?? []);
            const parsed = parseScenarioFile(await file.text(), ids, lang);
            if (!parsed.ok) {
              onMessage(txt.coverage.loadError(parsed.message), true);
              return;
            }
            actions.loadScenario(store, parsed.content);
            const { added, closed } = parsed.content.scenario;
            onMessage([txt.coverage.loaded(added.length, closed.length), ...parsed.warnings].join(' '));
          }}
        />
      </label>
    </div>
  );
}

/** The "what if" part: add, move and remove hypothetical centres, simulate closures, save and load. */
export function ScenarioEditor() {
  const store = useAppStore();
  const data = useAppState((s) => s.data);
  const scenario = useAppState((s) => s.scenario);
  const placing = useAppState((s) => s.placingCentre);
  const moving = useAppState((s) => s.movingCentre);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const near = data ? centresNear(scenario.added, data.communes) : [];
  const lieuName = (id: string) => data?.lieux.find((l) => l.id === id)?.nom ?? id;
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
  const closedReal = scenario.closed.filter((id) => !isHypothetical({ id }));
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
      {scenario.added.length === 0 && closedReal.length === 0 ? (
        <p class="discret">{txt.coverage.emptyScenario}</p>
      ) : (
        <ul class="liste-simple centres" data-testid="scenario-liste">
          {scenario.added.map((a, i) => (
            <CentreItem key={a.id} id={a.id} nom={a.nom} near={near[i] ?? ''} />
          ))}
          {closedReal.map((id) => (
            <li key={id} class="centre" data-ferme={id}>
              <span>{txt.coverage.closedItem(lieuName(id))}</span>
              <span class="actions">
                <button
                  type="button"
                  class="lien"
                  aria-label={txt.coverage.reopenLabel(lieuName(id))}
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
