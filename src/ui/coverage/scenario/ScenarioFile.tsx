import { parseScenarioFile, scenarioToFile } from '../../../domain/parse_scenario_file.ts';
import { lang, txt } from '../../../i18n/strings.ts';
import { actions } from '../../../state/store.ts';
import { useAppStore } from '../../use_app_state.ts';
import { downloadText } from '../download.ts';
import { exportFileName } from '../format_coverage.ts';

/** Saves the scenario (with its threshold, kinds and territory) to a JSON file, and loads one back. */
export function ScenarioFile({ onMessage }: { onMessage: (text: string, error?: boolean) => void }) {
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
