import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type AddressHit, geocodeAddress, looksLikeAddress } from '../data/geocode.ts';
import { buildSearchIndex, type SearchIndex } from '../domain/build_search_index.ts';
import { searchPlaces } from '../domain/search_places.ts';
import type { SearchHit } from '../domain/types.ts';
import { lang, txt } from '../i18n/strings.ts';
import { actions } from '../state/store.ts';
import { useAppState, useAppStore } from './use_app_state.ts';

/**
 * Local search; when a typed address finds nothing as a whole, the last words (usually the commune)
 * are tried alone, so "12 rue Jean Jaurès Liévin" still offers Liévin when the geocoder is unreachable.
 */
function searchLocal(index: SearchIndex, query: string): SearchHit[] {
  if (!query.trim()) return [];
  const hits = searchPlaces(index, query, 8);
  if (!looksLikeAddress(query)) return hits;
  const words = query.trim().split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const tail = searchPlaces(index, words.slice(-n).join(' '), 3).filter((h) => h.type === 'commune');
    if (tail.length > 0) {
      const ids = new Set(tail.map((h) => h.id));
      return [...tail, ...hits.filter((h) => !ids.has(h.id))].slice(0, 8);
    }
  }
  return hits;
}

type Option = (SearchHit & { kind: 'local' }) | (AddressHit & { kind: 'adresse'; id: string });

/** Where the address lookup stands: nothing to say, slow, no network, service unreachable. */
type AddressStatus = 'idle' | 'pending' | 'offline' | 'unreachable';
/** After this long without an answer, the person is told the address is being looked up. */
const SLOW_GEOCODER_MS = 800;
const ADDRESS_MESSAGES: Record<Exclude<AddressStatus, 'idle'>, () => string> = {
  pending: () => txt.search.addressPending,
  offline: () => txt.search.addressOffline,
  unreachable: () => txt.search.addressUnreachable,
};

/**
 * The search box: an ARIA 1.2 combobox with a listbox of communes, cités, places and (when online)
 * addresses. Choosing a commune, a cité or an address sets the finder's origin; a place opens its details.
 */
export function Search({ geocoderUrl }: { geocoderUrl: string | null }) {
  const store = useAppStore();
  const data = useAppState((s) => s.data);
  const index = useMemo(() => {
    if (!data) return null;
    const built = buildSearchIndex({ communes: data.communes, cites: data.cites, lieux: data.lieux }, lang);
    performance.mark('carte:search-ready');
    return built;
  }, [data]);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [addresses, setAddresses] = useState<AddressHit[]>([]);
  const [addressStatus, setAddressStatus] = useState<AddressStatus>('idle');
  const abort = useRef<AbortController | null>(null);

  const local = useMemo(() => (index ? searchLocal(index, query) : []), [index, query]);
  const options: Option[] = [
    ...local.map((h) => ({ ...h, kind: 'local' as const })),
    ...addresses.map((a, i) => ({ ...a, kind: 'adresse' as const, id: `adresse-${i}` })),
  ];

  useEffect(() => {
    abort.current?.abort();
    setAddresses([]);
    setAddressStatus('idle');
    if (!geocoderUrl || !looksLikeAddress(query)) return;
    // no network: say so at once, the local results are still offered
    if (navigator.onLine === false) {
      setAddressStatus('offline');
      return;
    }
    const ctrl = new AbortController();
    abort.current = ctrl;
    const slow = setTimeout(() => setAddressStatus('pending'), SLOW_GEOCODER_MS);
    const timer = setTimeout(() => {
      void geocodeAddress(geocoderUrl, query, ctrl.signal).then((r) => {
        if (ctrl.signal.aborted) return;
        clearTimeout(slow);
        if (r.status === 'ok') {
          setAddresses(r.hits);
          setAddressStatus('idle');
        } else setAddressStatus(r.status);
      });
    }, 250);
    return () => {
      clearTimeout(timer);
      clearTimeout(slow);
      ctrl.abort();
    };
  }, [query, geocoderUrl]);

  const choose = (o: Option) => {
    setOpen(false);
    setActive(-1);
    setQuery(o.label);
    if (o.kind === 'adresse') {
      actions.setOrigin(store, { lon: o.lon, lat: o.lat, label: o.label, ref: null, approximate: false });
      return;
    }
    actions.chooseSearchHit(store, o);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (options.length ? (a + 1) % options.length : -1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => (options.length ? (a <= 0 ? options.length - 1 : a - 1) : -1));
    } else if (e.key === 'Enter') {
      const o = options[Math.max(active, 0)];
      if (o && open) {
        e.preventDefault();
        choose(o);
      }
    } else if (e.key === 'Escape') {
      // a search input clears itself on Escape: only let it when Escape has nothing else to close
      if (open) {
        e.preventDefault();
        e.stopPropagation();
        setOpen(false);
        setActive(-1);
      } else if (store.getState().selection !== null)
        e.preventDefault(); // the details panel closes
      else setQuery('');
    }
  };

  const showList = open && query.trim() !== '';
  const activeId = showList && active >= 0 && options[active] ? `option-${active}` : undefined;
  return (
    <div class="recherche">
      <label for="recherche" class="etiquette">
        {txt.search.label}
      </label>
      <div class="combobox">
        <input
          id="recherche"
          type="search"
          role="combobox"
          autoComplete="off"
          spellcheck={false}
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls="recherche-options"
          aria-activedescendant={activeId}
          aria-describedby="recherche-aide"
          placeholder={txt.search.placeholder}
          value={query}
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
        />
        <ul id="recherche-options" role="listbox" aria-label={txt.search.label} hidden={!showList}>
          {options.map((o, i) => (
            <li
              key={`${o.kind}-${o.id}`}
              id={`option-${i}`}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'actif' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(o)}
            >
              <span class="option-nom">{o.label}</span>
              <span class="option-detail">
                {o.kind === 'adresse' ? `${txt.typeLabels.adresse} · ${o.detail}` : o.detail}
              </span>
            </li>
          ))}
        </ul>
      </div>
      <p
        class={addressStatus === 'idle' ? 'vide' : 'message recherche-adresse'}
        role="status"
        data-testid="adresse-statut"
      >
        {addressStatus === 'idle' ? '' : ADDRESS_MESSAGES[addressStatus]()}
      </p>
      <p id="recherche-aide" class="sr-only">
        {txt.more.searchHelp}
      </p>
      <p class="sr-only" aria-live="polite">
        {showList ? txt.search.results(options.length) : ''}
      </p>
    </div>
  );
}
