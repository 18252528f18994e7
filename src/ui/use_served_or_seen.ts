import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { whenOnScreen, whenResidentServed } from './map_start.ts';
import { useAppStore } from './use_app_state.ts';

/**
 * False until the resident has been served (first answer painted, or the page quiet for a while after the data
 * arrived: map_start.ts) or `ref`'s element has come on screen, then true for good. For long content below the
 * finder (the text list of every place): rendering it with the data would take the main thread from the first
 * answer, on a phone for a hundred milliseconds or more.
 */
export function useServedOrSeen(ref: RefObject<Element>): boolean {
  const store = useAppStore();
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (ready || !element) return;
    const abort = new AbortController();
    void Promise.race([whenResidentServed(store, abort.signal), whenOnScreen(element, abort.signal)]).then(
      () => {
        if (!abort.signal.aborted) setReady(true);
      },
    );
    return () => abort.abort();
  }, [store, ref, ready]);
  return ready;
}
