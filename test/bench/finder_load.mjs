#!/usr/bin/env node
// Cold-load bench of the "nearest care places" finder on a phone viewport (375×667), in two network/CPU
// profiles — slow 4G (150 ms RTT, 1.6 Mbps down, 750 kbps up) with a 4× CPU slowdown, and no throttling —
// and for two pages side by side: the page with its map, and the same page in a context without WebGL
// (the app then never downloads the map code). A regression of the map's manners shows as a ratio.
// Each run types "Condé" in the search box, picks the first option, and measures from navigation start the
// time until the first item of the nearest-places list is visible and the gzipped JavaScript loaded by then;
// then it scrolls to the map, types a second commune while the map starts (Event Timing: the slowest
// interaction, ≈ INP) and notes when the map became idle. Prints medians of RUNS runs per page and profile,
// writes test-results/bench.json (under the `finder_load` key).
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from '../e2e/chromium.mjs';
import { buildSite, ROOT, serveSite } from '../e2e/site.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/**
 * How the robot types: `playwright` (default, as measured since the first delivery) waits for Playwright's
 * visibility and stability checks before typing and before pressing Enter; `prompt` (BENCH_ROBOT=prompt) acts
 * as soon as the elements exist (checked every 10 ms). On this machine the two agree within the noise.
 */
const ROBOT = process.env.BENCH_ROBOT === 'prompt' ? 'prompt' : 'playwright';
const QUERY = process.env.BENCH_QUERY ?? 'Condé';
/** BENCH_BASELINE: the dist/ folder of another build, measured with the map beside this one (printComparison) */
const BASELINE_DIST = process.env.BENCH_BASELINE ? resolve(process.env.BENCH_BASELINE) : null;
/** typed while the map starts, to time interactions then */
const SECOND_QUERY = 'Liévin';
const SLOW_NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: 1.6e6 / 8,
  uploadThroughput: 750e3 / 8,
};
export const PROFILES = {
  slow: { label: 'slow 4G + CPU ×4', network: SLOW_NETWORK, cpuSlowdown: 4, budgetMs: 1500 },
  fast: { label: 'no throttling', network: null, cpuSlowdown: 1, budgetMs: 1000 },
};
export const PAGES = {
  map: { label: 'with the map' },
  nomap: { label: 'no WebGL (no map)' },
};
const BUDGET = { jsGzipBytes: 60 * 1024, inpMs: 200 };
const TIMEOUT = 120_000;
const MAP_TIMEOUT = 180_000;
const LIST_ITEM = '[data-testid="nearest-list"] li';

// Runs in the page before any of its scripts: notes performance.now() when the first list item is visible,
// and (without any round trip to this process, which would cost the page time) when the bench's steps happen;
// records every Event Timing entry of 16 ms or more (the interactions' time to next paint).
const WATCH_LIST = `(() => {
  const sel = ${JSON.stringify(LIST_ITEM)};
  const steps = (window.__benchSteps = {});
  const events = (window.__benchEvents = []);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        events.push({ name: e.name, start: e.startTime, duration: e.duration, interactionId: e.interactionId ?? 0, inputDelay: Math.round(e.processingStart - e.startTime), processing: Math.round(e.processingEnd - e.processingStart) });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {}
  const note = (name) => { if (steps[name] === undefined) steps[name] = performance.now(); };
  const check = () => {
    if (document.querySelector('#recherche')) note('search box in the page');
    if (document.querySelector('#recherche-options [role=option]')) note('first option in the page');
    if (window.__benchVisibleAt !== undefined) return;
    const li = document.querySelector(sel);
    if (!li) return;
    const r = li.getBoundingClientRect();
    const visible = r.width > 0 && r.height > 0 && (li.checkVisibility ? li.checkVisibility({ visibilityProperty: true, opacityProperty: true }) : true);
    if (visible) window.__benchVisibleAt = performance.now();
  };
  document.addEventListener('input', () => note('query typed'), true);
  document.addEventListener('keydown', (e) => { if (e.key === 'Enter') note('Enter pressed'); }, true);
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
  const tick = () => { check(); if (window.__benchVisibleAt === undefined) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
})();`;

// The page without WebGL: the app sees no WebGL context, says so, and never downloads the map code.
const NO_WEBGL = `(() => {
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    if (/webgl/i.test(String(type))) return null;
    return original.call(this, type, ...rest);
  };
})();`;

