// temporary: the gloss: mark on the seed article, medians
import { startServer } from '../tests/e2e/server.mjs';
import { launchWithExtension } from '../tests/e2e/browser.mjs';
const RUNS = Number(process.env.RUNS ?? 9);
const url = process.argv[2] ?? '/shared/fixtures/seed-article-nl.html';
const server = await startServer();
const { ctx, sw } = await launchWithExtension();
await sw.evaluate(() => chrome.storage.local.set({ glossBench: true }));
const page = await ctx.newPage();
page.on('console', (m) => m.text().includes('gloss') && console.log('console:', m.text()));
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
const all = {};
for (let i = 0; i < RUNS; i++) {
  await page.goto(server.origin + url);
  await sleep(700);
  let mark;
  for (let k = 0; k < 100 && !mark; k++) {
    mark = await page.evaluate(() => performance.getEntriesByType('mark').find((m) => m.name.startsWith('gloss:'))?.name);
    if (!mark) await sleep(100);
  }
  const t = JSON.parse(mark.slice(6));
  Object.assign(t, await page.evaluate(() => { const st = performance.getEntriesByType('mark').find((m) => m.name.startsWith('gloss:')); const out = {}; for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('g:')) out[m.name] = m.startTime; out.nav_domInteractive = performance.getEntriesByType('navigation')[0].domInteractive; out.markAt = st.startTime; return out; }));
  for (const [k, v] of Object.entries(t)) (all[k] ??= []).push(v);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(Object.entries(all).map(([k, v]) => `${k} ${median(v)}`).join('  '));
await ctx.close();
await server.close();
