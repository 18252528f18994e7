import { txt } from '../../i18n/strings.ts';
import { selectInventoryLimits } from '../../state/derived_coverage.ts';
import { useAppState } from '../use_app_state.ts';

/** The data's limits, stated next to the figures. */
export function DataLimits() {
  const limits = useAppState(selectInventoryLimits);
  const vintage = useAppState((s) => s.data?.populationVintage ?? null);
  return (
    <div class="limites" data-testid="limites">
      <h3>{txt.coverage.limitsHeading}</h3>
      {limits.incomplete ? <p class="avertissement">{txt.coverage.limitsIncomplete}</p> : null}
      <ul class="liste-simple">
        <li>{txt.coverage.limitsPlaces(limits.counted, limits.total)}</li>
        {limits.countedCommunePrecision > 0 ? (
          <li>{txt.coverage.limitsCommune(limits.countedCommunePrecision, limits.counted)}</li>
        ) : null}
        {limits.countedUnknownStatus > 0 ? (
          <li>{txt.coverage.limitsUnknown(limits.countedUnknownStatus)}</li>
        ) : null}
        {vintage ? <li>{txt.coverage.limitsPopulation(vintage)}</li> : null}
        <li>{txt.coverage.limitsMethod}</li>
      </ul>
    </div>
  );
}
