import type { ComponentChildren } from 'preact';
import { txt } from '../i18n/strings.ts';
import { THEME } from '../map/theme.ts';
import { CLS_STATUSES } from '../schema.ts';
import { actions } from '../state/store.ts';
import { TOGGLES, type ToggleId } from '../state/vocabulary.ts';
import { AreaSwatch, DotSwatch, PlaceSwatch } from './Swatch.tsx';
import { useAppState, useAppStore } from './use_app_state.ts';

const SWATCHES: Record<ToggleId, () => ComponentChildren> = {
  filieris: () => <PlaceSwatch group="filieris" />,
  pharmacie: () => <PlaceSwatch group="pharmacie" />,
  msp: () => <PlaceSwatch group="msp" />,
  cs: () => <PlaceSwatch group="cs" />,
  hopital: () => <PlaceSwatch group="hopital" />,
  hopital_specialise: () => <PlaceSwatch group="hopital_specialise" />,
  cites_mc: () => <DotSwatch colour={THEME.citeMc} />,
  cites_autres: () => <DotSwatch colour={THEME.citeAutre} hollow />,
  cls: () => <AreaSwatch colour={THEME.cls.signe} />,
  communes: () => <AreaSwatch colour={THEME.communeLine} fill={false} />,
  bassin: () => <AreaSwatch colour={THEME.bassin} dashed fill={false} />,
  patrimoine: () => <DotSwatch colour={THEME.ssm} hollow />,
  terrils: () => <AreaSwatch colour={THEME.terril} />,
};

/** The legend: one checkbox per layer, with its symbol; the CLS colours explained. */
export function Legend() {
  const store = useAppStore();
  const toggles = useAppState((s) => s.toggles);
  const showClosed = useAppState((s) => s.showClosed);
  return (
    <details class="bloc legende" open>
      <summary>
        <h2>{txt.legend.heading}</h2>
      </summary>
      <fieldset>
        <legend class="sr-only">{txt.legend.heading}</legend>
        <p class="aide">{txt.legend.hint}</p>
        <ul class="couches">
          {TOGGLES.map((t) => (
            <li key={t}>
              <label>
                <input
                  type="checkbox"
                  name="couche"
                  value={t}
                  checked={toggles.includes(t)}
                  onChange={(e) => actions.setToggle(store, t, e.currentTarget.checked)}
                />
                {SWATCHES[t]()}
                <span>{txt.toggles[t]}</span>
              </label>
              {t === 'cls' && toggles.includes('cls') ? (
                <ul class="sous-legende">
                  {CLS_STATUSES.map((st) => (
                    <li key={st}>
                      <AreaSwatch colour={THEME.cls[st]} />
                      {txt.cls[st]}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
        <label class="option">
          <input
            type="checkbox"
            name="fermes"
            checked={showClosed}
            onChange={(e) => actions.setShowClosed(store, e.currentTarget.checked)}
          />
          <span>{txt.legend.showClosed}</span>
        </label>
        <ul class="notes-legende">
          <li>
            <PlaceSwatch group="filieris" planned /> {txt.legend.planned}
          </li>
          <li>
            <svg
              class="pastille"
              width="20"
              height="20"
              viewBox="0 0 20 20"
              aria-hidden="true"
              focusable="false"
            >
              <circle
                cx="10"
                cy="10"
                r="9"
                fill={THEME.groups.msp}
                fill-opacity="0.12"
                stroke={THEME.groups.msp}
              />
              <circle cx="10" cy="10" r="4" fill={THEME.groups.msp} />
            </svg>{' '}
            {txt.legend.approx}
          </li>
        </ul>
      </fieldset>
    </details>
  );
}
