// temporary: CDP trace of one seed load; prints main-thread top-level tasks after navigation start
import { writeFileSync } from 'node:fs';
import { startServer } from '../tests/e2e/server.mjs';
import { launchWithExtension } from '../tests/e2e/browser.mjs';
const url = process.argv[2] ?? '/shared/fixtures/seed-article-nl.html';
const server = await startServer();
const { ctx, sw } = await launchWithExtension();
await sw.evaluate(() => chrome.storage.local.set({ glossBench: true }));
const page = await ctx.newPage();
for (let i = 0; i < 3; i++) { await page.goto(server.origin + url); await page.waitForTimeout(500); }
const cdp = await ctx.newCDPSession(page);
const events = [];
cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,blink.user_timing,loading,disabled-by-default-devtools.timeline,toplevel,v8.execute,blink,netlog,disabled-by-default-v8.gc', transferMode: 'ReportEvents' });
await page.goto(server.origin + url);
await page.waitForFunction(() => performance.getEntriesByType('mark').some((m) => m.name.startsWith('gloss:')), null, { timeout: 60000 });
await page.waitForTimeout(1500);
await cdp.send('Tracing.end');
await done;
writeFileSync('/tmp/speed/trace.json', JSON.stringify({ traceEvents: events }));
await ctx.close(); await server.close();
