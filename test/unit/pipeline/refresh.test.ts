/**
 * `npm run data:refresh` against a local HTTP server that plays data.gouv.fr (no internet): the dataset API lists
 * the resources, the structures file is the bassin fixture (test/fixtures/finess-json/). The script runs in a child
 * process with DATA_DIR in a temporary directory and --no-build, so the repository's data are never touched.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFinessJson } from '../../../scripts/read_finess_json.ts';
import { pickJsonResource } from '../../../scripts/refresh_finess.ts';

const ROOT = path.resolve(__dirname, '../../..');
const FIXTURE = fs.readFileSync(path.join(ROOT, 'test/fixtures/finess-json/finess-structures-fixture.json'));
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

let server: Server;
let base = '';
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const json = (v: unknown) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(v));
    switch (req.url) {
      case '/api/1/datasets/finess-structures-1/':
        return json({
          page: 'https://www.data.gouv.fr/fr/datasets/finess-structures-1/',
          resources: [
            {
              title: 'schema-structures-v1.json',
              url: `${base}/files/schema.json`,
              format: 'json',
              type: 'documentation',
            },
            {
              title: 'finess-activites-20260309.json',
              url: `${base}/files/activites.json`,
              format: 'json',
              type: 'main',
            },
            {
              title: 'finess-structures-20260308.json',
              url: `${base}/files/old.json`,
              format: 'json',
              type: 'main',
              last_modified: '2026-03-08T05:00:00',
            },
            {
              title: 'finess-structures-20260309.json',
              url: `${base}/files/structures.json`,
              format: 'json',
              type: 'main',
              last_modified: '2026-03-09T05:00:00',
            },
          ],
        });
      case '/files/structures.json':
        return res.writeHead(200, { 'content-type': 'application/json' }).end(FIXTURE);
      case '/files/structures.json.gz':
        return res.writeHead(200, { 'content-type': 'application/gzip' }).end(gzipSync(FIXTURE));
      case '/files/not-json.json':
        return res.writeHead(200).end('{"hello": ');
      default:
        return res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function refresh(
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refresh-'));
  return new Promise((resolve) => {
    execFile(
      TSX,
      [path.join(ROOT, 'scripts/refresh_finess.ts'), '--no-build'],
      { cwd: ROOT, env: { ...process.env, DATA_DIR: dir, ...env }, timeout: 60_000 },
      (err, stdout, stderr) =>
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr, dir }),
    );
  });
}

describe('data:refresh', () => {
  it('finds the structures file through the dataset API and writes the 59/62 subset with its origin', async () => {
    const r = await refresh({
      FINESS_DATASET_API: `${base}/api/1/datasets/finess-structures-1/`,
      FINESS_MIN_PMEJ: '1',
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(requests).toContain('/files/structures.json');
    const dir = path.join(r.dir, 'finess');
    expect(fs.readdirSync(dir).sort()).toEqual([
      'SOURCES.md',
      'finess-structures-20260309.json',
      'finess-structures.origin.json',
    ]);
    const written = fs.readFileSync(path.join(dir, 'finess-structures-20260309.json'), 'utf8');
    const again = readFinessJson(written, { departements: ['59', '62'] });
    const direct = readFinessJson(FIXTURE.toString('utf8'), { departements: ['59', '62'] });
    // the subset keeps every establishment the build uses or reports on (the Moselle one and the category-999,
    // EHPAD and malformed-category ones are dropped as out of the subset)
    expect(again.kept.map((e) => e.nofinesset)).toEqual(direct.kept.map((e) => e.nofinesset));
    expect(again.generatedAt).toBe('2026-03-09T04:00:00.000000000Z');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'finess-structures.origin.json'), 'utf8'))).toEqual({
      dataset_page: 'https://www.data.gouv.fr/fr/datasets/finess-structures-1/',
      resource_url: `${base}/files/structures.json`,
      generated_at: '2026-03-09T04:00:00.000000000Z',
    });
  });

  it('FINESS_URL reads a given file, gzipped too', async () => {
    const r = await refresh({ FINESS_URL: `${base}/files/structures.json.gz`, FINESS_MIN_PMEJ: '1' });
    expect(r.code).toBe(0);
    expect(fs.existsSync(path.join(r.dir, 'finess', 'finess-structures-20260309.json'))).toBe(true);
  });

  it('offline: one clear line, exit 2, nothing written', async () => {
    const r = await refresh({ FINESS_DATASET_API: 'http://127.0.0.1:9/api/1/datasets/finess-structures-1/' });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/cannot reach the register .* offline\? The committed data are unchanged\./);
    expect(fs.readdirSync(r.dir)).toEqual([]);
  });

  it('a file that is not the complete register (too few legal entities) is refused: exit 1, nothing written', async () => {
    const r = await refresh({ FINESS_URL: `${base}/files/structures.json` });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/4 legal entities: not the complete register/);
    expect(fs.readdirSync(r.dir)).toEqual([]);
  });

  it('a broken file is refused: exit 1, nothing written', async () => {
    const r = await refresh({ FINESS_URL: `${base}/files/not-json.json`, FINESS_MIN_PMEJ: '1' });
    expect(r.code).toBe(1);
    expect(fs.readdirSync(r.dir)).toEqual([]);
  });
});

describe('pickJsonResource', () => {
  it('takes the newest structures JSON, not a schema, a sample or the activities file', () => {
    expect(
      pickJsonResource([
        { title: 'schema', url: 'https://x/schema-structures-v1.json', format: 'json' },
        {
          title: 'exemple',
          url: 'https://x/exemple-finess-structures-journalier-20260309.json',
          format: 'json',
        },
        { title: 'activités', url: 'https://x/finess-activites-20260310.json', format: 'json' },
        {
          title: 'structures',
          url: 'https://x/finess-structures-20260309.json',
          last_modified: '2026-03-09',
        },
        {
          title: 'structures',
          url: 'https://x/finess-structures-20260310.json.gz',
          last_modified: '2026-03-10',
        },
        {
          title: 'csv',
          url: 'https://x/finess-structures-20260311.csv',
          format: 'csv',
          last_modified: '2026-03-11',
        },
      ])?.url,
    ).toBe('https://x/finess-structures-20260310.json.gz');
    expect(pickJsonResource([{ url: 'https://x/a.csv', format: 'csv' }])).toBeNull();
  });
});
