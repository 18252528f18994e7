/**
 * When the map may start: never before the resident's first answer is on screen, unless the page has been
 * quiet for a while. The map's start-up (≈ 300 KB of code, style, worker, first frames) takes the main thread
 * for hundreds of milliseconds on a phone; the finder answers from the data files alone and must not wait for it.
 *
 * The map starts at the first of:
 *  - the first answer has been painted (an origin is set: search, location, shared link);
 *  - QUIET_MS without a keystroke, click or touch in the page since the data arrived;
 *  - the resident asks for it (the « Afficher la carte » button);
 * and, except when asked, only once its area is on screen (IntersectionObserver: on a phone the map is
 * below the finder) and the browser is idle (requestIdleCallback).
 */
import type { AppStore } from '../state/store.ts';

/** Quiet time after the data arrived before the map starts on its own (ms). */
export const QUIET_MS = 1500;

/** Resolves once `test` is true for the store's state (now or after a change); never rejects. */
function whenState(
  store: AppStore,
  test: (s: ReturnType<AppStore['getState']>) => boolean,
  signal: AbortSignal,
) {
  return new Promise<void>((resolve) => {
    if (test(store.getState())) return resolve();
    const unsubscribe = store.subscribe((s) => {
      if (!test(s)) return;
      unsubscribe();
      resolve();
    });
    signal.addEventListener('abort', unsubscribe, { once: true });
  });
}

/** Resolves after the next frame has been painted. */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Resolves once the page has had no input for `ms` (each keystroke, click or touch restarts the wait). */
function whenQuiet(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    let timer = setTimeout(done, ms);
    const events = ['keydown', 'input', 'pointerdown'] as const;
    function restart() {
      clearTimeout(timer);
      timer = setTimeout(done, ms);
    }
    function stop() {
      clearTimeout(timer);
      for (const e of events) document.removeEventListener(e, restart, true);
    }
    function done() {
      stop();
      resolve();
    }
    for (const e of events) document.addEventListener(e, restart, true);
    signal.addEventListener('abort', stop, { once: true });
  });
}

/** Resolves once `element` intersects the viewport. */
export function whenOnScreen(element: Element, signal: AbortSignal): Promise<void> {
  if (typeof IntersectionObserver === 'undefined') return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(element);
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  });
}

/** Resolves when the browser has an idle moment (at most `timeout` ms later). */
const whenIdle = (timeout: number) =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 0);
  });

/**
 * Resolves once the resident has been served or has had time to be: the first answer is painted, or the page
 * has been quiet for QUIET_MS since the data arrived. Other deferred work (the offline copy) waits for it too.
 */
export function whenResidentServed(store: AppStore, signal: AbortSignal): Promise<void> {
  const answered = whenState(store, (s) => s.data !== null && s.origin !== null, signal).then(afterPaint);
  const quiet = whenState(store, (s) => s.data !== null, signal).then(() => whenQuiet(QUIET_MS, signal));
  return Promise.race([answered, quiet]);
}

/**
 * Resolves when the map may start (see the module's comment). `asked` resolves when the resident asks for
 * the map; then it starts at once. Never resolves once `signal` is aborted.
 */
export async function whenMapMayStart(
  store: AppStore,
  area: Element,
  asked: Promise<void>,
  signal: AbortSignal,
): Promise<'asked' | 'turn'> {
  const dataReady = whenState(store, (s) => s.data !== null, signal);
  const turn = whenResidentServed(store, signal)
    .then(() => whenOnScreen(area, signal))
    .then(() => whenIdle(500))
    .then(() => 'turn' as const);
  const byRequest = Promise.all([asked, dataReady]).then(() => 'asked' as const);
  const how = await Promise.race([turn, byRequest]);
  if (signal.aborted) await new Promise<never>(() => undefined);
  return how;
}
