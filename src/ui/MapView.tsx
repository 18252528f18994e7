import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { DeploymentConfig } from '../data/load_config.ts';
import { loadStreetStyle } from '../data/load_street_style.ts';
import { txt } from '../i18n/strings.ts';
import { webglAvailable } from '../map/webgl.ts';
import { type AppStore, actions } from '../state/store.ts';
import { whenMapMayStart } from './map_start.ts';
import { useAppStore } from './use_app_state.ts';

/** What the map's area shows: waiting for its turn, loading its code, failed (with « Réessayer »), the map. */
type Phase = 'waiting' | 'loading' | 'failed' | 'retrying' | 'shown' | 'none';

/** Marks `carte:map-idle` (read by the bench) once the map has drawn its first complete frame. */
function markWhenIdle(store: AppStore) {
  const unsubscribe = store.subscribe((s) => {
    if (s.mapStatus === 'loading') return;
    unsubscribe();
    if (s.mapStatus === 'idle') performance.mark('carte:map-idle');
  });
}

/**
 * Loads the map controller (MapLibre) and creates the map in `container`. Throws when the code cannot be
 * fetched; returns the controller's destroy function.
 */
async function startMap(
  store: AppStore,
  container: HTMLElement,
  configPromise: Promise<DeploymentConfig>,
): Promise<() => void> {
  performance.mark('carte:map-start');
  const [{ MapController }, config] = await Promise.all([import('../map/map_controller.ts'), configPromise]);
  const c = new MapController(container, store, {
    base: document.baseURI,
    streetStyle: config.streetStyleUrl ? loadStreetStyle(config.streetStyleUrl) : null,
  });
  if (window.__carte) window.__carte.map = c.map;
  return () => c.destroy();
}

/**
 * The map's area. Without WebGL the map code is never downloaded. Otherwise the map starts when it will not
 * compete with the resident (see map_start.ts), or at once on « Afficher la carte ». A failed load leaves a
 * message and « Réessayer »; the rest of the page keeps working. Never calls the map itself.
 */
export function MapView({ configPromise }: { configPromise: Promise<DeploymentConfig> }) {
  const store = useAppStore();
  const section = useRef<HTMLElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const [phase, setPhase] = useState<Phase>('waiting');
  const [attempt, setAttempt] = useState(0);
  /** resolved by « Afficher la carte » */
  const [request] = useState(() => {
    let ask: () => void = () => undefined;
    const asked = new Promise<void>((resolve) => {
      ask = resolve;
    });
    return { asked, ask };
  });
  /** the area's button had the focus when it went away: give it to the map (or the area) */
  const focusWasInArea = useRef(false);

  useEffect(() => {
    if (!webglAvailable()) {
      setPhase('none');
      store.setState({ mapStatus: 'unavailable' });
      actions.addError(store, 'webgl', txt.errors.webgl);
      return;
    }
    const abort = new AbortController();
    let destroy: (() => void) | null = null;
    void (async () => {
      const area = section.current;
      if (!area || !container.current) return;
      if (attempt === 0) {
        await whenMapMayStart(store, area, request.asked, abort.signal);
        setPhase('loading');
      }
      store.setState({ mapStatus: 'loading' });
      markWhenIdle(store);
      try {
        const stop = await startMap(store, container.current, configPromise);
        if (abort.signal.aborted) return stop();
        destroy = stop;
        actions.removeError(store, 'map');
        setPhase('shown');
      } catch (e) {
        if (abort.signal.aborted) return;
        console.error('[carte] map failed', e);
        store.setState({ mapStatus: 'unavailable' });
        actions.addError(store, 'map', txt.errors.mapLoad);
        setPhase('failed');
      }
    })();
    return () => {
      abort.abort();
      destroy?.();
    };
  }, [store, configPromise, attempt, request]);

  // the button the resident used goes away: the focus goes to the map (or its area), not to the page's top
  useLayoutEffect(() => {
    if (!focusWasInArea.current || phase === 'failed' || phase === 'retrying') return;
    if (phase === 'loading' || phase === 'shown') {
      const canvas = container.current?.querySelector<HTMLElement>('canvas');
      (canvas ?? section.current)?.focus();
      if (phase === 'shown') focusWasInArea.current = false;
    }
  }, [phase]);

  const noteFocus = () => {
    focusWasInArea.current = section.current?.contains(document.activeElement) ?? false;
  };
  return (
    <section
      ref={section}
      class={phase === 'none' ? 'carte sans-carte' : 'carte'}
      aria-label={txt.map.label}
      tabIndex={-1}
    >
      <div ref={container} class="carte-canvas" />
      {phase === 'waiting' ? (
        <div class="carte-etat">
          <button
            type="button"
            class="bouton"
            onClick={() => {
              noteFocus();
              request.ask();
            }}
          >
            {txt.map.show}
          </button>
        </div>
      ) : null}
      {phase === 'loading' ? (
        <p class="carte-etat carte-chargement" aria-hidden="true">
          {txt.map.loading}
        </p>
      ) : null}
      {phase === 'failed' || phase === 'retrying' ? (
        <div class="carte-etat carte-echec">
          <p>{txt.map.failed}</p>
          <button
            type="button"
            class="bouton"
            aria-disabled={phase === 'retrying'}
            onClick={() => {
              if (phase === 'retrying') return;
              noteFocus();
              setPhase('retrying');
              setAttempt((n) => n + 1);
            }}
          >
            {phase === 'retrying' ? txt.map.loading : txt.map.retry}
          </button>
        </div>
      ) : null}
    </section>
  );
}
