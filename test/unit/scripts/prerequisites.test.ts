// How `npm test` finds a browser and tippecanoe, and what it does when they are missing
// (scripts/lib/prerequisites.mjs), on a fake file system: no real PATH, no real process.
import { describe, expect, test } from 'vitest';
import {
  browserCandidates,
  findOnPath,
  type Machine,
  parseOsRelease,
  pathDirs,
  planForMissing,
} from '../../../scripts/lib/prerequisites.mjs';

/** A file system holding exactly these executables (and directories listing the given names). */
function fakeFiles(executables: string[], dirs: Record<string, string[]> = {}) {
  const set = new Set(executables);
  return { isExecutable: (p: string) => set.has(p), list: (d: string) => dirs[d] ?? [] };
}

const DEBIAN_ROOT: Machine = {
  uid: 0,
  os: { id: 'debian', like: '' },
  platform: 'linux',
  hasApt: true,
  noInstall: false,
};

describe('finding the browser', () => {
  test('Debian’s chromium on PATH is found', () => {
    const files = fakeFiles(['/usr/bin/chromium', '/usr/bin/tippecanoe']);
    expect(browserCandidates({ PATH: '/usr/local/bin:/usr/bin:/bin' }, files)).toEqual([
      { path: '/usr/bin/chromium', from: 'PATH' },
    ]);
  });

  test('without chromium, chromium-browser and then google-chrome are taken, in that order', () => {
    const files = fakeFiles(['/opt/x/google-chrome', '/usr/bin/chromium-browser']);
    expect(browserCandidates({ PATH: '/opt/x:/usr/bin' }, files).map((c) => c.path)).toEqual([
      '/usr/bin/chromium-browser',
      '/opt/x/google-chrome',
    ]);
  });

  test('the earlier PATH directory wins for the same command', () => {
    const files = fakeFiles(['/a/chromium', '/b/chromium']);
    expect(browserCandidates({ PATH: '/b:/a' }, files)[0]).toEqual({ path: '/b/chromium', from: 'PATH' });
  });

  test('CHROME_PATH comes before anything on PATH, then CHROMIUM_PATH', () => {
    const files = fakeFiles(['/usr/bin/chromium', '/home/me/chrome', '/srv/chromium']);
    const env = { PATH: '/usr/bin', CHROME_PATH: '/home/me/chrome', CHROMIUM_PATH: '/srv/chromium' };
    expect(browserCandidates(env, files).map((c) => c.from)).toEqual([
      'CHROME_PATH',
      'CHROMIUM_PATH',
      'PATH',
    ]);
  });

  test('a CHROME_PATH naming no executable is reported as missing, not skipped', () => {
    const files = fakeFiles(['/usr/bin/chromium']);
    expect(browserCandidates({ PATH: '/usr/bin', CHROME_PATH: '/nowhere/chrome' }, files)[0]).toEqual({
      path: '/nowhere/chrome',
      from: 'CHROME_PATH',
      missing: true,
    });
  });

  test('a PATH stripped of the system folders finds nothing, even though /usr/bin/chromium exists', () => {
    const files = fakeFiles(['/usr/bin/chromium', '/tmp/bin/node', '/tmp/bin/npm']);
    expect(browserCandidates({ PATH: '/tmp/bin' }, files)).toEqual([]);
  });

  test('Chrome installed outside PATH (/opt/google/chrome) is found', () => {
    const files = fakeFiles(['/opt/google/chrome/chrome']);
    expect(browserCandidates({ PATH: '/usr/bin' }, files)).toEqual([
      { path: '/opt/google/chrome/chrome', from: 'location' },
    ]);
  });

  test('the newest Chromium of the Playwright cache is found under HOME', () => {
    const cache = '/home/me/.cache/ms-playwright';
    const files = fakeFiles(
      [`${cache}/chromium-1090/chrome-linux/chrome`, `${cache}/chromium-1200/chrome-linux64/chrome`],
      { [cache]: ['chromium-1090', 'chromium_headless_shell-1200', 'chromium-1200', 'ffmpeg-1010'] },
    );
    expect(browserCandidates({ PATH: '', HOME: '/home/me' }, files).map((c) => c.path)).toEqual([
      `${cache}/chromium-1200/chrome-linux64/chrome`,
      `${cache}/chromium-1090/chrome-linux/chrome`,
    ]);
  });

  test('empty PATH entries (the current folder) are not searched', () => {
    expect(pathDirs('::/usr/bin:')).toEqual(['/usr/bin']);
    expect(findOnPath('chromium', { PATH: ':' }, fakeFiles(['chromium']))).toBeNull();
  });
});

