import { useEffect, useRef, useState } from 'preact/hooks';
import {
  contrastWithWhite,
  DEFAULT_EMBED_CONFIG,
  type EmbedConfig,
  MIN_ACCENT_CONTRAST,
  parseEmbedTerritory,
  parseOrigin,
} from '../embed/config.ts';
import { fr } from '../i18n/fr.ts';
import { LANGS, type Lang } from '../i18n/langs.ts';
import { type Commune, type Epci, KIND_GROUP_IDS, type KindGroup } from '../schema.ts';
import { DEFAULT_STATE } from '../state/url.ts';
import { DEFAULT_TOGGLES, MODES, type Mode, TOGGLES, type ToggleId } from '../state/vocabulary.ts';
import { componentSnippet, embedUrl, IFRAME_ALLOW, IFRAME_SANDBOX, iframeSnippet } from './snippets.ts';

const t = fr.builder;
/** Each language named in itself. */
const LANGUAGE_NAMES: Record<Lang, string> = { fr: 'Français', en: 'English' };
/** The finder's default kinds (the embed's `kinds` is left out when they are chosen). */
const DEFAULT_KINDS: readonly KindGroup[] = DEFAULT_STATE.finderGroups;

export interface BuilderData {
  epci: Epci[];
  communes: Commune[];
}

/** The form's values (what the partner chose), turned into an embed configuration by `configOf`. */
interface Form {
  territory: string;
  layers: ToggleId[];
  kinds: KindGroup[];
  mode: Mode;
  lang: Lang;
  useAccent: boolean;
  accent: string;
  title: string;
  allowedOrigin: string;
  geocoder: boolean;
  height: number;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

function configOf(f: Form): EmbedConfig {
  const accentOk = f.useAccent && contrastWithWhite(f.accent) >= MIN_ACCENT_CONTRAST;
  return {
    ...DEFAULT_EMBED_CONFIG,
    territory: f.territory ? parseEmbedTerritory(f.territory) : null,
    layers: sameSet(f.layers, DEFAULT_TOGGLES) ? null : TOGGLES.filter((x) => f.layers.includes(x)),
    kinds:
      sameSet(f.kinds, DEFAULT_KINDS) || f.kinds.length === 0
        ? null
        : KIND_GROUP_IDS.filter((k) => f.kinds.includes(k)),
    mode: f.mode,
    lang: f.lang,
    accent: accentOk ? f.accent.toLowerCase() : null,
    title: f.title.trim() ? f.title.replace(/\s+/g, ' ').trim().slice(0, 80) : null,
    allowedOrigin: f.allowedOrigin.trim() ? parseOrigin(f.allowedOrigin) : null,
    geocoder: f.geocoder,
  };
}

function Snippet({ id, label, text }: { id: string; label: string; text: string }) {
  const code = useRef<HTMLElement>(null);
  const [status, setStatus] = useState('');
  useEffect(() => setStatus(''), [text]);
  const selectText = () => {
    const el = code.current;
    const sel = window.getSelection();
    if (!el || !sel) return;
    const range = document.createRange();
    range.selectNodeContents(el);
    sel.removeAllRanges();
    sel.addRange(range);
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t.copied);
    } catch {
      selectText();
      setStatus(t.copyFallback);
    }
  };
  return (
    <section class="extrait" aria-labelledby={`${id}-titre`}>
      <div class="extrait-tete">
        <h3 id={`${id}-titre`}>{label}</h3>
        <button type="button" class="bouton" onClick={() => void copy()}>
          {t.copy}
          <span class="sr-only"> le {label.toLowerCase()}</span>
        </button>
      </div>
      <pre>
        <code id={id} ref={code}>
          {text}
        </code>
      </pre>
      <p role="status" class="discret">
        {status}
      </p>
    </section>
  );
}

