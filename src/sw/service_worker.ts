/// <reference lib="webworker" />
/**
 * The service worker (built by vite-plugin-pwa, `injectManifest`: Workbox inserts the precache list at
 * `self.__WB_MANIFEST`). What it keeps, so that the page works offline after one visit:
 *  - precached at install (the list of the build, with a revision each): the page, its scripts and styles,
 *    the lazily loaded parts (coverage mode, English catalogue, embed kit, map controller and its worker),
 *    the client data files (`data/*.json`), the map's glyphs, the icons and the manifest;
 *  - `config.json`: network first (a deployment's setting must win when online), the last copy offline;
 *  - the tile archives (`tiles/*.pmtiles`, read by HTTP Range requests): each range is kept as it is used,
 *    keyed by URL + range, in a cache named after the archives' content hash; a range whose archive is not
 *    the one of this build (another total size) is not kept;
 *  - nothing else: third-party requests (the address search) are never handled here.
 * A new deployment installs beside the running one and waits; the page offers « Mettre à jour », which asks
 * this worker to take over (SKIP_WAITING), and every page it controls reloads: never a mix of versions.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { archiveOf, rangeCachePlugin, TILES_CACHE_PREFIX } from './range_cache.ts';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (string | { url: string; revision: string | null })[];
};

/** Byte size of each tile archive of this build, by file name (vite.config.ts). */
declare const __TILE_ARCHIVES__: Record<string, number>;
/** Content hash of the tile archives of this build (vite.config.ts). */
declare const __TILES_VERSION__: string;

const TILES_CACHE = `${TILES_CACHE_PREFIX}${__TILES_VERSION__}`;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// every navigation to the app's page (whatever its parameters: lang, embed, shared state) gets the
// precached page; other pages of the site (builder.html) go to the network
const scopePath = new URL(self.registration.scope).pathname;
const escaped = scopePath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), {
    allowlist: [new RegExp(`^${escaped}(index\\.html)?(\\?.*)?$`)],
  }),
);

registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname === `${scopePath}config.json`,
  new NetworkFirst({ cacheName: 'carte-config', networkTimeoutSeconds: 4 }),
);

registerRoute(
  ({ url, request, sameOrigin }) =>
    sameOrigin && request.headers.has('range') && archiveOf(url, scopePath) !== null,
  new CacheFirst({ cacheName: TILES_CACHE, plugins: [rangeCachePlugin(__TILE_ARCHIVES__, scopePath)] }),
);

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  // tile ranges of other builds' archives
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((k) => k.startsWith(TILES_CACHE_PREFIX) && k !== TILES_CACHE)
            .map((k) => caches.delete(k)),
        ),
      ),
  );
});

// the first visit's page is controlled as soon as the worker is active, so that the tile ranges it reads from
// then on are kept; an update takes over only when asked (SKIP_WAITING), and the pages then reload
clientsClaim();
