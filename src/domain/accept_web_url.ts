/**
 * Whether a URL taken from data may become a link: only an absolute `http:` or `https:` URL with a host.
 * Anything else (`javascript:`, `data:`, `vbscript:`, a relative path, text with tabs or new lines hidden
 * inside the scheme, an unparsable string) is refused, and the caller shows it as plain text.
 * Used by the interface for every link whose address comes from a data file, and by the pipeline to reject
 * rows whose `source_url` is not such a URL.
 *
 * @example
 * acceptWebUrl('https://www.filieris.fr/actu'); // 'https://www.filieris.fr/actu'
 * acceptWebUrl('javascript:alert(1)');          // null
 */
export function acceptWebUrl(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const text = raw.trim();
  // the scheme as written, before the URL parser drops tabs and new lines (`java\tscript:` parses as javascript:)
  if (!/^https?:\/\//i.test(text)) return null;
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' ? url.href : null;
  } catch {
    return null;
  }
}
