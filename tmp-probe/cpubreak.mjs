// temporary: main-thread CPU by kind of work, content-script start to paint, after build
import { startServer } from '../tests/e2e/server.mjs';
import { launchWithExtension } from '../tests/e2e/browser.mjs';
const server = await startServer();
const { ctx, sw } = await launchWithExtension();
await sw.evaluate(() => chrome.storage.local.set({ glossBench: true }));
const page = await ctx.newPage();
await page.goto(server.origin + '/shared/fixtures/seed-article-nl.html'); await page.waitForTimeout(1500);
const agg = {};
const runs = Number(process.env.RUNS ?? 5);
for (let i = 0; i < runs; i++) {
  const cdp = await ctx.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing,toplevel,v8.execute,disabled-by-default-v8.gc,blink,loading', transferMode: 'ReportEvents' });
  await page.goto(server.origin + '/shared/fixtures/seed-article-nl.html');
  await page.waitForTimeout(1500);
  await cdp.send('Tracing.end'); await done; await cdp.detach();
  const mark = events.find((e) => e.name?.startsWith('gloss:') && e.cat?.includes('user_timing'));
  const main = events.filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X');
  const start = main.find((e) => e.name === 'EvaluateScript' && /content\/index\.js/.test(String(e.args?.data?.url))).ts;
  const end = start + JSON.parse(mark.name.slice(6)).total * 1000;
  const tasks = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ts >= start - 1000 && e.ts < end);
  // direct children of each task, by name (cpu)
  for (const t of tasks) {
    const kids = main.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.name !== 'ThreadControllerImpl::RunTask');
    // keep only outermost kids
    const outer = kids.filter((k) => !kids.some((o) => o !== k && o.ts <= k.ts && o.ts + o.dur >= k.ts + k.dur && (o.dur > k.dur || o.ts < k.ts)));
    let covered = 0;
    for (const k of outer) { const key = k.name + (k.name === 'EvaluateScript' || k.name === 'FunctionCall' ? '' : ''); (agg[key] ??= 0); agg[key] += (k.tdur ?? 0) / 1000 / runs; covered += k.tdur ?? 0; }
    agg['(task self)'] = (agg['(task self)'] ?? 0) + ((t.tdur ?? 0) - covered) / 1000 / runs;
  }
  // GC inside
  for (const g of main.filter((e) => /^(MinorGC|MajorGC)$/.test(e.name) && e.ts >= start && e.ts < end)) agg['  (of which GC: ' + g.name + ')'] = (agg['  (of which GC: ' + g.name + ')'] ?? 0) + (g.tdur ?? 0) / 1000 / runs;
}
console.log(Object.entries(agg).sort((a, b) => b[1] - a[1]).filter(([, v]) => v > 0.2).map(([k, v]) => `${v.toFixed(1).padStart(6)} ${k}`).join('\n'));
await ctx.close(); await server.close();
