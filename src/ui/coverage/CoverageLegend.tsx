import { NOT_LOW_INCOME_CLASS } from '../../domain/classify_cells.ts';
import { txt } from '../../i18n/strings.ts';
import { THEME } from '../../map/theme.ts';
import { selectCellClassCounts } from '../../state/derived_cells.ts';
import { selectClassCounts } from '../../state/derived_coverage.ts';
import { actions } from '../../state/store.ts';
import { formatInt, formatPopulation } from '../format.ts';
import { useAppState, useAppStore } from '../use_app_state.ts';
import { formatThreshold, territoryLabel } from './format_coverage.ts';

function Swatch({ colour }: { colour: string }) {
  return (
    <svg class="pastille" width="20" height="14" viewBox="0 0 20 14" aria-hidden="true" focusable="false">
      <rect x="0.5" y="0.5" width="19" height="13" fill={colour} stroke="#555555" />
    </svg>
  );
}

/** How the 200 m cells are coloured on the map: by distance, or only the low-income ones. */
function CellColouringChoice() {
  const store = useAppStore();
  const colouring = useAppState((s) => s.cellColouring);
  const option = (value: typeof colouring, label: string) => (
    <label class="option">
      <input
        type="radio"
        name="carreaux-couleur"
        value={value}
        checked={colouring === value}
        onChange={() => actions.setCellColouring(store, value)}
      />
      {label}
    </label>
  );
  return (
    <fieldset class="ecran couleur-carreaux">
      <legend>{txt.coverage.cellColouring}</legend>
      {option('distance', txt.coverage.cellColouringDistance)}
      {option('low_income', txt.coverage.cellColouringLowIncome)}
    </fieldset>
  );
}

/**
 * The map's distance classes, with how many communes of the chosen territory (and their people, commune-point
 * method) and how many of its people by cells fall in each; the grey class of the cells that are not low-income
 * when only those are coloured.
 */
export function CoverageLegend() {
  const threshold = useAppState((s) => s.thresholdKm);
  const counts = useAppState(selectClassCounts);
  const cellCounts = useAppState(selectCellClassCounts);
  const colouring = useAppState((s) => s.cellColouring);
  const territory = useAppState((s) => s.territory);
  const data = useAppState((s) => s.data);
  const t = formatThreshold(threshold);
  const half = formatThreshold(threshold / 2);
  const twice = formatThreshold(threshold * 2);
  const cellText = (i: number): string | null => {
    const c = cellCounts?.[i];
    return c ? txt.coverage.legendCellCount(formatPopulation(c.population)) : null;
  };
  return (
    <div class="legende-couverture">
      <h3 id="legende-couverture-titre">{txt.coverage.legendHeading(t)}</h3>
      <ul class="classes" aria-labelledby="legende-couverture-titre">
        {THEME.coverage.map((colour, i) => {
          const count = counts?.[i];
          const cells = cellText(i);
          return (
            <li key={colour} data-classe={i}>
              <Swatch colour={colour} />
              <span>{txt.coverage.legendClass(i, half, t, twice)}</span>
              {count ? (
                <span class="discret">
                  {' '}
                  — {txt.coverage.legendCount(formatInt(count.communes), formatPopulation(count.population))}
                  {cells ? ` · ${cells}` : ''}
                </span>
              ) : null}
            </li>
          );
        })}
        {colouring === 'low_income' ? (
          <li data-classe={NOT_LOW_INCOME_CLASS}>
            <Swatch colour={THEME.cellOther} />
            <span class="classe-nom">{txt.coverage.legendOtherCells}</span>
            {cellText(NOT_LOW_INCOME_CLASS) ? (
              <span class="discret"> — {cellText(NOT_LOW_INCOME_CLASS)}</span>
            ) : null}
          </li>
        ) : null}
      </ul>
      <p class="discret" data-testid="legende-decomptes">
        {txt.coverage.legendCounts(territoryLabel(territory, data))}
      </p>
      <p class="discret ecran">{txt.coverage.legendZoom}</p>
      <CellColouringChoice />
    </div>
  );
}
