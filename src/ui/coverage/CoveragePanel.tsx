import { useEffect, useState } from 'preact/hooks';
import { fr } from '../../i18n/fr.ts';

type Main = typeof import('./CoverageMain.tsx');
let loaded: Main | null = null;

/**
 * Coverage mode's panel, loaded on demand so the finder (the default mode) does not pay for it.
 * Shows the heading at once, then the panel (src/ui/coverage/CoverageMain.tsx).
 */
export function CoveragePanel() {
  const [main, setMain] = useState<Main | null>(loaded);
  useEffect(() => {
    if (main) return;
    let live = true;
    void import('./CoverageMain.tsx').then((m) => {
      loaded = m;
      if (live) setMain(m);
    });
    return () => {
      live = false;
    };
  }, [main]);
  if (main) return <main.CoverageMain />;
  return (
    <section class="bloc couverture" aria-labelledby="couverture-titre" aria-busy="true">
      <h2 id="couverture-titre">{fr.coverage.heading}</h2>
      <p class="discret">{fr.coverage.loading}</p>
    </section>
  );
}
