// temporary: before vs after builds, interleaved, one run. Uses the bench's definitions.
import { chromium } from 'playwright-core';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer } from '../tests/e2e/server.mjs';
const DISTS = { before: '/tmp/speed/before-wt/dist/chrome', after: resolve('dist/chrome') };
const RUNS = Number(process.env.RUNS ?? 9);
const BIG_RUNS = Number(process.env.BIG_RUNS ?? 5);
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const server = await startServer();
const env = {};
for (const [name, dist] of Object.entries(DISTS)) {
  const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'gloss-cmp-')), {
    executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1360, height: 900 },
    args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  await sw.evaluate(() => chrome.storage.local.set({ glossBench: true }));
  const page = await ctx.newPage();
  await page.addInitScript(() => {
    window.__longtasks = [];
    new window.PerformanceObserver((l) => l.getEntries().forEach((e) => window.__longtasks.push([e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
  });
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  env[name] = { ctx, sw, page, cdp, seed: [], big: [], heap: [] };
}
const glossMark = () => performance.getEntriesByType('mark').find((m) => m.name.startsWith('gloss:'))?.name;
async function until(page, fn, timeout = 60000) {
  const end = Date.now() + timeout;
  for (;;) { const v = await page.evaluate(fn); if (v) return v; if (Date.now() > end) throw new Error('timeout'); await sleep(100); }
}
const seedUrl = `${server.origin}/shared/fixtures/seed-article-nl.html`;
const bigUrl = `${server.origin}/fixtures/generated/big-article.html`;
for (let i = 0; i < RUNS; i++)
  for (const name of i % 2 ? ['after', 'before'] : ['before', 'after']) {
    const { page } = env[name];
    await page.goto(seedUrl);
    await sleep(600);
    const t = JSON.parse((await until(page, glossMark)).slice(6));
    env[name].seed.push({ ...t, main: t.detect + t.parseKb + t.prepare + t.recognise + t.render });
  }
for (let i = 0; i < BIG_RUNS; i++)
  for (const name of i % 2 ? ['after', 'before'] : ['before', 'after']) {
    const { page, cdp } = env[name];
    await page.goto(bigUrl);
    await sleep(1500);
    await until(page, glossMark);
    await sleep(3500);
    env[name].big.push(await page.evaluate(() => {
      const mark = performance.getEntriesByType('mark').find((m) => m.name.startsWith('gloss:'));
      const start = mark.startTime - JSON.parse(mark.name.slice(6)).total;
      return Math.max(0, ...window.__longtasks.filter(([t]) => t >= start - 1).map(([, d]) => d));
    }));
    await page.goto(seedUrl);
    await until(page, glossMark);
    await sleep(3500);
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    env[name].heap.push(metrics.find((m) => m.name === 'JSHeapUsedSize').value / 1e6);
  }
for (const name of Object.keys(DISTS)) {
  const e = env[name];
  const keys = Object.keys(e.seed[0]);
  console.log(name.padEnd(7), keys.map((k) => `${k} ${median(e.seed.map((s) => s[k])).toFixed(1)}`).join('  '));
  console.log('        big longest task', median(e.big).toFixed(0), 'all', e.big.map((x) => x.toFixed(0)).join(' '), '| heap MB', median(e.heap).toFixed(2));
  console.log('        totals', e.seed.map((s) => s.total.toFixed(0)).join(' '));
  await e.ctx.close();
}
await server.close();
