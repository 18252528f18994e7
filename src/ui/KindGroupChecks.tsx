import { txt } from '../i18n/strings.ts';
import { KIND_GROUP_IDS, type KindGroup } from '../schema.ts';

/**
 * One checkbox per kind of place (finder filters, coverage settings). `atLeastOne` keeps the last box ticked.
 * Emits the new selection in the canonical group order.
 */
export function KindGroupChecks({
  name,
  selected,
  onChange,
  atLeastOne = false,
}: {
  name: string;
  selected: readonly KindGroup[];
  onChange: (next: KindGroup[]) => void;
  atLeastOne?: boolean;
}) {
  return (
    <>
      {KIND_GROUP_IDS.map((g) => (
        <label key={g} class="option">
          <input
            type="checkbox"
            name={name}
            value={g}
            checked={selected.includes(g)}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              const next = KIND_GROUP_IDS.filter((x) => (x === g ? on : selected.includes(x)));
              if (atLeastOne && next.length === 0) e.currentTarget.checked = true;
              else onChange(next);
            }}
          />
          {txt.groups[g]}
        </label>
      ))}
    </>
  );
}
