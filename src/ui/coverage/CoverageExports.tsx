import { cellsToCsv } from '../../domain/export_cells.ts';
import {
  type CoverageExportExtras,
  CSV_FORMATS,
  coverageToCsv,
  coverageToGeoJson,
} from '../../domain/export_coverage.ts';
import { lang, txt } from '../../i18n/strings.ts';
import { selectLieux } from '../../state/derived.ts';
import {
  selectCellCoverage,
  selectCellCoverageWithoutUnknown,
  selectCellGrid,
  selectCitePeople,
  selectCitePeopleWithoutUnknown,
  selectCommuneCellFigures,
  selectCommuneCellFiguresWithoutUnknown,
  selectLowIncomeLine,
  selectTerritoryCells,
} from '../../state/derived_cells.ts';
import {
  selectCoverage,
  selectCoverageWithoutUnknown,
  selectScenarioWords,
} from '../../state/derived_coverage.ts';
import type { AppState } from '../../state/store.ts';
import { useAppState, useAppStore } from '../use_app_state.ts';
import { downloadText } from './download.ts';
import { exportFileName, scenarioText } from './format_coverage.ts';

type ExportKind = 'csv' | 'geojson' | 'cells';

/** The French interface writes CSV for French spreadsheets (`;`, decimal comma); the English one with commas. */
const csvFormat = () => (lang === 'fr' ? CSV_FORMATS.fr : CSV_FORMATS.intl);

/** The figures with the places of unknown status left out, for the exports' sensitivity columns. */
function withoutUnknownOf(s: AppState): CoverageExportExtras['withoutUnknown'] {
  const coverage = selectCoverageWithoutUnknown(s);
  return coverage
    ? {
        coverage,
        communeCells: selectCommuneCellFiguresWithoutUnknown(s),
        citeCells: selectCitePeopleWithoutUnknown(s),
      }
    : null;
}

/** Saves one export of the current state (the figures the panel shows, scenario included). */
function exportState(s: AppState, kind: ExportKind): void {
  const coverage = selectCoverage(s);
  if (!s.data || !coverage) return;
  const words = selectScenarioWords(s);
  const scenario = scenarioText(words);
  const name = (what: 'couverture' | 'carreaux', ext: string) =>
    exportFileName(s.territory, s.thresholdKm, ext, { what, scenario: words !== null });
  const extras: CoverageExportExtras = {
    communeCells: selectCommuneCellFigures(s),
    citeCells: selectCitePeople(s),
    lowIncome: selectLowIncomeLine(s) !== null,
    withoutUnknown: withoutUnknownOf(s),
    scenario,
  };
  if (kind === 'csv') {
    const csv = coverageToCsv(coverage, s.territory, s.thresholdKm, s.data.communes, {
      format: csvFormat(),
      extras,
    });
    downloadText(name('couverture', 'csv'), csv, 'text/csv;charset=utf-8');
  } else if (kind === 'geojson') {
    const positions = { communes: s.data.communes, cites: s.data.cites };
    const fc = coverageToGeoJson(coverage, s.territory, s.thresholdKm, positions, extras);
    downloadText(name('couverture', 'geojson'), `${JSON.stringify(fc)}\n`, 'application/geo+json');
  } else {
    const grid = selectCellGrid(s);
    const cells = selectCellCoverage(s);
    const selection = selectTerritoryCells(s);
    if (!grid || !cells || !selection) return;
    const line = selectLowIncomeLine(s);
    const csv = cellsToCsv(
      grid,
      cells,
      selection,
      s.thresholdKm,
      line,
      selectLieux(s),
      csvFormat(),
      scenario,
      selectCellCoverageWithoutUnknown(s),
    );
    downloadText(name('carreaux', 'csv'), csv, 'text/csv;charset=utf-8');
  }
}

/** CSV and GeoJSON of the per-commune and per-cité results, the territory's cells, and the printable profile. */
export function CoverageExports() {
  const store = useAppStore();
  const cellsReady = useAppState((s) => s.cells.status === 'ready');
  const exportAs = (kind: ExportKind) => exportState(store.getState(), kind);
  return (
    <section class="exports ecran" aria-labelledby="exports-titre">
      <h3 id="exports-titre">{txt.coverage.exportHeading}</h3>
      <div class="actions">
        <button type="button" class="bouton" onClick={() => exportAs('csv')}>
          {txt.coverage.exportCsv}
        </button>
        <button type="button" class="bouton" onClick={() => exportAs('geojson')}>
          {txt.coverage.exportGeoJson}
        </button>
        <button type="button" class="bouton" disabled={!cellsReady} onClick={() => exportAs('cells')}>
          {txt.coverage.exportCells}
        </button>
        <button type="button" class="bouton" onClick={() => window.print()}>
          {txt.coverage.print}
        </button>
      </div>
      <p class="aide">{txt.coverage.exportCsvHint}</p>
      <p class="aide">{txt.coverage.shareHint}</p>
    </section>
  );
}
