import { txt } from '../../i18n/strings.ts';
import { useCoverageModule } from './coverage_module.ts';

/**
 * Coverage mode's panel, loaded on demand so the finder (the default mode) does not pay for it.
 * Shows the heading at once, then the panel (src/ui/coverage/CoverageMain.tsx).
 */
export function CoveragePanel() {
  const main = useCoverageModule(true);
  if (main) return <main.CoverageMain />;
  return (
    <section
      id="couverture"
      class="bloc couverture"
      aria-labelledby="couverture-titre"
      tabIndex={-1}
      aria-busy="true"
    >
      <h2 id="couverture-titre">{txt.coverage.heading}</h2>
      <p class="discret">{txt.coverage.loading}</p>
    </section>
  );
}