describe('finding tippecanoe', () => {
  test('on PATH, or null', () => {
    const files = fakeFiles(['/usr/bin/tippecanoe']);
    expect(findOnPath('tippecanoe', { PATH: '/usr/local/bin:/usr/bin' }, files)).toBe('/usr/bin/tippecanoe');
    expect(findOnPath('tippecanoe', { PATH: '/usr/local/bin' }, files)).toBeNull();
    expect(findOnPath('tippecanoe', {}, files)).toBeNull();
  });
});

describe('what to do when something is missing', () => {
  const both = { browser: true, tippecanoe: true };

  test('root on Debian with apt installs them itself', () => {
    expect(planForMissing(both, DEBIAN_ROOT)).toEqual({ action: 'install' });
  });

  test('root on Ubuntu (ID=ubuntu, or a derivative with ID_LIKE debian) installs them too', () => {
    expect(planForMissing(both, { ...DEBIAN_ROOT, os: { id: 'ubuntu', like: 'debian' } }).action).toBe(
      'install',
    );
    expect(
      planForMissing(both, { ...DEBIAN_ROOT, os: { id: 'linuxmint', like: 'ubuntu debian' } }).action,
    ).toBe('install');
  });

  test('a non-root user on Debian is told, in one line, the exact command to run', () => {
    const plan = planForMissing(both, { ...DEBIAN_ROOT, uid: 1000 });
    expect(plan.action).toBe('stop');
    const line = 'line' in plan ? plan.line : '';
    expect(line).not.toContain('\n');
    expect(line).toContain('sudo bash .ci/install-system-deps.sh');
    expect(line).toContain('chromium tippecanoe');
    expect(line).toContain('CHROME_PATH');
  });

  test('only the missing prerequisite is named', () => {
    const plan = planForMissing({ browser: false, tippecanoe: true }, { ...DEBIAN_ROOT, uid: 1000 });
    const line = 'line' in plan ? plan.line : '';
    expect(line).toContain('tippecanoe');
    expect(line).not.toMatch(/Chromium|Chrome|CHROME_PATH/);
    const browserOnly = planForMissing({ browser: true, tippecanoe: false }, { ...DEBIAN_ROOT, uid: 1000 });
    expect('line' in browserOnly ? browserOnly.line : '').not.toContain('tippecanoe');
  });

  test('TEST_NO_INSTALL=1 stops root from installing, and says how to do it', () => {
    const plan = planForMissing(both, { ...DEBIAN_ROOT, noInstall: true });
    expect(plan.action).toBe('stop');
    expect('line' in plan ? plan.line : '').toContain('bash .ci/install-system-deps.sh');
  });

  test('without apt (another distribution, or macOS) it stops with what to install there', () => {
    const fedora = planForMissing(both, { ...DEBIAN_ROOT, os: { id: 'fedora', like: '' } });
    expect(fedora.action).toBe('stop');
    expect('line' in fedora ? fedora.line : '').toContain('https://github.com/felt/tippecanoe');
    const mac = planForMissing(both, { ...DEBIAN_ROOT, uid: 501, platform: 'darwin', hasApt: false });
    expect('line' in mac ? mac.line : '').toContain('brew install tippecanoe');
  });

  test('a CHROME_PATH naming nothing runnable is said first, even as root', () => {
    const plan = planForMissing(
      { browser: true, tippecanoe: false },
      { ...DEBIAN_ROOT, badEnv: { name: 'CHROME_PATH', path: '/nowhere/chrome' } },
    );
    expect(plan).toEqual({
      action: 'stop',
      line: 'CHROME_PATH=/nowhere/chrome is not an executable file: point it at a Chromium or Chrome binary, or unset it.',
    });
  });
});

test('os-release is read into id, ID_LIKE and codename', () => {
  const text = 'PRETTY_NAME="Ubuntu 24.04 LTS"\nID=ubuntu\nID_LIKE=debian\nVERSION_CODENAME=noble\n';
  expect(parseOsRelease(text)).toEqual({ id: 'ubuntu', like: 'debian', codename: 'noble' });
  expect(parseOsRelease('')).toEqual({ id: '', like: '', codename: '' });
});
