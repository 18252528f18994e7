/**
 * Registers the service worker (src/sw/service_worker.ts, built as `service_worker.js` beside index.html) through
 * workbox-window, and handles a new deployment: when a new version is installed and waiting, the page says so
 * (update_signal.ts); « Mettre à jour » lets it take over, and every page it then controls reloads (the state
 * is in the URL, nothing is lost), so that a page never mixes files of two versions.
 */
import { Workbox } from 'workbox-window';
import { trustScriptUrl } from '../security/trusted_script_urls.ts';

/**
 * `announceUpdate` is called with the function that applies a waiting new version (update_signal.ts's, passed
 * in so that this lazily loaded module and the page share one copy of it).
 */
export async function registerServiceWorker(announceUpdate: (apply: () => void) => void): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const hadController = navigator.serviceWorker.controller !== null;
  const url = new URL('service_worker.js', document.baseURI).href;
  trustScriptUrl(url); // pages requiring Trusted Types (src/security/trusted_script_urls.ts)
  const wb = new Workbox(url);
  wb.addEventListener('waiting', () => {
    announceUpdate(() => wb.messageSkipWaiting());
  });
  // a new version took over (asked here or in another tab): reload into it. The first install also takes
  // control of the page (clientsClaim), which needs no reload: the page and the worker are the same version.
  wb.addEventListener('controlling', () => {
    if (hadController) location.reload();
  });
  try {
    const registration = await wb.register();
    // an update the browser had started finding before this registration (on navigation) is still
    // installing: workbox-window did not see it start, so it is followed here
    const installing = registration?.installing;
    if (hadController && installing)
      installing.addEventListener('statechange', () => {
        if (installing.state === 'installed' && registration?.waiting === installing)
          announceUpdate(() => installing.postMessage({ type: 'SKIP_WAITING' }));
      });
  } catch (e) {
    console.warn('[carte] service worker not registered:', e instanceof Error ? e.message : e);
  }
}
