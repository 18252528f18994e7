import { createContext } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import type { AppState, AppStore } from '../state/store.ts';

export const StoreContext = createContext<AppStore | null>(null);

export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('StoreContext missing');
  return store;
}

/** Subscribes a component to a slice of the store; re-renders only when the slice changes (===). */
export function useAppState<T>(selector: (s: AppState) => T): T {
  const store = useAppStore();
  const [value, setValue] = useState(() => selector(store.getState()));
  const selectorRef = useRef(selector);
  selectorRef.current = selector;
  useEffect(() => {
    const check = () => {
      const next = selectorRef.current(store.getState());
      setValue((prev) => (Object.is(prev, next) ? prev : next));
    };
    check();
    return store.subscribe(check);
  }, [store]);
  return value;
}
