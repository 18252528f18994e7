// How the tests and the bench start Chromium: headless, WebGL through ANGLE on SwiftShader (software
// Vulkan, no GPU needed), and no host name resolving except the local server's. The browser is the one
// `npm test` found and passed in CHROMIUM_PATH (scripts/run_tests.mjs), else the first one this machine has
// (CHROME_PATH, Debian's chromium, chromium-browser, google-chrome… see scripts/lib/prerequisites.mjs).
import { chromium } from 'playwright-core';
import { findBrowser } from '../../scripts/lib/prerequisites.mjs';

function browserPath() {
  const found = findBrowser();
  if (found && 'path' in found) return found.path;
  // launching then fails with playwright's own message naming this path
  return found?.badEnv.path ?? '/usr/bin/chromium';
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || browserPath();
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-dev-shm-usage',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}
