#!/usr/bin/env node
// `npm test`: prerequisites, then type-check, lint, unit tests, end-to-end tests — in that order, each
// reported, all run even when one fails. Type-check and lint count as one test each; the vitest counts come
// from their JSON reports. The last line printed is exactly `N passed, N failed`; the exit code is non-zero if
// anything failed or if no test ran at all.
//
// Prerequisites (scripts/lib/prerequisites.mjs): a Chromium-family browser and tippecanoe. When one is
// missing, as root on Debian/Ubuntu it runs `.ci/install-system-deps.sh` itself (unless TEST_NO_INSTALL=1);
// otherwise it stops at once with one line saying what to install, counting each missing one as a failure.
// The browser found is passed to the e2e tests and the bench as CHROMIUM_PATH (test/e2e/chromium.mjs).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  describeMachine,
  describeMissing,
  findBrowser,
  findTippecanoe,
  planForMissing,
} from './lib/prerequisites.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TMP = mkdtempSync(join(tmpdir(), 'run-tests-'));
const MINUTE = 60_000;

const STEPS = [
  {
    name: 'type-check',
    kind: 'single',
    cmd: ['npx', 'tsc', '--noEmit', '-p', 'tsconfig.json'],
    timeout: 10 * MINUTE,
  },
  { name: 'lint', kind: 'single', cmd: ['npx', 'biome', 'check', '.'], timeout: 5 * MINUTE },
  { name: 'unit', kind: 'vitest', cmd: ['npx', 'vitest', 'run'], timeout: 20 * MINUTE },
  {
    name: 'e2e',
    kind: 'vitest',
    cmd: ['npx', 'vitest', 'run', '-c', 'vitest.e2e.config.ts'],
    timeout: 45 * MINUTE,
  },
];

/** The running step: its process group is killed if we are interrupted. */
let current = null;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (current?.pid) {
      try {
        process.kill(-current.pid, 'SIGKILL');
      } catch {}
    }
    process.exit(130);
  });
}

/** Runs a command with inherited output, killing its whole process group after `timeout` ms. */
function run(cmd, timeout, env = process.env) {
  return new Promise((resolvePromise) => {
    const started = Date.now();
    const child = spawn(cmd[0], cmd.slice(1), {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true, // own process group, so a timeout kills vitest's workers and browsers too
      // plain output in CI logs and files; colours on a terminal
      env: process.stdout.isTTY || env.FORCE_COLOR ? env : { ...env, NO_COLOR: '1' },
    });
    current = child;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeout);
    child.on('error', (err) => {
      clearTimeout(timer);
      resolvePromise({ code: 127, signal: null, timedOut, ms: Date.now() - started, error: err.message });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code, signal, timedOut, ms: Date.now() - started });
    });
  });
}

/** Reads a vitest JSON report into { passed, failed: string[], skipped }. */
function readVitestReport(file) {
  if (!existsSync(file)) return null;
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  let passed = 0;
  let skipped = 0;
  const failed = [];
  for (const suite of report.testResults ?? []) {
    const path = relative(ROOT, suite.name ?? '');
    let suiteFailed = 0;
    for (const t of suite.assertionResults ?? []) {
      if (t.status === 'passed') passed++;
      else if (t.status === 'failed') {
        suiteFailed++;
        failed.push(`${path} > ${t.fullName ?? [...(t.ancestorTitles ?? []), t.title].join(' > ')}`);
      } else skipped++;
    }
    // a file that failed without a failing test: it did not load, or a hook failed
    if (suite.status === 'failed' && suiteFailed === 0) {
      const why = String(suite.message ?? '').split('\n')[0];
      failed.push(`${path}: ${why || 'test file failed'}`);
    }
  }
  return { passed, failed, skipped, success: report.success };
}

/** Stops before any test: one line (what to install), then the summary counting each missing one as failed. */
function stopForPrerequisites(line, failures) {
  console.log(line);
  rmSync(TMP, { recursive: true, force: true });
  console.log(`0 passed, ${failures} failed`);
  process.exit(1);
}

/**
 * Finds the browser and tippecanoe; installs them when this machine can (root on Debian/Ubuntu); returns the
 * environment for the test steps (CHROMIUM_PATH set, PATH extended with the system folders after an install).
 */
