/**
 * The service worker's keeping of HTTP Range responses (src/sw/range_cache.ts): keys, the archive check, and
 * the 206 ⇄ 200 round trip through the Cache API's rules. Expected values written by hand.
 */
import { describe, expect, test } from 'vitest';
import { archiveOf, rangeCachePlugin, rangeKey, totalOf } from '../../../src/sw/range_cache.ts';

const SCOPE = '/carte/';
const ARCHIVES = { 'sante.pmtiles': 3707032, 'basemap.pmtiles': 284058 };
const plugin = rangeCachePlugin(ARCHIVES, SCOPE);
const rangeRequest = (range: string, url = 'https://example.org/carte/tiles/sante.pmtiles') =>
  new Request(url, { headers: { range } });
const partial = (body: string, contentRange: string) =>
  new Response(body, {
    status: 206,
    headers: { 'content-range': contentRange, etag: '"abc"', 'content-type': 'application/vnd.pmtiles' },
  });
// the plugin's callbacks take Workbox's parameter objects; only the fields used are given
// biome-ignore lint/suspicious/noExplicitAny: partial Workbox parameter objects
const call = (fn: unknown, arg: Record<string, unknown>) => (fn as (a: any) => Promise<Response | null>)(arg);

describe('range cache', () => {
  test('archiveOf names a tile archive under the scope, and nothing else', () => {
    expect(archiveOf(new URL('https://example.org/carte/tiles/sante.pmtiles'), SCOPE)).toBe('sante.pmtiles');
    expect(archiveOf(new URL('https://example.org/carte/tiles/sub/x.pmtiles'), SCOPE)).toBeNull();
    expect(archiveOf(new URL('https://example.org/autre/tiles/sante.pmtiles'), SCOPE)).toBeNull();
    expect(archiveOf(new URL('https://example.org/carte/data/lieux.json'), SCOPE)).toBeNull();
  });

  test('each range has its own key; the same range the same key', () => {
    const a = rangeKey(rangeRequest('bytes=0-16383'));
    const b = rangeKey(rangeRequest('bytes=16384-20000'));
    expect(a).not.toBe(b);
    expect(rangeKey(rangeRequest('bytes=0-16383'))).toBe(a);
    expect(new URL(a).pathname).toBe('/carte/tiles/sante.pmtiles');
    expect(new URL(a).searchParams.get('carte-range')).toBe('bytes=0-16383');
  });

  test('totalOf reads the size after the slash of Content-Range', () => {
    expect(totalOf('bytes 0-16383/3707032')).toBe(3707032);
    expect(totalOf('bytes */3707032')).toBeNull();
    expect(totalOf(null)).toBeNull();
  });

  test("a range of this build's archive is stored as a 200 and given back as the same 206", async () => {
    const request = rangeRequest('bytes=10-14');
    const stored = await call(plugin.cacheWillUpdate, {
      request,
      response: partial('hello', 'bytes 10-14/3707032'),
    });
    expect(stored?.status).toBe(200);
    expect(stored?.headers.get('content-range')).toBe('bytes 10-14/3707032');
    const served = await call(plugin.cachedResponseWillBeUsed, { cachedResponse: stored, request });
    expect(served?.status).toBe(206);
    expect(served?.headers.get('content-range')).toBe('bytes 10-14/3707032');
    expect(served?.headers.get('etag')).toBe('"abc"');
    expect(await served?.text()).toBe('hello');
  });

  test('a range of another archive (other total size), a full 200 or an error is not stored', async () => {
    const request = rangeRequest('bytes=10-14');
    expect(
      await call(plugin.cacheWillUpdate, { request, response: partial('hello', 'bytes 10-14/3707033') }),
    ).toBeNull();
    expect(
      await call(plugin.cacheWillUpdate, { request, response: new Response('whole file', { status: 200 }) }),
    ).toBeNull();
    expect(
      await call(plugin.cacheWillUpdate, { request, response: new Response('', { status: 404 }) }),
    ).toBeNull();
    const otherFile = rangeRequest('bytes=10-14', 'https://example.org/carte/tiles/basemap.pmtiles');
    expect(
      (
        await call(plugin.cacheWillUpdate, {
          request: otherFile,
          response: partial('hello', 'bytes 10-14/284058'),
        })
      )?.status,
    ).toBe(200);
  });
});