/** Types the query, picks the first option with Enter, waits until the first nearest place is visible. */
async function answer(page, query) {
  const input = page.locator('#recherche');
  if (ROBOT === 'prompt') {
    // types as soon as the box exists and presses Enter as soon as an option exists (checked every 10 ms),
    // so that the figure is the page's time, not the robot's visibility and stability checks
    const exists = (selector) =>
      page.waitForFunction((sel) => document.querySelector(sel) !== null, selector, {
        timeout: TIMEOUT,
        polling: 10,
      });
    await exists('#recherche');
    await input.fill(query, { timeout: TIMEOUT, force: true });
    await exists('#recherche-options [role=option]');
  } else {
    await input.waitFor({ state: 'visible', timeout: TIMEOUT });
    await input.fill(query, { timeout: TIMEOUT });
    await page
      .locator('#recherche-options [role=option]')
      .first()
      .waitFor({ state: 'visible', timeout: TIMEOUT });
  }
  // Enter picks the first option (the active one, or the first when none is active)
  await input.press('Enter');
  await page.waitForFunction(() => window.__benchVisibleAt !== undefined, null, {
    timeout: TIMEOUT,
    polling: 50,
  });
}

/**
 * After the answer: scrolls to the map (a resident who wants it), then types a second commune key by key
 * while the map starts, and waits until the map is idle (or, without WebGL, until the same typing is done).
 */
async function interactWhileMapStarts(page, withMap) {
  await page.evaluate(() => document.querySelector('.zone-carte')?.scrollIntoView({ block: 'center' }));
  if (withMap)
    // the map-start mark (or, for an older baseline build without it, the map's canvas)
    await page.waitForFunction(
      () =>
        performance.getEntriesByName('carte:map-start').length > 0 ||
        document.querySelector('.maplibregl-canvas') !== null,
      null,
      {
        timeout: MAP_TIMEOUT,
        polling: 20,
      },
    );
  const typingFrom = await page.evaluate(() => performance.now());
  const input = page.locator('#recherche');
  await input.click({ timeout: TIMEOUT });
  await input.fill('', { timeout: TIMEOUT });
  await page.keyboard.type(SECOND_QUERY, { delay: 60 });
  await page
    .locator('#recherche-options [role=option]')
    .first()
    .waitFor({ state: 'visible', timeout: TIMEOUT });
  await page.keyboard.press('Enter');
  const typingTo = await page.evaluate(() => performance.now());
  if (withMap)
    await page.waitForFunction(
      () => ['idle', 'error', 'unavailable'].includes(document.documentElement.dataset.mapState ?? ''),
      null,
      { timeout: MAP_TIMEOUT, polling: 100 },
    );
  return { typingFrom, typingTo };
}

/**
 * One cold load (fresh context, cache disabled) of `url` in a profile of PROFILES and a page of PAGES.
 * Returns the figures of the run (ms from navigation start).
 */
