import { launchChromium } from '../e2e/chromium.mjs';
import { serveSite } from '../e2e/site.mjs';

const server = await serveSite({ snapshot: true });
const browser = await launchChromium();
const context = await browser.newContext({
  viewport: { width: 375, height: 667 },
  locale: 'fr-FR',
  isMobile: true,
  hasTouch: true,
});
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Network.enable');
await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
await cdp.send('Network.emulateNetworkConditions', {
  offline: false,
  latency: 150,
  downloadThroughput: 1.6e6 / 8,
  uploadThroughput: 750e3 / 8,
});
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.goto(server.url, { waitUntil: 'commit' });
const input = page.locator('#recherche');
await input.fill('Condé');
await page.locator('#recherche-options [role=option]').first().waitFor();
await input.press('Enter');
await page.locator('[data-testid="nearest-list"] li').first().waitFor();
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
profile.samples.forEach((id, i) => {
  const n = byId.get(id);
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0));
});
const byUrl = new Map();
profile.samples.forEach((id, i) => {
  const n = byId.get(id);
  const key = n.callFrame.url.split('/').pop() || n.callFrame.functionName;
  byUrl.set(key, (byUrl.get(key) ?? 0) + (dt[i] ?? 0));
});
console.log(
  [...byUrl]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([k, v]) => `${(v / 1000).toFixed(0)} ms ${k}`)
    .join('\n'),
);
console.log('---');
console.log(
  [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([k, v]) => `${(v / 1000).toFixed(0)} ms ${k}`)
    .join('\n'),
);
await browser.close();
await server.close();
