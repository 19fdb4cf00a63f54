// temporary: main-thread busy time (sum of top-level tasks) from content-script start to the gloss mark, both builds
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer } from '../tests/e2e/server.mjs';
const DISTS = { before: '/tmp/speed/before-wt/dist/chrome', after: resolve('dist/chrome') };
const server = await startServer();
const out = {};
const runs = Number(process.env.RUNS ?? 5);
const envs = {};
for (const [name, dist] of Object.entries(DISTS)) {
  const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'gloss-tr-')), { executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1360, height: 900 },
    args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, '--disable-background-networking', '--no-first-run'] });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  await sw.evaluate(() => chrome.storage.local.set({ glossBench: true }));
  const page = await ctx.newPage();
  await page.goto(server.origin + '/shared/fixtures/seed-article-nl.html'); await page.waitForTimeout(1500);
  envs[name] = { ctx, page };
}
for (let i = 0; i < runs; i++) for (const name of Object.keys(DISTS)) {
  const { ctx, page } = envs[name];
  const cdp = await ctx.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing,toplevel', transferMode: 'ReportEvents' });
  await page.goto(server.origin + '/shared/fixtures/seed-article-nl.html');
  await page.waitForTimeout(1500);
  await cdp.send('Tracing.end'); await done; await cdp.detach();
  const mark = events.find((e) => e.name?.startsWith('gloss:') && e.cat?.includes('user_timing'));
  const { pid, tid } = mark;
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
  const start = main.filter((e) => e.name === 'EvaluateScript' && /content\/index\.js|index\.ts-loader/.test(String(e.args?.data?.url))).sort((a, b) => a.ts - b.ts)[0];
  const tasks = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ts + e.dur >= start.ts && e.ts <= mark.ts);
  const busy = tasks.reduce((n, t) => n + t.dur, 0) / 1000;
  const cpu = tasks.reduce((n, t) => n + (t.tdur ?? 0), 0) / 1000;
  const wall = (mark.ts - start.ts) / 1000;
  (out[name] ??= []).push({ wall, busy, cpu });
}
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [name, rs] of Object.entries(out)) console.log(name, 'start->mark', med(rs.map((r) => r.wall)).toFixed(0), 'main-thread busy', med(rs.map((r) => r.busy)).toFixed(0), 'cpu', med(rs.map((r) => r.cpu)).toFixed(0), JSON.stringify(rs.map((r) => r.busy.toFixed(0))));
for (const e of Object.values(envs)) await e.ctx.close();
await server.close();