export async function measureOnce(
  browser,
  url,
  { profile = 'slow', page: variant = 'map', trace = false } = {},
) {
  const setup = PROFILES[profile];
  const withMap = variant === 'map';
  const context = await browser.newContext({
    viewport: { width: 375, height: 667 },
    locale: 'fr-FR',
    isMobile: true,
    hasTouch: true,
    // the bench measures cold loads: no offline copy in between (each context is fresh anyway)
    serviceWorkers: 'block',
  });
  // No request interception here: a route handler pauses every request for a round trip to this process,
  // which would be counted in the page's time. Other hosts are unreachable anyway: the browser resolves
  // no host name but localhost (--host-resolver-rules in chromium.mjs); the requests are listed below.
  const foreign = [];
  context.on('request', (req) => {
    const host = new URL(req.url()).hostname;
    if (!['127.0.0.1', 'localhost'].includes(host) && !req.url().startsWith('data:')) foreign.push(req.url());
  });
  const page = await context.newPage();
  await page.addInitScript(WATCH_LIST);
  if (!withMap) await page.addInitScript(NO_WEBGL);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (setup.network) await cdp.send('Network.emulateNetworkConditions', setup.network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: setup.cpuSlowdown });
  // transfer sizes from the protocol, as a cross-check of the Resource Timing figures
  const scripts = new Map();
  cdp.on('Network.responseReceived', (e) => {
    if (e.type === 'Script') scripts.set(e.requestId, { url: e.response.url, bytes: 0 });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const s = scripts.get(e.requestId);
    if (s) s.bytes = e.encodedDataLength;
  });
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT });
    await answer(page, QUERY);
    const m = await page.evaluate(() => {
      const at = window.__benchVisibleAt;
      const js = performance
        .getEntriesByType('resource')
        .filter((r) => /\.m?js(\?|#|$)/.test(new URL(r.name).pathname) && r.responseEnd <= at);
      // everything fetched before that moment, to see where the time goes
      const resources = performance
        .getEntriesByType('resource')
        .filter((r) => r.responseEnd <= at)
        .map((r) => ({
          url: new URL(r.name).pathname,
          bytes: r.encodedBodySize,
          start: Math.round(r.startTime),
          end: Math.round(r.responseEnd),
        }));
      const nav = performance.getEntriesByType('navigation')[0];
      const steps = Object.fromEntries(
        Object.entries(window.__benchSteps ?? {}).map(([k, v]) => [k, Math.round(v)]),
      );
      const marks = performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('carte:') && m.startTime <= at)
        .map((m) => ({ name: m.name, at: Math.round(m.startTime) }));
      const firstItem = document.querySelector('[data-testid="nearest-list"] li')?.textContent?.trim() ?? '';
      return {
        ms: at,
        jsGzipBytes: js.reduce((n, r) => n + r.encodedBodySize, 0),
        jsFiles: js.map((r) => ({ url: new URL(r.name).pathname, bytes: r.encodedBodySize })),
        firstItem: firstItem.slice(0, 120),
        domContentLoaded: nav ? Math.round(nav.domContentLoadedEventEnd) : null,
        marks,
        steps,
        resources,
      };
    });
    m.cdpScriptBytes = [...scripts.values()].reduce((n, s) => n + s.bytes, 0);
    // the map's start, and the interactions while it starts
    if (trace) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    const sync = trace ? await page.evaluate(() => performance.mark('bench:trace-sync').startTime) : null;
    const { typingFrom, typingTo } = await interactWhileMapStarts(page, withMap);
    const after = await page.evaluate(
      ({ from, to }) => {
        const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
        const mapStart = mark('carte:map-start');
        const mapIdle = mark('carte:map-idle');
        const until = mapIdle ?? to;
        const during = (window.__benchEvents ?? []).filter(
          (e) => e.interactionId > 0 && e.start >= from && e.start <= until,
        );
        const mapRequested = performance
          .getEntriesByType('resource')
          .some((r) => /map_controller|maplibre-gl-worker/.test(r.name));
        return {
          mapStart,
          mapIdle,
          mapState: document.documentElement.dataset.mapState ?? null,
          mapCodeRequested: mapRequested,
          interactions: during.length,
          inpMs: during.reduce((n, e) => Math.max(n, e.duration), 0),
          slowestEvent: during.sort((a, b) => b.duration - a.duration)[0] ?? null,
        };
      },
      { from: typingFrom, to: typingTo },
    );
    Object.assign(m, after);
    if (trace)
      m.readback = readbackDuring(JSON.parse((await browser.stopTracing()).toString()), sync, m.slowestEvent);
    m.foreignRequests = foreign;
    if (foreign.length) console.warn(`third-party requests attempted: ${foreign.join(', ')}`);
    return m;
  } finally {
    await context.close();
  }
}

const TRACE_CATEGORIES = ['blink.user_timing', 'gpu', 'devtools.timeline'];

/**
 * In a trace of the run, the time the page's main thread spent in `GLES2::ReadPixels` during the slowest
 * interaction: headless Chromium composites in software, so every frame that shows the map's WebGL canvas reads
 * it back, waiting until SwiftShader (WebGL on the CPU) has run the queued drawing. A phone's GPU composites the
 * canvas without that wait: this is the share of the slowest interaction owed to the test browser's software
 * WebGL. `sync` is the performance time of the `bench:trace-sync` mark, which aligns the trace's clock.
 */
function readbackDuring(traceJson, sync, slowest) {
  const events = traceJson.traceEvents ?? traceJson;
  const mark = events.find((e) => e.name === 'bench:trace-sync');
  if (!mark || sync === null || !slowest) return null;
  const from = mark.ts + (slowest.start - sync) * 1000;
  const to = from + slowest.duration * 1000;
  let us = 0;
  for (const e of events)
    if (e.name === 'GLES2::ReadPixels' && e.ph === 'X' && e.ts < to && e.ts + e.dur > from)
      us += Math.min(to, e.ts + e.dur) - Math.max(from, e.ts);
  return { interactionMs: slowest.duration, readPixelsMs: Math.round(us / 1000) };
}

