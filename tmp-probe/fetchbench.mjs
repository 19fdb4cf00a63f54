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
await page.goto(server.origin + '/shared/fixtures/seed-article-nl.html');
const res = {};
for (let i = 0; i < 7; i++) {
  for (const f of ['t50', 't100', 't200', 't400', 'ascii400', 'index', 'entries']) {
    const r = await page.evaluate(async (url) => {
      const t0 = performance.now();
      const r = await fetch(url);
      const t1 = performance.now();
      const txt = await r.text();
      const t2 = performance.now();
      JSON.parse(txt);
      const t3 = performance.now();
      const r2 = await fetch(url); const b = await r2.arrayBuffer(); const t4 = performance.now();
      const s = new TextDecoder().decode(b); const t5 = performance.now();
      return [t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4];
    }, `chrome-extension://${id}/kb/${f}.json`);
    (res[f] ??= []).push(r);
  }
}
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [f, runs] of Object.entries(res)) console.log(f.padEnd(10), ['resp', 'text', 'parse', 'ab-total', 'decode'].map((k, j) => `${k} ${med(runs.map((r) => r[j])).toFixed(1)}`).join('  '));
await ctx.close(); await server.close();
