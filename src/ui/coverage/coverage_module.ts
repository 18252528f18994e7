import { useEffect, useState } from 'preact/hooks';

/** Coverage mode's code (panel, selectors, details lines), loaded on demand: the finder does not pay for it. */
export type CoverageModule = typeof import('./CoverageMain.tsx');

let loaded: CoverageModule | null = null;
let pending: Promise<CoverageModule> | null = null;

/** Loads coverage mode's chunk once; later calls share the same promise. */
export function loadCoverageModule(): Promise<CoverageModule> {
  pending ??= import('./CoverageMain.tsx').then((m) => {
    loaded = m;
    return m;
  });
  return pending;
}

/** The coverage module when `wanted` (loading it if needed), null before it has arrived or when not wanted. */
export function useCoverageModule(wanted: boolean): CoverageModule | null {
  const [module, setModule] = useState<CoverageModule | null>(loaded);
  useEffect(() => {
    if (!wanted || module) return;
    let live = true;
    void loadCoverageModule().then((m) => {
      if (live) setModule(m);
    });
    return () => {
      live = false;
    };
  }, [wanted, module]);
  return wanted ? module : null;
}
