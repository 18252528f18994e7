// Partner pages for the embed tests: HTML files written into a temporary folder and served by an ordinary
// static server (no CORS header, no special header) on another origin than the app; the app's frame inside.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { type StaticServer, startStaticServer } from './server.mjs';

export const MESSAGE_SOURCE = 'carte-sante-bassin-minier';
export const POLL = { timeout: 30_000, interval: 250 };

export interface HostServer {
  /** e.g. `http://127.0.0.1:41235/` */
  readonly url: string;
  /** Writes a partner page (`<h1>` + body) and returns its URL. */
  page(body: string, head?: string): string;
}

/** Registers a host server for the test file (started before its tests, stopped after). */
export function useHostServer(): HostServer {
  let dir = '';
  let server: StaticServer | undefined;
  let seq = 0;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'embed-host-'));
    server = await startStaticServer({ roots: [{ dir }], cors: false });
  });
  afterAll(async () => {
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return {
    get url() {
      if (!server) throw new Error('host server not started');
      return server.url;
    },
    page(body: string, head = '') {
      if (!server) throw new Error('host server not started');
      seq += 1;
      const name = `page-${seq}.html`;
      writeFileSync(
        join(dir, name),
        `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Partenaire</title>${head}</head>` +
          `<body><h1>Site partenaire</h1>${body}</body></html>`,
      );
      return `${server.url}${name}`;
    },
  };
}

/** The app's frame in the host page: the frame whose URL is the app's embed mode under `appBase`. */
export async function appFrame(page: Page, appBase: string): Promise<Frame> {
  let found: Frame | undefined;
  await expect
    .poll(() => {
      found = page.frames().find((f) => f.url().startsWith(appBase) && f.url().includes('embed=1'));
      return Boolean(found);
    }, POLL)
    .toBe(true);
  return found as Frame;
}

/** Waits until the app in `frame` has its data (the list can answer); the map may still be starting. */
export async function waitForAppData(frame: Frame): Promise<void> {
  await expect
    .poll(
      () =>
        frame
          .evaluate(() => Boolean(window.__carte?.store.getState().data))
          .catch(() => false /* navigating */),
      POLL,
    )
    .toBe(true);
}

/** Console warnings of every frame of the page, recorded from now on. */
export function collectWarnings(page: Page): string[] {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  return warnings;
}
