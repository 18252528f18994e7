import { txt } from '../../i18n/strings.ts';
import { selectCommuneCellFigures } from '../../state/derived_cells.ts';
import { selectCoverage } from '../../state/derived_coverage.ts';
import { formatInt, formatKm } from '../format.ts';
import { Row } from '../Row.tsx';
import { useAppState } from '../use_app_state.ts';
import { formatThreshold } from './format_coverage.ts';

/**
 * In coverage mode, the details lines of a commune: distance from its central point to the nearest counted care
 * place, its people beyond the threshold where they live (200 m cells), and which "bassin" it belongs to.
 */
export function CommuneDistanceRow({ insee }: { insee: string }) {
  const coverage = useAppState(selectCoverage);
  const cells = useAppState(selectCommuneCellFigures);
  const threshold = useAppState((s) => s.thresholdKm);
  const cov = coverage?.communes.find((c) => c.insee === insee);
  if (!cov) return null;
  const figures = cells?.get(insee);
  const basin = [
    cov.perimetre ? txt.coverage.detailsInPerimeter : txt.coverage.detailsOutsidePerimeter,
    ...(cov.bassin ? [txt.coverage.detailsInIntercommunalites] : []),
  ].join(' ; ');
  return (
    <>
      <Row label={txt.details.distanceToCare}>
        {cov.distanceKm === null ? '—' : `${formatKm(cov.distanceKm, cov.approximate)} (${cov.nearestNom})`}
      </Row>
      {figures ? (
        <Row label={txt.coverage.detailsBeyondCells(formatThreshold(threshold))}>
          {txt.coverage.detailsBeyondCellsValue(
            formatInt(figures.populationBeyond),
            formatInt(figures.population),
          )}
        </Row>
      ) : null}
      <Row label={txt.coverage.detailsBasin}>{basin}</Row>
    </>
  );
}
