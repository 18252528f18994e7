// What `npm test` needs beside Node and npm: a Chromium-family browser (the e2e tests and the bench drive it
// with playwright-core) and tippecanoe (the pipeline's rebuild test). Finding them is pure (an environment
// and a view of the file system in, paths out), so it is unit-tested on a fake PATH
// (test/unit/scripts/prerequisites.test.ts); `scripts/run_tests.mjs` and `test/e2e/chromium.mjs` use it.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Environment variables naming the browser to use, first wins. */
export const BROWSER_ENV = ['CHROME_PATH', 'CHROMIUM_PATH'];
/** Browser commands looked up on PATH, in order: Debian's, Ubuntu's and Fedora's Chromium, then Chrome. */
export const BROWSER_COMMANDS = [
  'chromium',
  'chromium-browser',
  'google-chrome-stable',
  'google-chrome',
  'google-chrome-beta',
  'chrome',
];
/** Browsers installed outside PATH: Chrome's .deb/.rpm, snap, macOS applications. */
export const BROWSER_LOCATIONS = [
  '/opt/google/chrome/chrome',
  '/opt/chromium.org/chromium/chromium',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];
/** Where `npx playwright install chromium` puts its build, under $HOME (a directory per revision). */
export const PLAYWRIGHT_CACHE = ['.cache', 'ms-playwright'];
const PLAYWRIGHT_EXECUTABLES = [
  ['chrome-linux64', 'chrome'],
  ['chrome-linux', 'chrome'],
  ['chrome-mac', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'],
];

/**
 * @typedef {object} FileView  what the finder may know of the file system
 * @property {(path: string) => boolean} isExecutable  true for an executable regular file
 * @property {(dir: string) => string[]} list  names in a directory ([] when missing)
 */

/** The directories of a PATH value, without empty entries (an empty entry would mean the current folder). */
export function pathDirs(pathValue, delimiter = ':') {
  return String(pathValue ?? '')
    .split(delimiter)
    .filter((d) => d !== '');
}

/** The first `name` found in the PATH directories, or null. */
export function findOnPath(name, env, files, delimiter = ':') {
  for (const dir of pathDirs(env.PATH, delimiter)) {
    const candidate = join(dir, name);
    if (files.isExecutable(candidate)) return candidate;
  }
  return null;
}

/**
 * Every browser that could run the tests, best first, as `{ path, from }` (`from` says how it was found:
 * an environment variable, `PATH`, a known location or the Playwright cache). A variable that names a file
 * that is not executable is returned with `missing: true`, so the caller can say so instead of guessing.
 * @param {Record<string, string | undefined>} env
 * @param {FileView} files
 */
export function browserCandidates(env, files, delimiter = ':') {
  const out = [];
  const seen = new Set();
  const add = (path, from, missing = false) => {
    if (seen.has(path)) return;
    seen.add(path);
    out.push(missing ? { path, from, missing: true } : { path, from });
  };
  for (const name of BROWSER_ENV) {
    const value = env[name];
    if (value) add(value, name, !files.isExecutable(value));
  }
  for (const command of BROWSER_COMMANDS) {
    const found = findOnPath(command, env, files, delimiter);
    if (found) add(found, 'PATH');
  }
  for (const location of BROWSER_LOCATIONS) if (files.isExecutable(location)) add(location, 'location');
  if (env.HOME) {
    const cache = join(env.HOME, ...PLAYWRIGHT_CACHE);
    const revisions = files
      .list(cache)
      .filter((d) => /^chromium-\d+$/.test(d))
      .sort((a, b) => Number(b.slice(9)) - Number(a.slice(9)));
    for (const revision of revisions)
      for (const parts of PLAYWRIGHT_EXECUTABLES) {
        const path = join(cache, revision, ...parts);
        if (files.isExecutable(path)) add(path, 'playwright cache');
      }
  }
  return out;
}

/** Reads `/etc/os-release` text into `{ id, like, codename }` (lower case; empty strings when absent). */
export function parseOsRelease(text) {
  const values = {};
  for (const line of String(text ?? '').split('\n')) {
    const m = /^([A-Z_]+)=(.*)$/.exec(line.trim());
    if (m) values[m[1]] = m[2].replace(/^["']|["']$/g, '');
  }
  return {
    id: (values.ID ?? '').toLowerCase(),
    like: (values.ID_LIKE ?? '').toLowerCase(),
    codename: (values.VERSION_CODENAME ?? '').toLowerCase(),
  };
}

/** `a Chromium or Chrome browser and tippecanoe ≥ 2.52` (only what is missing). */
export function describeMissing(missing) {
  const what = [];
  if (missing.browser) what.push('a Chromium or Chrome browser');
  if (missing.tippecanoe) what.push('tippecanoe ≥ 2.52');
  return what.join(' and ');
}

/**
 * What to do about missing prerequisites: `{ action: 'install' }` when this machine can install them itself
 * (root, Debian or Ubuntu, apt-get present, not refused with TEST_NO_INSTALL=1), else
 * `{ action: 'stop', line }` with one line saying exactly what to install.
 * @param {{ browser: boolean, tippecanoe: boolean }} missing  true for each missing prerequisite
 * @param {{ uid: number | null, os: { id: string, like: string }, platform: string, hasApt: boolean,
 *   noInstall: boolean, badEnv?: { name: string, path: string } | null }} machine
 */
export function planForMissing(missing, machine) {
  const debianLike =
    machine.platform === 'linux' &&
    (['debian', 'ubuntu'].includes(machine.os.id) || /\bdebian\b/.test(machine.os.like));
  if (machine.badEnv) {
    return {
      action: 'stop',
      line: `${machine.badEnv.name}=${machine.badEnv.path} is not an executable file: point it at a Chromium or Chrome binary, or unset it.`,
    };
  }
  if (debianLike && machine.hasApt && machine.uid === 0 && !machine.noInstall) return { action: 'install' };
  const lead = `npm test needs ${describeMissing(missing)}, not found on PATH:`;
  let how;
  if (debianLike) {
    const packages = [missing.browser ? 'chromium' : null, missing.tippecanoe ? 'tippecanoe' : null]
      .filter(Boolean)
      .join(' ');
    how =
      machine.uid === 0
        ? `run \`bash .ci/install-system-deps.sh\` (TEST_NO_INSTALL=1 stopped npm test from doing it)`
        : `run \`sudo bash .ci/install-system-deps.sh\` (apt packages: ${packages}${missing.tippecanoe ? '; tippecanoe from bookworm-backports on Debian 12' : ''}), then npm test again`;
  } else if (machine.platform === 'darwin') {
    how = `install ${[missing.browser ? 'Google Chrome' : null, missing.tippecanoe ? '`brew install tippecanoe`' : null].filter(Boolean).join(' and ')}, then npm test again`;
  } else {
    how = `install ${[missing.browser ? 'Chromium or Chrome' : null, missing.tippecanoe ? 'tippecanoe (https://github.com/felt/tippecanoe)' : null].filter(Boolean).join(' and ')}, then npm test again`;
  }
  const hint = missing.browser ? ' (for the browser, CHROME_PATH=/path/to/chrome also works)' : '';
  return { action: 'stop', line: `${lead} ${how}${hint}.` };
}

// ---------- the real machine ----------

/** The real file system, as the finder sees it. */
export const realFiles = {
  isExecutable(path) {
    try {
      if (!statSync(path).isFile()) return false;
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  },
  list(dir) {
    try {
      return readdirSync(dir);
    } catch {
      return [];
    }
  },
};

/** The first line a program prints for `--version`, or null when it does not run (e.g. a snap stub). */
export function versionOf(path, flag = '--version') {
  const r = spawnSync(path, [flag], { encoding: 'utf8', timeout: 20_000, stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) return null;
  const line = `${r.stdout}\n${r.stderr}`
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '');
  return line ?? '';
}

/**
 * The browser to use on this machine: the first candidate that answers `--version`.
 * Returns `{ path, from, version }`, `{ badEnv: { name, path } }` when CHROME_PATH/CHROMIUM_PATH names
 * nothing runnable, or null.
 */
export function findBrowser(
  env = process.env,
  files = realFiles,
  delimiter = process.platform === 'win32' ? ';' : ':',
) {
  for (const c of browserCandidates(env, files, delimiter)) {
    if (c.missing) return { badEnv: { name: c.from, path: c.path } };
    const version = versionOf(c.path);
    if (version !== null) return { path: c.path, from: c.from, version };
    if (BROWSER_ENV.includes(c.from)) return { badEnv: { name: c.from, path: c.path } };
  }
  return null;
}

/** tippecanoe on PATH and its version, or null. */
export function findTippecanoe(
  env = process.env,
  files = realFiles,
  delimiter = process.platform === 'win32' ? ';' : ':',
) {
  const path = findOnPath('tippecanoe', env, files, delimiter);
  if (!path) return null;
  const version = versionOf(path);
  return version === null ? null : { path, version };
}

/** This machine, as planForMissing needs it. */
export function describeMachine(env = process.env) {
  let osText = '';
  try {
    osText = readFileSync('/etc/os-release', 'utf8');
  } catch {}
  return {
    uid: typeof process.getuid === 'function' ? process.getuid() : null,
    os: parseOsRelease(osText),
    platform: process.platform,
    hasApt: findOnPath('apt-get', env, realFiles) !== null || realFiles.isExecutable('/usr/bin/apt-get'),
    noInstall: env.TEST_NO_INSTALL === '1',
  };
}
