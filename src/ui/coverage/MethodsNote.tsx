import { txt } from '../../i18n/strings.ts';
import { selectCellSummaries, selectLowIncomeLine } from '../../state/derived_cells.ts';
import { selectBasinDefinitions } from '../../state/derived_coverage.ts';
import { formatInt, formatPopulation } from '../format.ts';
import { useAppState } from '../use_app_state.ts';

/** "17 230 €" / "€17,230": a yearly amount per person. */
const formatEuros = (eur: number): string => txt.coverage.euros(formatInt(eur));

/**
 * What the figures mean, next to them (and in print): the two methods, the low-income line with its value and
 * its caveats, INSEE's estimated cells, the two "bassin", the grid's credit.
 */
export function MethodsNote() {
  const line = useAppState(selectLowIncomeLine);
  const cells = useAppState(selectCellSummaries);
  const basins = useAppState(selectBasinDefinitions);
  return (
    <div class="methodes" data-testid="methodes">
      <h3>{txt.coverage.methodsHeading}</h3>
      <ul class="liste-simple">
        <li>{txt.coverage.methodCellsNote}</li>
        <li>{txt.coverage.methodCommunesNote}</li>
        {line !== null ? (
          <li data-testid="ligne-revenus-modestes">{txt.coverage.lowIncomeNote(formatEuros(line))}</li>
        ) : null}
        {cells ? (
          <li>{txt.coverage.imputedNote(formatPopulation(cells.territory.populationImputed))}</li>
        ) : null}
        {basins ? (
          <li>
            {txt.coverage.definitionPerimetre(formatInt(basins.perimetre))}{' '}
            {txt.coverage.definitionIntercommunalites(
              formatInt(basins.intercommunalites),
              formatInt(basins.outsidePerimetre),
              formatInt(basins.insideNotCounted),
            )}
          </li>
        ) : null}
        <li>{txt.coverage.cellsSource}</li>
      </ul>
    </div>
  );
}
