/**
 * The interface's strings in the page's language. French is the reference catalogue (fr.ts); English (en.ts)
 * has the same shape and is loaded only when asked for (`lang=en`), before the first render.
 *
 * Components read `txt.…` when they render: `txt` is an ES live binding, so after `switchLanguage` every reader
 * sees the chosen catalogue. Never copy a string out of `txt` at module load.
 */
import { fr } from './fr.ts';
import type { Lang } from './langs.ts';

/** The shape of a catalogue: fr.ts with its literal strings widened to `string`. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends object
      ? { readonly [K in keyof T]: Widen<T[K]> }
      : T;
export type Strings = Widen<typeof fr>;

export { isLang, LANGS, type Lang } from './langs.ts';

/** The current catalogue (French until `switchLanguage` is called). */
export let txt: Strings = fr;
/** The current language (for `<html lang>`, number formats and links). */
export let lang: Lang = 'fr';

/** Switches the interface's language; call before the first render. */
export async function switchLanguage(next: Lang): Promise<void> {
  txt = next === 'en' ? (await import('./en.ts')).en : fr;
  lang = next;
}
