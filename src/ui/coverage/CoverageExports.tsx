import { coverageToCsv, coverageToGeoJson } from '../../domain/export_coverage.ts';
import { txt } from '../../i18n/strings.ts';
import { selectCoverage } from '../../state/derived_coverage.ts';
import { useAppStore } from '../use_app_state.ts';
import { downloadText } from './download.ts';
import { exportFileName } from './format_coverage.ts';

/** CSV and GeoJSON of the per-commune and per-cité results, and the printable profile. */
export function CoverageExports() {
  const store = useAppStore();
  const exportAs = (kind: 'csv' | 'geojson') => {
    const s = store.getState();
    const coverage = selectCoverage(s);
    if (!s.data || !coverage) return;
    if (kind === 'csv') {
      downloadText(
        exportFileName(s.territory, s.thresholdKm, 'csv'),
        coverageToCsv(coverage, s.territory, s.thresholdKm, s.data.communes),
        'text/csv;charset=utf-8',
      );
    } else {
      const fc = coverageToGeoJson(coverage, s.territory, s.thresholdKm, {
        communes: s.data.communes,
        cites: s.data.cites,
      });
      downloadText(
        exportFileName(s.territory, s.thresholdKm, 'geojson'),
        `${JSON.stringify(fc)}\n`,
        'application/geo+json',
      );
    }
  };
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
        <button type="button" class="bouton" onClick={() => window.print()}>
          {txt.coverage.print}
        </button>
      </div>
      <p class="aide">{txt.coverage.shareHint}</p>
    </section>
  );
}
