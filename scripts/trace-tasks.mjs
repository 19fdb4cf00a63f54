// `node scripts/trace-tasks.mjs [--page big|seed] [--runs N] [--dist DIR ...] [--top N] [--json]`:
// where the main thread's time goes after Gloss's content script starts. Loads the page under a
// Chromium trace and breaks each of the longest tasks from the content script's start on into the
// work inside it (script, style recalculation, layout, paint, garbage collection, ...), as self
// time, wall and CPU. With several `--dist` builds (default: dist/chrome) the loads alternate
// between them in one session, so a before/after comparison sees the same machine load; medians
// per build are printed. It does not build: run `npm run build` (and copy builds) first.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { taskKind, traceLoad } from './trace-load.mjs';
import { ensureChromium } from './ensure-chromium.mjs';
import { writeBigPage } from './big-page.mjs';
import { startServer } from '../tests/e2e/server.mjs';
import { launchWithExtension, DIST } from '../tests/e2e/browser.mjs';

const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const dists = argv.flatMap((a, i) => (a === '--dist' ? [resolve(argv[i + 1])] : []));
if (!dists.length) dists.push(DIST);
const RUNS = Number(opt('runs', 5));
const TOP = Number(opt('top', 3));
const which = opt('page', 'big');
const json = argv.includes('--json');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const r1 = (x) => Math.round(x * 10) / 10;

ensureChromium();
writeBigPage();
const server = await startServer();
const url =
  which === 'seed'
    ? `${server.origin}/shared/fixtures/seed-article-nl.html`
    : `${server.origin}/fixtures/generated/big-article.html`;

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'toplevel',
  'v8',
  'v8.execute',
  'blink',
  'blink.console',
].join(',');

/** Browsers, one per build, each with its page and CDP session, kept open for the whole run. */
const setups = [];
for (const dist of dists) {
  const { ctx, sw } = await launchWithExtension({ dist });
  await sw.evaluate(() => chrome.storage.local.set({ glossBench: true }));
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  const scripts = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')).content_scripts[0].js;
  setups.push({ dist, ctx, page, cdp, scripts });
}

/** Self time per event name inside one task (events nested by time on the same thread). */
function breakdown(task, events) {
  const inside = events
    .filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur && e.dur > 0)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const add = (name, wall, cpu) => {
    const s = self.get(name) ?? { wall: 0, cpu: 0 };
    s.wall += wall;
    s.cpu += cpu;
    self.set(name, s);
  };
  // Walk as a tree: each event's self time is its duration minus its direct children's.
  const stack = [{ e: task, childWall: 0, childCpu: 0 }];
  const close = (frame) => {
    const wall = frame.e.dur - frame.childWall;
    const cpu = (frame.e.tdur ?? 0) - frame.childCpu;
    add(label(frame.e), wall, cpu);
  };
  for (const e of inside) {
    while (stack.length > 1 && e.ts >= stack.at(-1).e.ts + stack.at(-1).e.dur) {
      const done = stack.pop();
      close(done);
      stack.at(-1).childWall += done.e.dur;
      stack.at(-1).childCpu += done.e.tdur ?? 0;
    }
    stack.push({ e, childWall: 0, childCpu: 0 });
  }
  while (stack.length > 1) {
    const done = stack.pop();
    close(done);
    stack.at(-1).childWall += done.e.dur;
    stack.at(-1).childCpu += done.e.tdur ?? 0;
  }
  close(stack[0]);
  return [...self]
    .map(([name, t]) => ({ name, wall: t.wall / 1000, cpu: t.cpu / 1000 }))
    .filter((x) => x.wall >= 0.5)
    .sort((a, b) => b.wall - a.wall);
}

/** An event's name, with the script or callback for script entry points. */
function label(e) {
  const d = e.args?.data ?? {};
  if (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.callFunction')
    return `${e.name} ${d.functionName ?? ''} ${String(d.url ?? '').replace(/^.*\//, '')}`.trim();
  if (e.name === 'TimerFire' || e.name === 'FireAnimationFrame' || e.name === 'EventDispatch')
    return `${e.name} ${d.type ?? ''}`.trim();
  return e.name;
}

async function tracedLoad(setup) {
  const { cdp, page, scripts } = setup;
  const waitMs = which === 'seed' ? 500 : 3500;
  const { events, mark, main, start, tasks } = await traceLoad({ cdp, page, url, categories: CATEGORIES, scripts, waitMs });
  const timings = JSON.parse(mark.name.slice('gloss:'.length));
  const stamps = events.filter(
    (e) => e.name === 'TimeStamp' && e.pid === mark.pid && e.tid === mark.tid && e.args?.data?.message,
  );
  const top = [...tasks].sort((a, b) => b.dur - a.dur).slice(0, TOP);
  return {
    timings,
    tasks: top.map((t) => ({
      at: r1((t.ts - start) / 1000),
      name: t.name,
      kind: taskKind(t, main),
      wall: r1(t.dur / 1000),
      cpu: r1((t.tdur ?? 0) / 1000),
      parts: breakdown(t, main).map((p) => ({ ...p, wall: r1(p.wall), cpu: r1(p.cpu) })),
      // console.timeStamp() calls inside the task (put into a build to find which step it ran).
      stamps: stamps
        .filter((e) => e.ts >= t.ts && e.ts <= t.ts + t.dur)
        .map((e) => `+${r1((e.ts - t.ts) / 1000)}/${r1(((e.tts ?? 0) - (t.tts ?? 0)) / 1000)}cpu ${e.args.data.message}`),
    })),
    maxCpu: r1(Math.max(0, ...tasks.map((t) => (t.tdur ?? 0) / 1000))),
  };
}

const results = new Map(setups.map((s) => [s.dist, []]));
for (let i = 0; i < RUNS; i++)
  for (const setup of setups) {
    const r = await tracedLoad(setup);
    results.get(setup.dist).push(r);
    if (!json) {
      console.log(`\n${setup.dist} run ${i + 1}: timings ${JSON.stringify(r.timings)}; most CPU in one task ${r.maxCpu} ms`);
      for (const t of r.tasks) {
        console.log(`  task ${t.name} (${t.kind}) at +${t.at} ms: ${t.wall} ms wall, ${t.cpu} ms CPU`);
        if (t.stamps.length) console.log(`    stamps: ${t.stamps.join(' | ')}`);
        for (const p of t.parts.slice(0, 12))
          console.log(`    ${p.wall.toFixed(1).padStart(7)} wall ${p.cpu.toFixed(1).padStart(7)} cpu  ${p.name}`);
      }
    }
  }
for (const s of setups) await s.ctx.close();
await server.close();

const summary = [...results].map(([dist, rs]) => ({
  dist,
  longestWallMs: median(rs.map((r) => r.tasks[0]?.wall ?? 0)),
  mostCpuMs: median(rs.map((r) => r.maxCpu)),
  totalMs: median(rs.map((r) => r.timings.total)),
}));
if (json) console.log(JSON.stringify({ page: which, runs: RUNS, summary, results: Object.fromEntries(results) }));
else {
  console.log(`\n${which} page, medians of ${RUNS} alternated loads:`);
  for (const s of summary)
    console.log(
      `  ${s.dist}: longest task ${s.longestWallMs} ms wall, most CPU in one task ${s.mostCpuMs} ms, start to painted ${s.totalMs} ms`,
    );
}
