// `npm run bench:browser` (`-- --json` for one object): Gloss in real Chromium, medians of repeated
// runs, Gloss on vs off side by side in one run.
//  - seed article: time from the content script's start to marks and panel painted, and its parts
//  - JS heap Gloss adds to the seed page
//  - a generated page with ~20,000 elements and ~1 MB of article text: the longest main-thread task
//    with Gloss on vs off (the page itself runs no script, so the difference is Gloss's)
//  - the content script's size (gzip), knowledge-base data excluded
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './ensure-chromium.mjs';
import { startServer } from '../tests/e2e/server.mjs';
import { launchWithExtension, setSettings, DIST } from '../tests/e2e/browser.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const json = process.argv.includes('--json');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const r2 = (x) => Math.round(x * 100) / 100;

ensureChromium();
if (!process.argv.includes('--no-build')) {
  const b = spawnSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (b.status !== 0) process.exit(1);
}

// A big page: 20,000 elements, ~1 MB of article prose with names to mark.
function bigPage() {
  const names = [
    'Jens Stoltenberg',
    'Vladimir Poetin',
    'Volodymyr Zelensky',
    'de NAVO',
    'Joe Biden',
    'Srebrenica',
    'Boetsja',
    'Emmanuel Macron',
  ];
  const words = 'de het een oorlog land regering steun wapens sancties overleg minister leger front stad burgers hulp plan'.split(
    ' ',
  );
  let seed = 1;
  const rnd = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const paras = [];
  let size = 0;
  while (size < 1_000_000 || paras.length < 6000) {
    const sentence = Array.from({ length: 24 }, (_, i) => (i === 7 ? names[rnd(names.length)] : words[rnd(words.length)])).join(
      ' ',
    );
    const p = `<p>${sentence}. <span>${sentence}</span>. <em>${words[rnd(words.length)]}</em></p>`;
    paras.push(p);
    size += sentence.length * 2;
  }
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Groot artikel</title><meta property="og:type" content="article"></head><body><main><article><h1>Groot artikel</h1>${paras.join('\n')}</article></main></body></html>`;
}
mkdirSync(resolve('tests/fixtures/generated'), { recursive: true });
writeFileSync(resolve('tests/fixtures/generated/big-article.html'), bigPage());

const server = await startServer();
const { ctx, sw } = await launchWithExtension();
await sw.evaluate(() => chrome.storage.local.set({ glossBench: true }));
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Performance.enable');
await page.addInitScript(() => {
  window.__longtasks = [];
  new window.PerformanceObserver((list) => list.getEntries().forEach((e) => window.__longtasks.push(e.duration))).observe({
    type: 'longtask',
    buffered: true,
  });
});

const seedUrl = `${server.origin}/shared/fixtures/seed-article-nl.html`;
const bigUrl = `${server.origin}/fixtures/generated/big-article.html`;

async function seedTimings() {
  await page.goto(seedUrl);
  const mark = await (
    await page.waitForFunction(() => performance.getEntriesByType('mark').find((m) => m.name.startsWith('gloss:'))?.name, null, {
      timeout: 30000,
    })
  ).jsonValue();
  const [total, detect, loadKb, recognise, render] = mark.split(':').slice(1).map(Number);
  return { total, detect, loadKb, recognise, render, main: detect + recognise + render };
}

async function heapAfterLoad(url) {
  await page.goto(url);
  await page.waitForTimeout(400);
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize').value;
}

async function longestTask(url, on) {
  await page.goto(url);
  if (on) await page.locator('[data-testid="gloss-panel"], [data-testid="gloss-tab"]').first().waitFor({ timeout: 60000 });
  await page.waitForTimeout(800);
  return page.evaluate(() => Math.max(0, ...window.__longtasks));
}

const seed = [];
for (let i = 0; i < RUNS; i++) seed.push(await seedTimings());
const heapOn = [];
const heapOff = [];
const bigOn = [];
const bigOff = [];
for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++) {
  await setSettings(sw, { enabled: true });
  heapOn.push(await heapAfterLoad(seedUrl));
  bigOn.push(await longestTask(bigUrl, true));
  await setSettings(sw, { enabled: false });
  heapOff.push(await heapAfterLoad(seedUrl));
  bigOff.push(await longestTask(bigUrl, false));
}
await setSettings(sw, { enabled: true });
await ctx.close();
await server.close();

const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
const allScripts = manifest.web_accessible_resources.flatMap((w) => w.resources).filter((r) => r.endsWith('.js'));
// The detection chunk (Readability, franc) loads only on pages whose markup does not settle detection.
const scripts = allScripts.filter((r) => !/\/heavy-/.test(r));
const lazy = allScripts.filter((r) => /\/heavy-/.test(r));
const loader = manifest.content_scripts[0].js;
const gz = (files) => files.reduce((n, f) => n + gzipSync(readFileSync(join(DIST, f))).length, 0);
const kbGzip = gzipSync(readFileSync(join(DIST, 'kb/index.json'))).length;
const entriesGzip = gzipSync(readFileSync(join(DIST, 'kb/entries.json'))).length;

const pick = (k) => r2(median(seed.map((s) => s[k])));
const result = {
  runs: RUNS,
  seed: {
    totalMs: pick('total'),
    mainThreadMs: pick('main'),
    detectMs: pick('detect'),
    loadKbMs: pick('loadKb'),
    recogniseMs: pick('recognise'),
    renderMs: pick('render'),
  },
  heapAddedMB: r2((median(heapOn) - median(heapOff)) / 1e6),
  bigPage: { longestTaskOnMs: r2(median(bigOn)), longestTaskOffMs: r2(median(bigOff)) },
  contentScriptGzipKB: r2(gz([...loader, ...scripts]) / 1024),
  lazyDetectionChunkGzipKB: r2(gz(lazy) / 1024),
  kbIndexGzipKB: r2(kbGzip / 1024),
  kbEntriesGzipKB: r2(entriesGzip / 1024),
};
if (json) console.log(JSON.stringify(result));
else {
  const s = result.seed;
  console.log(`Chromium, medians of ${RUNS} runs`);
  console.log(`seed article: ${s.totalMs} ms from content-script start to marks and panel painted (target <= 30)`);
  console.log(
    `  main-thread work ${s.mainThreadMs} ms (target <= 15): detect ${s.detectMs}, recognise ${s.recogniseMs}, render ${s.renderMs}; knowledge-base load ${s.loadKbMs}`,
  );
  console.log(`JS heap Gloss adds on the seed page: ${result.heapAddedMB} MB (target <= 10)`);
  console.log(
    `1 MB page, longest main-thread task: ${result.bigPage.longestTaskOnMs} ms with Gloss, ${result.bigPage.longestTaskOffMs} ms without (target <= 50)`,
  );
  console.log(
    `content script: ${result.contentScriptGzipKB} kB gzip (target <= 50; plus ${result.lazyDetectionChunkGzipKB} kB, loaded only for pages that need Readability), knowledge base: index ${result.kbIndexGzipKB} kB gzip at page load, entries ${result.kbEntriesGzipKB} kB gzip when idle or when a card opens`,
  );
}
