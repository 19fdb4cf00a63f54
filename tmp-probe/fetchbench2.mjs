import { startServer } from '../tests/e2e/server.mjs';
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
const DIST = '/tmp/speed/dist';
const ctx = await chromium.launchPersistentContext(mkdtempSync('/tmp/speed/prof-'), { executablePath: '/usr/bin/chromium', headless: true,
  args: [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`, '--disable-background-networking', '--no-first-run'] });
const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
const id = new URL(sw.url()).host;
await sw.evaluate(async () => chrome.storage.sync.set({ settings: { enabled: false } }));
const server = await startServer();
const page = await ctx.newPage();
const res = {};
for (let i = 0; i < 7; i++) {
  for (const f of ['index.json', 'index.mjs', 'index-lit.mjs', 's250.json', 's250.mjs']) {
    await page.goto(server.origin + '/shared/fixtures/seed-article-nl.html');
    const r = await page.evaluate(async (url) => {
      const t0 = performance.now();
      let data;
      if (url.endsWith('.json')) data = await (await fetch(url)).text().then(JSON.parse);
      else data = (await import(url)).default;
      return performance.now() - t0;
    }, `chrome-extension://${id}/kb/${f}`);
    (res[f] ??= []).push(r);
  }
}
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [f, runs] of Object.entries(res)) console.log(f.padEnd(14), med(runs).toFixed(1), runs.map((x) => x.toFixed(0)).join(' '));
await ctx.close(); await server.close();
