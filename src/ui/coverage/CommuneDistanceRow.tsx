import { txt } from '../../i18n/strings.ts';
import { selectCoverage } from '../../state/derived_coverage.ts';
import { formatKm } from '../format.ts';
import { Row } from '../Row.tsx';
import { useAppState } from '../use_app_state.ts';

/** In coverage mode, the details line of a commune: distance to the nearest counted care place. */
export function CommuneDistanceRow({ insee }: { insee: string }) {
  const coverage = useAppState(selectCoverage);
  const cov = coverage?.communes.find((c) => c.insee === insee);
  if (!cov) return null;
  return (
    <Row label={txt.details.distanceToCare}>
      {cov.distanceKm === null ? '—' : `${formatKm(cov.distanceKm, cov.approximate)} (${cov.nearestNom})`}
    </Row>
  );
}
