import { useEffect, useRef } from 'preact/hooks';
import type { DeploymentConfig } from '../data/load_config.ts';
import { loadStreetStyle } from '../data/load_street_style.ts';
import { txt } from '../i18n/strings.ts';
import { type AppStore, actions } from '../state/store.ts';
import { useAppState, useAppStore } from './use_app_state.ts';

/** Resolves once the client data files have been loaded (or have failed). */
function dataLoaded(store: AppStore): Promise<void> {
  if (store.getState().data) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = store.subscribe((s) => {
      if (s.data) {
        unsubscribe();
        resolve();
      }
    });
  });
}

/**
 * The map's container. Creates the map controller once (loading MapLibre lazily) and destroys it;
 * never calls the map itself.
 */
export function MapView({ configPromise }: { configPromise: Promise<DeploymentConfig> }) {
  const store = useAppStore();
  const container = useRef<HTMLDivElement>(null);
  const status = useAppState((s) => s.mapStatus);
  useEffect(() => {
    let destroyed = false;
    let controller: { destroy(): void } | null = null;
    void (async () => {
      try {
        // the finder's data comes first on a slow connection: the map code (≈ 300 KB) waits for it
        await dataLoaded(store);
        const [{ MapController, webglAvailable }, config] = await Promise.all([
          import('../map/map_controller.ts'),
          configPromise,
        ]);
        if (destroyed || !container.current) return;
        if (!webglAvailable()) {
          store.setState({ mapStatus: 'unavailable' });
          actions.addError(store, 'webgl', txt.errors.webgl);
          return;
        }
        const c = new MapController(container.current, store, {
          base: document.baseURI,
          streetStyle: config.streetStyleUrl ? loadStreetStyle(config.streetStyleUrl) : null,
        });
        controller = c;
        if (window.__carte) window.__carte.map = c.map;
      } catch (e) {
        console.error('[carte] map failed', e);
        store.setState({ mapStatus: 'unavailable' });
        actions.addError(store, 'map', txt.errors.mapLoad);
      }
    })();
    return () => {
      destroyed = true;
      controller?.destroy();
    };
  }, [store, configPromise]);
  return (
    <section class="carte" aria-label={txt.map.label}>
      <div ref={container} class="carte-canvas" />
      {status === 'loading' ? (
        <p class="carte-chargement" aria-hidden="true">
          {txt.map.loading}
        </p>
      ) : null}
    </section>
  );
}
