import { lang } from '../i18n/strings.ts';
import { type AppStore, shareableOf } from '../state/store.ts';
import { serializeUrlState } from '../state/url.ts';
import { useAppStore } from './use_app_state.ts';

/** The other language, named in itself (so a reader of that language recognises it). */
const OTHER = { fr: { lang: 'en', name: 'English' }, en: { lang: 'fr', name: 'Français' } } as const;

/** The same screen in the other language (the page reloads: strings are chosen at start-up). */
function otherLanguageUrl(store: AppStore): string {
  const other = OTHER[lang].lang;
  const query = serializeUrlState({ ...shareableOf(store.getState()), lang: other });
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

/** Header link to the other language, keeping the view, origin, selection and every other setting. */
export function LanguageLink() {
  const store = useAppStore();
  const other = OTHER[lang];
  return (
    <a
      class="langue"
      href={`?lang=${other.lang}`}
      lang={other.lang}
      hrefLang={other.lang}
      onClick={(e) => {
        e.preventDefault();
        location.assign(otherLanguageUrl(store));
      }}
    >
      {other.name}
    </a>
  );
}