async function prerequisites() {
  const header = '\n── prerequisites ─────────────────────────────────────────────────────';
  let env = { ...process.env };
  let browser = findBrowser(env);
  let tippecanoe = findTippecanoe(env);
  const missing = () => ({ browser: !browser || 'badEnv' in browser, tippecanoe: !tippecanoe });
  const count = (m) => Number(m.browser) + Number(m.tippecanoe);
  const wasMissing = count(missing()) > 0;
  if (wasMissing) {
    const badEnv = browser && 'badEnv' in browser ? browser.badEnv : null;
    const plan = planForMissing(missing(), { ...describeMachine(env), badEnv });
    if (plan.action === 'stop') stopForPrerequisites(plan.line, count(missing()));
    const what = Object.entries(missing())
      .filter(([, m]) => m)
      .map(([k]) => k)
      .join(' and ');
    console.log(header);
    console.log(`${what} missing: installing with bash .ci/install-system-deps.sh (root on Debian/Ubuntu)`);
    // apt installs into the system folders: make sure they are on PATH, for the script and afterwards
    const system = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
    const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
    env = { ...env, PATH: [...dirs, ...system.filter((d) => !dirs.includes(d))].join(delimiter) };
    const r = await run(['bash', join(ROOT, '.ci', 'install-system-deps.sh')], 30 * MINUTE, env);
    browser = findBrowser(env);
    tippecanoe = findTippecanoe(env);
    if (count(missing()) > 0) {
      const how = r.code === 0 ? 'ran' : `failed (exit ${r.code ?? r.signal})`;
      stopForPrerequisites(
        `npm test needs ${describeMissing(missing())}: still not found after bash .ci/install-system-deps.sh ${how}; install it by hand (Debian: apt-get install chromium; tippecanoe from bookworm-backports) or set CHROME_PATH.`,
        count(missing()),
      );
    }
  }
  if (!wasMissing) console.log(header);
  console.log(`browser:    ${browser.path} (${browser.version}; found via ${browser.from})`);
  console.log(`tippecanoe: ${tippecanoe.path} (${tippecanoe.version})`);
  return { ...env, CHROMIUM_PATH: browser.path };
}

const testEnv = await prerequisites();
const results = [];
for (const step of STEPS) {
  const line = '─'.repeat(Math.max(4, 70 - step.name.length));
  console.log(`\n── ${step.name} ${line}`);
  console.log(`$ ${step.cmd.join(' ')}`);
  let cmd = step.cmd;
  const jsonFile = join(TMP, `${step.name}.json`);
  if (step.kind === 'vitest')
    cmd = [...cmd, '--reporter=default', '--reporter=json', `--outputFile=${jsonFile}`];
  const r = await run(cmd, step.timeout, testEnv);
  const seconds = (r.ms / 1000).toFixed(1);
  const exit = r.timedOut
    ? `timed out after ${step.timeout / MINUTE} min`
    : r.error
      ? `could not start: ${r.error}`
      : `exit ${r.code ?? r.signal}`;
  let passed = 0;
  let skipped = 0;
  let failed = [];
  if (step.kind === 'single') {
    if (r.code === 0) passed = 1;
    else failed = [`${step.name} (${exit})`];
  } else {
    const report = readVitestReport(jsonFile);
    if (report) ({ passed, failed, skipped } = report);
    if (!report) failed.push(`${step.name}: no test report (${exit})`);
    else if (r.code !== 0 && failed.length === 0) {
      // e.g. no test files, unhandled errors, a failing global setup, a timeout
      failed.push(
        `${step.name}: ${passed === 0 ? 'no test ran (no test files, or setup failed: see its output)' : 'errors outside tests'} (${exit})`,
      );
    } else if (r.code === 0 && passed === 0) failed.push(`${step.name}: no test ran`);
  }
  results.push({ step: step.name, passed, failed, skipped, seconds, exit });
  const status = failed.length ? 'FAIL' : 'ok';
  console.log(
    `── ${step.name}: ${status} — ${passed} passed, ${failed.length} failed${skipped ? `, ${skipped} skipped` : ''} (${seconds} s, ${exit})`,
  );
}
rmSync(TMP, { recursive: true, force: true });

const totalPassed = results.reduce((n, r) => n + r.passed, 0);
const allFailed = results.flatMap((r) => r.failed.map((f) => `[${r.step}] ${f}`));
console.log('\n── summary ─────────────────────────────────────────────────────────');
for (const r of results) {
  console.log(
    `${r.step.padEnd(11)} ${String(r.passed).padStart(4)} passed ${String(r.failed.length).padStart(4)} failed` +
      `${r.skipped ? ` ${r.skipped} skipped` : ''}  ${r.seconds} s`,
  );
}
if (allFailed.length) {
  console.log('\nFailures:');
  for (const f of allFailed) console.log(`  ✗ ${f}`);
}
if (totalPassed + allFailed.length === 0) console.log('\nNo test ran.');
console.log(`${totalPassed} passed, ${allFailed.length} failed`);
process.exitCode = allFailed.length > 0 || totalPassed === 0 ? 1 : 0;