const median = (xs) => {
  const s = [...xs].filter((x) => x !== null && x !== undefined).sort((a, b) => a - b);
  if (!s.length) return null;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/**
 * How fast this machine's Chromium runs a fixed piece of JavaScript (no throttling): milliseconds for
 * 200,000 small objects built, sorted, serialized and parsed back, median of 5. The finder's time is mostly
 * main-thread work ×4, so it scales with this figure: compare runs on different machines with it.
 */
async function calibrateCpu(browser) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(() => {
      const once = () => {
        const t0 = performance.now();
        const rows = [];
        for (let i = 0; i < 200_000; i++) rows.push({ id: `r${(i * 7919) % 200_000}`, v: (i * 31) % 1000 });
        rows.sort((a, b) => a.v - b.v || (a.id < b.id ? -1 : 1));
        JSON.parse(JSON.stringify(rows));
        return performance.now() - t0;
      };
      const times = Array.from({ length: 5 }, once).sort((a, b) => a - b);
      return Math.round(times[2]);
    });
  } finally {
    await page.close();
  }
}

const kb = (b) => (b === null ? '—' : `${(b / 1024).toFixed(1)} KB`);
const ms = (x) => (x === null ? '—' : `${Math.round(x)} ms`);

/** Medians of one page in one profile. */
function summarize(runs) {
  return {
    ms: Math.round(median(runs.map((r) => r.ms))),
    jsGzipBytes: median(runs.map((r) => r.jsGzipBytes)),
    mapStart: median(runs.map((r) => r.mapStart)),
    mapIdle: median(runs.map((r) => r.mapIdle)),
    inpMs: median(runs.map((r) => r.inpMs)),
  };
}

/** The side-by-side table: for each profile, the page with the map, without, and their ratio. */
function printTable(medians, calibrationMs) {
  const head = ['', ...Object.keys(PROFILES).flatMap((p) => [`${p}: map`, 'no map', 'ratio'])];
  const ratio = (a, b) => (a === null || b === null || b === 0 ? '—' : `×${(a / b).toFixed(2)}`);
  const row = (label, pick, fmt) => [
    label,
    ...Object.keys(PROFILES).flatMap((p) => {
      const a = pick(medians[p].map);
      const b = pick(medians[p].nomap);
      return [fmt(a), fmt(b), ratio(a, b)];
    }),
  ];
  const rows = [
    head,
    row('first nearest place', (m) => m.ms, ms),
    row('gzipped JS by then', (m) => m.jsGzipBytes, kb),
    row('slowest interaction (≈ INP)', (m) => m.inpMs, ms),
    [
      'map start → idle',
      ...Object.keys(PROFILES).flatMap((p) => [
        `${ms(medians[p].map.mapStart)} → ${ms(medians[p].map.mapIdle)}`,
        '—',
        '',
      ]),
    ],
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  console.log(
    `\nfinder cold load, 375×667 — medians of ${RUNS} runs per page and profile (CPU calibration ${calibrationMs} ms; robot: ${ROBOT})`,
  );
  for (const [key, p] of Object.entries(PROFILES))
    console.log(`  ${key}: ${p.label}${p.network ? ` (150 ms RTT, 1.6/0.75 Mbps)` : ''}`);
  for (const r of rows) console.log(r.map((cell, c) => String(cell).padEnd(widths[c])).join('  '));
}

/** This build beside the baseline build (BENCH_BASELINE), both with the map: a regression shows as a ratio above 1. */
function printComparison(medians) {
  const ratio = (a, b) => (a === null || b === null || b === 0 ? '—' : `×${(a / b).toFixed(2)}`);
  console.log(`\nthis build / baseline build (${BASELINE_DIST}), both with the map — medians:`);
  const measures = [
    ['first nearest place', (m) => m.ms, ms],
    ['gzipped JS by then', (m) => m.jsGzipBytes, kb],
    ['slowest interaction (≈ INP)', (m) => m.inpMs, ms],
    ['map idle', (m) => m.mapIdle, ms],
  ];
  for (const p of Object.keys(PROFILES))
    for (const [label, pick, fmt] of measures) {
      const a = pick(medians[p].map);
      const b = pick(medians[p].baseline);
      console.log(`  ${p}: ${label.padEnd(28)} ${fmt(a).padStart(9)}  ${fmt(b).padStart(9)}  ${ratio(a, b)}`);
    }
}

/** The timeline of the median run of one page and profile. */
function printTimeline(title, runs) {
  const typical = [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)];
  if (!typical) return;
  console.log(
    `\n${title} — fetched before the first item was visible (median run; ms from navigation start):`,
  );
  console.log(`  document loaded (DOMContentLoaded) at ${typical.domContentLoaded} ms`);
  const events = [
    ...(typical.marks ?? []).map((m) => [m.at, `app mark ${m.name}`]),
    ...Object.entries(typical.steps ?? {}).map(([name, at]) => [at, `bench: ${name}`]),
    [Math.round(typical.ms ?? 0), 'first nearest place visible'],
  ].sort((a, b) => a[0] - b[0]);
  for (const [at, what] of events) console.log(`  ${String(at).padStart(13)} ms  ${what}`);
  for (const r of typical.resources ?? []) {
    console.log(
      `  ${String(r.start).padStart(5)} → ${String(r.end).padStart(5)} ms  ${kb(r.bytes).padStart(9)}  ${r.url}`,
    );
  }
  if (typical.mapStart !== null && typical.mapStart !== undefined)
    console.log(
      `  then: map start at ${ms(typical.mapStart)}, idle at ${ms(typical.mapIdle)}; slowest interaction meanwhile ${ms(typical.inpMs)} (${typical.slowestEvent ? `${typical.slowestEvent.name}: input delay ${typical.slowestEvent.inputDelay} ms, handlers ${typical.slowestEvent.processing} ms, the rest until the next paint` : '—'})`,
    );
}

