import { useEffect } from 'preact/hooks';
import { txt } from '../../i18n/strings.ts';
import { ensureCells } from '../../state/ensure_cells.ts';
import { useAppStore } from '../use_app_state.ts';
import './coverage.css';
import { CoverageExports } from './CoverageExports.tsx';
import { CoverageLegend } from './CoverageLegend.tsx';
import { CoverageSettings } from './CoverageSettings.tsx';
import { CitesTable, FarthestTable } from './CoverageTables.tsx';
import { DataLimits } from './DataLimits.tsx';
import { KeyFigures } from './KeyFigures.tsx';
import { MethodsNote } from './MethodsNote.tsx';
import { PrintHeader, PrintMap, PrintSources } from './PrintProfile.tsx';
import { ScenarioEditor } from './scenario/ScenarioEditor.tsx';
import { TerritoryPicker } from './TerritoryPicker.tsx';

export { CommuneDistanceRow } from './CommuneDistanceRow.tsx';

/**
 * Coverage mode: where people are far from care, how many they are, and what a new or
 * closed centre would change. All figures come from the memoized selectors of src/state/derived_coverage.ts
 * (commune points) and src/state/derived_cells.ts (the 200 m population grid, read when this panel opens);
 * every action goes through the store (the map follows it).
 */
export function CoverageMain() {
  const store = useAppStore();
  useEffect(() => {
    void ensureCells(store);
  }, [store]);
  return (
    <section id="couverture" class="bloc couverture" aria-labelledby="couverture-titre" tabIndex={-1}>
      <h2 id="couverture-titre">{txt.coverage.heading}</h2>
      <PrintHeader />
      <p class="aide">{txt.coverage.intro}</p>
      <div class="ecran">
        <CoverageSettings />
      </div>
      <div class="ecran">
        <TerritoryPicker />
      </div>
      <KeyFigures />
      <MethodsNote />
      <DataLimits />
      <CoverageLegend />
      <PrintMap />
      <FarthestTable />
      <CitesTable />
      <div class="ecran">
        <ScenarioEditor />
      </div>
      <CoverageExports />
      <PrintSources />
    </section>
  );
}
