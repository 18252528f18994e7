// Building and serving the built site (dist/), shared by the e2e global setup and the bench.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './server.mjs';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/**
 * Runs `npm run build` in the repository root (the app's `vite build`, then the web component and the embed
 * builder page, see vite.embed.config.ts); throws with the exit code when it fails.
 */
export function buildSite() {
  const started = Date.now();
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`npm run build failed (exit ${r.status ?? r.signal})`);
  return Date.now() - started;
}

/**
 * Serves dist/ on 127.0.0.1 at a free port. The tile archives are expected in dist/tiles/; when the build
 * does not copy them there, tiles/ of the repository is served at /tiles/ instead (with a warning).
 * With `snapshot`, a private copy of the directory is served (and removed by close()), so that someone
 * rebuilding dist/ in the same checkout meanwhile cannot pull files away from a running test suite.
 * `headers` (added to every answer) and `cors` are passed to startStaticServer (server.mjs).
 */
export async function serveSite({
  distDir = join(ROOT, 'dist'),
  log = false,
  snapshot = false,
  headers = {},
  cors = true,
} = {}) {
  if (!existsSync(join(distDir, 'index.html')))
    throw new Error(`${distDir}/index.html missing: build the site first`);
  let dir = distDir;
  let copy = null;
  if (snapshot) {
    copy = mkdtempSync(join(tmpdir(), 'carte-site-'));
    cpSync(distDir, copy, { recursive: true });
    dir = copy;
  }
  const roots = [{ prefix: '/', dir }];
  const fallbackTiles = !existsSync(join(dir, 'tiles')) && existsSync(join(ROOT, 'tiles'));
  if (fallbackTiles) roots.push({ prefix: '/tiles/', dir: join(ROOT, 'tiles') });
  const server = await startStaticServer({ roots, log, headers, cors });
  const close = async () => {
    await server.close();
    if (copy) rmSync(copy, { recursive: true, force: true });
  };
  return { ...server, close, fallbackTiles, dir };
}
