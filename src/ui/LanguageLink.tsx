import { lang } from '../i18n/strings.ts';
import { type AppState, shareableOf } from '../state/store.ts';
import { serializeUrlState } from '../state/url.ts';
import { useAppState } from './use_app_state.ts';

/** The other language, named in itself (so a reader of that language recognises it). */
const OTHER = { fr: { lang: 'en', name: 'English' }, en: { lang: 'fr', name: 'Français' } } as const;

/** The same screen in the other language (the page reloads: strings are chosen at start-up). */
function otherLanguageUrl(s: AppState): string {
  const query = serializeUrlState({ ...shareableOf(s), lang: OTHER[lang].lang });
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

/**
 * Header link to the other language, keeping the view, origin, selection and every other setting
 * (a plain link: it can also be opened in a new tab or copied).
 */
export function LanguageLink() {
  const href = useAppState(otherLanguageUrl);
  const other = OTHER[lang];
  return (
    <a class="langue" href={href} lang={other.lang} hrefLang={other.lang}>
      {other.name}
    </a>
  );
}
