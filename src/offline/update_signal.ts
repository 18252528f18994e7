/**
 * A new deployment is ready (installed by the service worker, waiting): the interface shows a notice with
 * « Mettre à jour ». Kept apart from the registration (which loads workbox-window lazily) so that the notice's
 * component costs nothing before.
 */
type Listener = (apply: (() => void) | null) => void;

let pending: (() => void) | null = null;
const listeners = new Set<Listener>();

/** Called by the registration when a new version waits; `apply` makes it take over and reloads the page. */
export function announceUpdate(apply: () => void): void {
  pending = apply;
  for (const l of listeners) l(pending);
}

/** Calls `listener` now and whenever an update becomes ready; returns the unsubscribe function. */
export function onUpdateReady(listener: Listener): () => void {
  listeners.add(listener);
  listener(pending);
  return () => listeners.delete(listener);
}
