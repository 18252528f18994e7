/** Languages of the interface (no catalogue here: the embed's small module imports this). */
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const isLang = (x: unknown): x is Lang =>
  typeof x === 'string' && (LANGS as readonly string[]).includes(x);
