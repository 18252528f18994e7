/**
 * Keeping HTTP Range responses (PMTiles reads its archives by byte ranges) in the Cache API, which cannot
 * store a 206 response: a Workbox plugin that keys each range by URL + range, stores it as a 200 with its
 * original headers (Content-Range included), and gives it back as the 206 it was. A range of another archive
 * than this build's (its total size, from Content-Range, differs) is never stored.
 */
import type { WorkboxPlugin } from 'workbox-core';

export const TILES_CACHE_PREFIX = 'carte-tiles-';

/** The archive's file name when `url` is one of the tile archives under `scopePath`, else null. */
export function archiveOf(url: URL, scopePath: string): string | null {
  const m = /^tiles\/([^/]+\.pmtiles)$/.exec(url.pathname.slice(scopePath.length));
  return url.pathname.startsWith(scopePath) && m ? (m[1] ?? null) : null;
}

/** The cache key of a range request: its URL with the range as a parameter (the Cache API ignores headers). */
export function rangeKey(request: Request): string {
  const url = new URL(request.url);
  url.searchParams.set('carte-range', request.headers.get('range') ?? '');
  return url.href;
}

/** The total size in a `Content-Range: bytes a-b/total` header, else null. */
export function totalOf(contentRange: string | null): number | null {
  const m = /^bytes \d+-\d+\/(\d+)$/.exec(contentRange?.trim() ?? '');
  return m ? Number(m[1]) : null;
}

export function rangeCachePlugin(archiveBytes: Record<string, number>, scopePath: string): WorkboxPlugin {
  return {
    cacheKeyWillBeUsed: async ({ request }) => rangeKey(request),
    cacheWillUpdate: async ({ request, response }) => {
      if (response.status !== 206) return null;
      const name = archiveOf(new URL(request.url), scopePath);
      const total = totalOf(response.headers.get('content-range'));
      if (name === null || total === null || archiveBytes[name] !== total) return null;
      return new Response(await response.blob(), { status: 200, headers: response.headers });
    },
    cachedResponseWillBeUsed: async ({ cachedResponse }) => {
      if (!cachedResponse) return null;
      return new Response(await cachedResponse.blob(), {
        status: 206,
        statusText: 'Partial Content',
        headers: cachedResponse.headers,
      });
    },
  };
}
