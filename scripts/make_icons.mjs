#!/usr/bin/env node
// Draws the web app manifest's icons (public/icons/*.png) from public/favicon.svg, with the Chromium of the
// tests (test/e2e/chromium.mjs). Run it again when the favicon changes: `node scripts/make_icons.mjs`.
//  - icon-192.png, icon-512.png: the favicon as it is (transparent corners);
//  - icon-maskable-512.png, apple-touch-icon.png (180): the cross on a full square of the favicon's blue, the
//    cross inside the central 60 % so that any mask shape (circle, squircle) keeps it whole.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../test/e2e/chromium.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const favicon = readFileSync(join(ROOT, 'public', 'favicon.svg'), 'utf8');
const blue = /fill="(#[0-9a-fA-F]{6})"/.exec(favicon)?.[1] ?? '#0b5cad';
const cross = /<path[^>]*\/>/.exec(favicon)?.[0] ?? '';
/** the favicon's cross (drawn in a 32-unit box, 16 units wide) centred on a full blue square */
const fullBleed = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${blue}"/><g transform="translate(16 16) scale(1.2) translate(-16 -16)">${cross}</g></svg>`;

const ICONS = [
  { file: 'icon-192.png', size: 192, svg: favicon },
  { file: 'icon-512.png', size: 512, svg: favicon },
  { file: 'icon-maskable-512.png', size: 512, svg: fullBleed },
  { file: 'apple-touch-icon.png', size: 180, svg: fullBleed },
];

const browser = await launchChromium();
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const svg = icon.svg.replace('<svg ', `<svg width="${icon.size}" height="${icon.size}" `);
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    await page.screenshot({ path: join(ROOT, 'public', 'icons', icon.file), omitBackground: true });
    await page.close();
    console.log(`public/icons/${icon.file} (${icon.size}×${icon.size})`);
  }
} finally {
  await browser.close();
}