export function Builder({ data, appUrl }: { data: BuilderData; appUrl: string }) {
  const [form, setForm] = useState<Form>({
    territory: '',
    layers: [...DEFAULT_TOGGLES],
    kinds: [...DEFAULT_KINDS],
    mode: 'trouver',
    lang: 'fr',
    useAccent: false,
    accent: '#0b5cad',
    title: '',
    allowedOrigin: '',
    geocoder: false,
    height: 480,
  });
  const set = <K extends keyof Form>(k: K, v: Form[K]) => setForm((f) => ({ ...f, [k]: v }));
  const toggle = <T extends string>(list: readonly T[], v: T, on: boolean): T[] =>
    on ? [...list.filter((x) => x !== v), v] : list.filter((x) => x !== v);
  const config = configOf(form);
  const ratio = contrastWithWhite(form.accent);
  const originInvalid = form.allowedOrigin.trim() !== '' && !config.allowedOrigin;
  const epcis = [...data.epci].sort(
    (a, b) => Number(b.bassin) - Number(a.bassin) || a.nom.localeCompare(b.nom, 'fr'),
  );
  const communes = data.communes.filter((c) => c.bassin).sort((a, b) => a.nom.localeCompare(b.nom, 'fr'));

  return (
    <main class="constructeur">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <div class="constructeur-corps">
        <form id="options" class="bloc" aria-labelledby="options-titre" onSubmit={(e) => e.preventDefault()}>
          <h2 id="options-titre">{t.options}</h2>
          <label class="etiquette" for="opt-territoire">
            {t.territory}
          </label>
          <select
            id="opt-territoire"
            value={form.territory}
            onChange={(e) => set('territory', e.currentTarget.value)}
          >
            <option value="">{t.territoryBassin}</option>
            <optgroup label={t.territoryEpci}>
              {epcis.map((e) => (
                <option key={e.siren} value={e.siren}>
                  {e.nom}
                </option>
              ))}
            </optgroup>
            <optgroup label={t.territoryCommunes}>
              {communes.map((c) => (
                <option key={c.insee} value={c.insee}>
                  {c.nom} ({c.insee})
                </option>
              ))}
            </optgroup>
          </select>

          <fieldset>
            <legend>{t.layers}</legend>
            {TOGGLES.map((x) => (
              <label key={x} class="option">
                <input
                  type="checkbox"
                  name="layers"
                  value={x}
                  checked={form.layers.includes(x)}
                  onChange={(e) => set('layers', toggle(form.layers, x, e.currentTarget.checked))}
                />
                {fr.toggles[x]}
              </label>
            ))}
          </fieldset>

          <fieldset>
            <legend>{t.kinds}</legend>
            {KIND_GROUP_IDS.map((k) => (
              <label key={k} class="option">
                <input
                  type="checkbox"
                  name="kinds"
                  value={k}
                  checked={form.kinds.includes(k)}
                  onChange={(e) => set('kinds', toggle(form.kinds, k, e.currentTarget.checked))}
                />
                {fr.groups[k]}
              </label>
            ))}
          </fieldset>

          <fieldset>
            <legend>{t.mode}</legend>
            {MODES.map((m) => (
              <label key={m} class="option">
                <input
                  type="radio"
                  name="mode"
                  value={m}
                  checked={form.mode === m}
                  onChange={() => set('mode', m)}
                />
                {m === 'trouver' ? t.modeFinder : t.modeCoverage}
              </label>
            ))}
          </fieldset>

          <fieldset>
            <legend>{t.language}</legend>
            {LANGS.map((l) => (
              <label key={l} class="option">
                <input
                  type="radio"
                  name="lang"
                  value={l}
                  checked={form.lang === l}
                  onChange={() => set('lang', l)}
                />
                <span lang={l}>{LANGUAGE_NAMES[l]}</span>
              </label>
            ))}
          </fieldset>

          <fieldset>
            <legend>{t.accent}</legend>
            <label class="option">
              <input
                type="checkbox"
                name="accent-actif"
                checked={!form.useAccent}
                onChange={(e) => set('useAccent', !e.currentTarget.checked)}
              />
              {t.accentDefault}
            </label>
            <label class="option">
              <input
                type="color"
                name="accent"
                value={form.accent}
                disabled={!form.useAccent}
                onInput={(e) => set('accent', e.currentTarget.value)}
              />
              {form.accent}
            </label>
            {form.useAccent && ratio < MIN_ACCENT_CONTRAST ? (
              <p class="avertissement">{t.accentContrast(ratio.toFixed(1))}</p>
            ) : null}
          </fieldset>

          <label class="etiquette" for="opt-titre">
            {t.titleLabel}
          </label>
          <input
            id="opt-titre"
            type="text"
            maxLength={80}
            value={form.title}
            onInput={(e) => set('title', e.currentTarget.value)}
          />

          <label class="etiquette" for="opt-origine">
            {t.allowedOrigin}
          </label>
          <input
            id="opt-origine"
            type="url"
            value={form.allowedOrigin}
            aria-describedby="opt-origine-aide"
            aria-invalid={originInvalid}
            onChange={(e) => set('allowedOrigin', e.currentTarget.value)}
          />
          <p id="opt-origine-aide" class="aide">
            {originInvalid ? t.allowedOriginInvalid : t.allowedOriginHelp}
          </p>

          <label class="option">
            <input
              type="checkbox"
              name="geocoder"
              checked={form.geocoder}
              onChange={(e) => set('geocoder', e.currentTarget.checked)}
            />
            {t.geocoder}
          </label>

          <label class="etiquette" for="opt-hauteur">
            {t.height}
          </label>
          <input
            id="opt-hauteur"
            type="number"
            min={300}
            max={1200}
            step={10}
            value={form.height}
            onChange={(e) => {
              const h = Math.round(Number(e.currentTarget.value));
              if (Number.isFinite(h)) set('height', Math.min(1200, Math.max(300, h)));
            }}
          />
        </form>

        <div class="constructeur-sortie">
          <section class="bloc" aria-labelledby="apercu-titre">
            <h2 id="apercu-titre">{t.preview}</h2>
            <iframe
              id="apercu"
              class="apercu"
              title={t.previewTitle}
              src={embedUrl(appUrl, config)}
              height={form.height}
              allow={IFRAME_ALLOW}
              sandbox={IFRAME_SANDBOX}
            />
          </section>
          <section class="bloc" aria-labelledby="extraits-titre">
            <h2 id="extraits-titre">Code à copier</h2>
            <Snippet
              id="extrait-iframe"
              label={t.snippetIframe}
              text={iframeSnippet(appUrl, config, form.height)}
            />
            <Snippet
              id="extrait-composant"
              label={t.snippetComponent}
              text={componentSnippet(appUrl, config, form.height)}
            />
          </section>
        </div>
      </div>
    </main>
  );
}
