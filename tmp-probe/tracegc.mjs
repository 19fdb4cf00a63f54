import { startServer } from '../tests/e2e/server.mjs';
import { launchWithExtension } from '../tests/e2e/browser.mjs';
const server = await startServer();
const { ctx, sw } = await launchWithExtension();
await sw.evaluate(() => chrome.storage.local.set({ glossBench: true }));
const page = await ctx.newPage();
page.on('console', (m) => m.text().includes('gloss-tmp') && console.log(m.text()));
await page.goto(server.origin + '/shared/fixtures/seed-article-nl.html'); await page.waitForTimeout(1500);
for (let i = 0; i < 4; i++) {
  const cdp = await ctx.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,disabled-by-default-v8.gc,blink.user_timing,toplevel', transferMode: 'ReportEvents' });
  await page.goto(server.origin + '/shared/fixtures/seed-article-nl.html');
  await page.waitForTimeout(1500);
  await cdp.send('Tracing.end'); await done;
  const fn = events.filter((e) => e.name === 'FunctionCall' || e.name === 'v8.callFunction' || e.name === 'RunMicrotasks');
  const gcs = events.filter((e) => /^(MinorGC|MajorGC|V8.GC_SCAVENGER|V8.GCScavenger|V8.GC_MARK_COMPACTOR|V8.GCFinalizeMC|V8.GC_MC_INCREMENTAL)$/.test(e.name) && e.ph === 'X');
  const mark = events.find((e) => e.name?.startsWith('gloss:'));
  const main = mark ? events.filter((e) => e.pid === mark.pid && e.tid === mark.tid) : [];
  const mainGc = gcs.filter((g) => mark && g.pid === mark.pid && g.tid === mark.tid);
  console.log('run', i, mark?.name.slice(0, 160));
  console.log('  main-thread GC events:', mainGc.map((g) => `${g.name} ${(g.dur / 1000).toFixed(1)}ms cpu ${((g.tdur ?? 0) / 1000).toFixed(1)}`).join(', '));
}
await ctx.close(); await server.close();
