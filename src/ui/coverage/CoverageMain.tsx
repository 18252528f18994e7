import { txt } from '../../i18n/strings.ts';
import './coverage.css';
import { CoverageExports } from './CoverageExports.tsx';
import { CoverageSettings, TerritoryPicker } from './CoverageSettings.tsx';
import { CitesTable, CoverageLegend, FarthestTable } from './CoverageTables.tsx';
import { DataLimits, KeyFigures } from './KeyFigures.tsx';
import { PrintHeader, PrintMap, PrintSources } from './PrintProfile.tsx';
import { ScenarioEditor } from './scenario/ScenarioEditor.tsx';

export { CommuneDistanceRow } from './CommuneDistanceRow.tsx';

/**
 * Coverage mode: where people are far from care, how many they are, and what a new or
 * closed centre would change. All figures come from the memoized selectors of src/state/derived.ts;
 * every action goes through the store (the map follows it).
 */
export function CoverageMain() {
  return (
    <section class="bloc couverture" aria-labelledby="couverture-titre">
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
