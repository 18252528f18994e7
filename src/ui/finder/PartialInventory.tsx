import { txt } from '../../i18n/strings.ts';
import type { FinderAnswer } from '../../state/derived_finder.ts';

/**
 * Says plainly when our inventory may be missing closer care (kinds whose nearest place is far, approximate
 * or missing), with links to the official directories for the origin's commune (opened in a new tab; the
 * page itself makes no request to them).
 */
export function PartialInventory({ answer }: { answer: FinderAnswer }) {
  if (answer.partialFor.length === 0) return null;
  const d = answer.directories;
  return (
    <div class="inventaire-partiel" data-testid="inventaire-partiel">
      <p>{txt.nearest.partial(answer.partialFor.map((g) => txt.groups[g]).join(', '))}</p>
      {d ? (
        <ul class="liens-annuaires">
          <li>
            <a href={d.santeFr} target="_blank" rel="noopener noreferrer">
              {txt.nearest.santeFr(d.commune)}
              <span class="sr-only"> {txt.more.newWindow}</span>
            </a>
          </li>
          <li>
            <a href={d.ameli} target="_blank" rel="noopener noreferrer">
              {txt.nearest.ameli(d.query)}
              <span class="sr-only"> {txt.more.newWindow}</span>
            </a>
          </li>
        </ul>
      ) : null}
    </div>
  );
}
