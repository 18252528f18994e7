import { useEffect, useState } from 'preact/hooks';
import type { DeploymentConfig } from '../data/load_config.ts';
import { txt } from '../i18n/strings.ts';
import { selectMapClickable } from '../state/derived.ts';
import { actions } from '../state/store.ts';
import { NearestList } from './finder/NearestList.tsx';
import { KindGroupChecks } from './KindGroupChecks.tsx';
import { Search } from './Search.tsx';
import { useAppState, useAppStore } from './use_app_state.ts';

function LocateButton() {
  const store = useAppStore();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const locate = () => {
    if (busy) return;
    if (!('geolocation' in navigator)) {
      setMessage(txt.search.geoUnsupported);
      return;
    }
    setBusy(true);
    setMessage(txt.search.locating);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setBusy(false);
        setMessage('');
        actions.setOrigin(store, {
          lon: Number(pos.coords.longitude.toFixed(5)),
          lat: Number(pos.coords.latitude.toFixed(5)),
          label: txt.search.myPosition,
          ref: null,
          approximate: false,
          geolocated: true,
        });
      },
      (err) => {
        setBusy(false);
        setMessage(
          err.code === err.PERMISSION_DENIED
            ? txt.search.geoDenied
            : err.code === err.TIMEOUT
              ? txt.search.geoTimeout
              : txt.search.geoUnavailable,
        );
      },
      { enableHighAccuracy: false, timeout: 10000, maximumAge: 60000 },
    );
  };
  return (
    <div class="localiser">
      {/* aria-disabled, not disabled: a disabled button would lose the keyboard focus while locating */}
      <button
        type="button"
        class="bouton"
        onClick={locate}
        aria-disabled={busy}
        aria-describedby="geoloc-message"
      >
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <circle cx="8" cy="8" r="5" fill="none" stroke="currentColor" stroke-width="2" />
          <circle cx="8" cy="8" r="1.8" fill="currentColor" />
        </svg>
        {txt.search.locateMe}
      </button>
      <p id="geoloc-message" role="status" class={message ? 'message' : 'vide'}>
        {message}
      </p>
    </div>
  );
}

function FinderFilters() {
  const store = useAppStore();
  const groups = useAppState((s) => s.finderGroups);
  const includePlanned = useAppState((s) => s.includePlanned);
  return (
    <details class="filtres">
      <summary>{txt.more.finderKinds}</summary>
      <fieldset>
        <legend class="sr-only">{txt.more.finderKinds}</legend>
        <KindGroupChecks
          name="type-recherche"
          selected={groups}
          onChange={(next) => actions.setFinderGroups(store, next)}
          atLeastOne
        />
        <label class="option">
          <input
            type="checkbox"
            name="prevus"
            checked={includePlanned}
            onChange={(e) => actions.setIncludePlanned(store, e.currentTarget.checked)}
          />
          {txt.more.includePlanned}
        </label>
      </fieldset>
    </details>
  );
}

/** The resident's finder: where from (search, location, map click) and the nearest places. */
export function Finder({ configPromise }: { configPromise: Promise<DeploymentConfig> }) {
  const [geocoderUrl, setGeocoderUrl] = useState<string | null>(null);
  const mapClickable = useAppState(selectMapClickable);
  useEffect(() => {
    void configPromise.then((c) => setGeocoderUrl(c.geocoderUrl));
  }, [configPromise]);
  return (
    <section class="bloc trouver" aria-labelledby="trouver-titre">
      <h2 id="trouver-titre">{txt.modeTrouver}</h2>
      <Search geocoderUrl={geocoderUrl} />
      <LocateButton />
      {mapClickable ? <p class="aide">{txt.more.mapTip}</p> : null}
      <FinderFilters />
      <NearestList />
    </section>
  );
}
