// Checks of the test harness itself: the static server must answer Range requests as PMTiles needs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl } from './harness.ts';
import { type StaticServer, startStaticServer } from './server.mjs';

describe('static server', () => {
  let dir: string;
  let server: StaticServer;
  const bytes = Buffer.from('0123456789abcdefghij');
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'e2e-server-'));
    writeFileSync(join(dir, 'archive.pmtiles'), bytes);
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
    server = await startStaticServer({ roots: [{ dir }] });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('answers a byte range with 206 and exactly those bytes', async () => {
    const res = await fetch(new URL('archive.pmtiles', server.url), { headers: { Range: 'bytes=2-5' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes 2-5/${bytes.length}`);
    expect(await res.text()).toBe('2345');
  });

  test('answers a suffix range with the last bytes', async () => {
    const res = await fetch(new URL('archive.pmtiles', server.url), { headers: { Range: 'bytes=-3' } });
    expect(res.status).toBe(206);
    expect(await res.text()).toBe('hij');
  });

  test('answers an unsatisfiable range with 416', async () => {
    const res = await fetch(new URL('archive.pmtiles', server.url), { headers: { Range: 'bytes=100-200' } });
    expect(res.status).toBe(416);
  });

  test('answers 404 for a missing file and for a path outside its root', async () => {
    expect((await fetch(new URL('missing.pmtiles', server.url))).status).toBe(404);
    expect((await fetch(new URL('/%2e%2e/%2e%2e/etc/passwd', server.url))).status).toBe(404);
  });
});

describe('built site', () => {
  test('serves index.html at the base URL', async () => {
    const res = await fetch(baseUrl());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
  });

  test.each(['sante', 'basemap'])(
    'serves tiles/%s.pmtiles by byte range (PMTiles v3 header)',
    async (name) => {
      const res = await fetch(baseUrl(`tiles/${name}.pmtiles`), { headers: { Range: 'bytes=0-126' } });
      expect(res.status).toBe(206);
      const head = Buffer.from(await res.arrayBuffer());
      expect(head.length).toBe(127);
      expect(head.subarray(0, 7).toString('latin1')).toBe('PMTiles');
      expect(head[7]).toBe(3);
    },
  );
});
