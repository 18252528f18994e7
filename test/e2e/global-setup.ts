import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, ROOT, serveSite } from './site.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** e.g. http://127.0.0.1:41234/ — the built site (dist/) */
    baseUrl: string;
  }
}

/** Builds the site once (unless E2E_SKIP_BUILD=1) and serves a copy of dist/ (or E2E_DIST_DIR) for all e2e files. */
export default async function setup(project: TestProject) {
  if (process.env.E2E_SKIP_BUILD !== '1') {
    const ms = buildSite();
    console.log(`[e2e] npm run build: ${(ms / 1000).toFixed(1)} s`);
  }
  const distDir = process.env.E2E_DIST_DIR ? resolve(ROOT, process.env.E2E_DIST_DIR) : join(ROOT, 'dist');
  // a private copy: other people (or test runs) rebuilding dist/ in this checkout cannot break this run
  const server = await serveSite({ distDir, log: process.env.E2E_SERVER_LOG === '1', snapshot: true });
  if (server.fallbackTiles)
    console.warn('[e2e] dist/tiles/ missing: serving tiles/ of the repository at /tiles/');
  console.log(`[e2e] serving a copy of ${distDir} (${server.dir}) at ${server.url}`);
  project.provide('baseUrl', server.url);
  return async () => {
    await server.close();
  };
}
