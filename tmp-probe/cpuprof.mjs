// temporary: CPU profile of one seed load (content script included)
import { writeFileSync } from 'node:fs';
import { startServer } from '../tests/e2e/server.mjs';
import { launchWithExtension } from '../tests/e2e/browser.mjs';
const url = process.argv[2] ?? '/shared/fixtures/seed-article-nl.html';
const server = await startServer();
const { ctx, sw } = await launchWithExtension();
await sw.evaluate(() => chrome.storage.local.set({ glossBench: true }));
const page = await ctx.newPage();
await page.goto(server.origin + url); await page.waitForTimeout(1500);
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.goto(server.origin + url);
await page.waitForTimeout(Number(process.env.WAIT ?? 2500));
const { profile } = await cdp.send('Profiler.stop');
writeFileSync('/tmp/speed/page.cpuprofile', JSON.stringify(profile));
await ctx.close(); await server.close();
const self = {}; const idx = {}; profile.nodes.forEach((n) => (idx[n.id] = n));
const cnt = {}; profile.samples.forEach((s, i) => (cnt[s] = (cnt[s] || 0) + (profile.timeDeltas[i] || 0)));
for (const [id, t] of Object.entries(cnt)) { const n = idx[id]; const k = `${n.callFrame.functionName} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self[k] = (self[k] || 0) + t; }
console.log(Object.entries(self).sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => (v / 1000).toFixed(1) + ' ' + k).join('\n'));