/** Size of the `.gz` sibling of a served file (scripts/compress_dist.mjs), else the bytes transferred. */
function gzipSizeOf(dir, urlPath, transferred) {
  const gz = `${join(dir, decodeURIComponent(urlPath))}.gz`;
  return existsSync(gz) ? statSync(gz).size : transferred;
}

export async function benchFinderLoad() {
  if (!existsSync(join(ROOT, 'dist', 'index.html')) || process.env.BENCH_BUILD === '1') {
    console.log('building the site (npm run build)…');
    buildSite();
  }
  const server = await serveSite({ snapshot: true });
  // another build to compare with, page with the map (BENCH_BASELINE=<its dist/>): same runs, same process
  const baseline = BASELINE_DIST ? await serveSite({ distDir: BASELINE_DIST, snapshot: true }) : null;
  const variants = [...Object.keys(PAGES), ...(baseline ? ['baseline'] : [])];
  const browser = await launchChromium();
  /** runs[profile][page] */
  const runs = Object.fromEntries(
    Object.keys(PROFILES).map((p) => [p, Object.fromEntries(variants.map((v) => [v, []]))]),
  );
  let calibrationMs = null;
  const traced = {};
  try {
    calibrationMs = await calibrateCpu(browser);
    console.log(`CPU calibration: ${calibrationMs} ms for the fixed workload (lower is a faster machine)`);
    // alternated, so that a change of the machine's load touches every page and profile alike
    for (let i = 0; i < RUNS; i++) {
      for (const profile of Object.keys(PROFILES)) {
        for (const variant of variants) {
          const site = variant === 'baseline' && baseline ? baseline : server;
          const r = await measureOnce(browser, site.url, {
            profile,
            page: variant === 'baseline' ? 'map' : variant,
          });
          // what was transferred may be Brotli (the server serves .br siblings when the browser accepts
          // them): the budget is in gzip bytes, read from the .gz siblings of the same files
          r.jsTransferBytes = r.jsGzipBytes;
          r.jsGzipBytes = r.jsFiles.reduce((n, f) => n + gzipSizeOf(site.dir, f.url, f.bytes), 0);
          console.log(
            `run ${i + 1}/${RUNS} ${profile} ${variant.padEnd(5)}: ${Math.round(r.ms)} ms, ${kb(r.jsGzipBytes)} gzipped JS` +
              `${variant !== 'nomap' ? `, map ${ms(r.mapStart)} → idle ${ms(r.mapIdle)} (${r.mapState})` : r.mapCodeRequested ? ', MAP CODE FETCHED' : ', no map code fetched'}` +
              `, slowest interaction ${ms(r.inpMs)} — first item: ${r.firstItem.slice(0, 60)}`,
          );
          runs[profile][variant].push(r);
        }
      }
    }
    // one more run per profile with the map, traced (not in the medians: tracing costs time), to say how much of
    // the slowest interaction is the software-WebGL readback of this test browser (readbackDuring)
    for (const profile of Object.keys(PROFILES)) {
      const r = await measureOnce(browser, server.url, { profile, page: 'map', trace: true });
      traced[profile] = r.readback;
    }
  } finally {
    await browser.close();
    await server.close();
    await baseline?.close();
  }
  const medians = Object.fromEntries(
    Object.entries(runs).map(([p, byPage]) => [
      p,
      Object.fromEntries(Object.entries(byPage).map(([v, rs]) => [v, summarize(rs)])),
    ]),
  );
  const checks = [];
  for (const [p, setup] of Object.entries(PROFILES)) {
    const m = medians[p].map;
    checks.push({ what: `${p}: first nearest place, with the map`, value: m.ms, budget: setup.budgetMs });
    checks.push({
      what: `${p}: gzipped JS before the answer`,
      value: m.jsGzipBytes,
      budget: BUDGET.jsGzipBytes,
    });
    checks.push({
      what: `${p}: slowest interaction while the map starts`,
      value: m.inpMs,
      budget: BUDGET.inpMs - 1,
    });
    checks.push({ what: `${p}: the map became idle`, value: m.mapIdle === null ? 1 : 0, budget: 0 });
    checks.push({
      what: `${p}: map code fetched by the page without WebGL (runs)`,
      value: runs[p].nomap.filter((r) => r.mapCodeRequested).length,
      budget: 0,
    });
  }
  const result = {
    date: new Date().toISOString(),
    setup: {
      profiles: PROFILES,
      viewport: '375x667',
      query: QUERY,
      secondQuery: SECOND_QUERY,
      runs: RUNS,
      robot: ROBOT,
    },
    cpuCalibrationMs: calibrationMs,
    medians,
    ratios: Object.fromEntries(
      Object.keys(PROFILES).map((p) => [p, +(medians[p].map.ms / medians[p].nomap.ms).toFixed(3)]),
    ),
    budget: { ...BUDGET, slowMs: PROFILES.slow.budgetMs, fastMs: PROFILES.fast.budgetMs },
    checks: checks.map((c) => ({ ...c, ok: c.value !== null && c.value <= c.budget })),
    readbackInSlowestInteraction: traced,
    runs,
  };
  result.withinBudget = result.checks.every((c) => c.ok);
  printTable(medians, calibrationMs);
  if (baseline) printComparison(medians);
  console.log(
    '\nslowest interaction of one traced run with the map, and its part waiting for the WebGL canvas readback' +
      ' (software compositing + SwiftShader in this headless browser; a phone GPU has no such wait):',
  );
  for (const [p, t] of Object.entries(traced))
    console.log(
      t
        ? `  ${p}: ${Math.round(t.interactionMs)} ms, of which ${t.readPixelsMs} ms in GLES2::ReadPixels`
        : `  ${p}: no interaction of 16 ms or more`,
    );
  console.log('\nbudgets (page with the map):');
  for (const c of result.checks)
    console.log(`  ${c.ok ? 'ok  ' : 'OVER'}  ${c.what}: ${c.value} (budget ≤ ${c.budget})`);
  printTimeline('slow profile, with the map', runs.slow.map);
  printTimeline('no throttling, with the map', runs.fast.map);
  return result;
}

export function writeBenchJson(key, value) {
  const dir = join(ROOT, 'test-results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'bench.json');
  let all = {};
  try {
    all = JSON.parse(readFileSync(file, 'utf8'));
  } catch {}
  all[key] = value;
  writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
  return file;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const result = await benchFinderLoad();
    console.log(`written ${writeBenchJson('finder_load', result)}`);
    process.exitCode = result.withinBudget ? 0 : 2;
  } catch (e) {
    console.error(`finder_load failed: ${e instanceof Error ? e.message : e}`);
    writeBenchJson('finder_load', {
      date: new Date().toISOString(),
      error: String(e instanceof Error ? e.message : e),
    });
    process.exitCode = 1;
  }
}
