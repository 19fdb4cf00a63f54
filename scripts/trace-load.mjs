// Shared by bench-browser.mjs and trace-tasks.mjs: load a page with Gloss under a Chromium trace
// and find the renderer main thread's top-level tasks from the content script's first task on.

export const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** Runs in the page: the content script's `gloss:` performance mark (set under the bench flag), if any. */
export const glossMark = () => performance.getEntriesByType('mark').find((m) => m.name.startsWith('gloss:'))?.name;

/** Polls with plain evaluations (no helper script in the page) until `fn` returns something truthy. */
export async function until(page, fn, timeout = 60000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await page.evaluate(fn);
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out');
    await sleep(100);
  }
}

/**
 * Loads `url` under a trace of `categories` and waits for the gloss mark (unless `mark` is false:
 * Gloss off), then `waitMs` more.
 * Returns every trace event, the mark, the mark's thread's complete events (`main`), the content
 * script's start (`start`, trace µs; `scripts`: its file names from the manifest) and the
 * top-level tasks on that thread from 1 ms before the start on.
 */
export async function traceLoad({ cdp, page, url, categories, scripts, waitMs = 0, mark: waitForMark = true }) {
  const events = [];
  const collect = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', collect);
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  await page.goto(url);
  await sleep(600);
  if (waitForMark) await until(page, glossMark);
  await sleep(waitMs);
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', collect);
  const script = new RegExp(scripts.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
  const evaluated = (e) => e.name === 'EvaluateScript' && script.test(String(e.args?.data?.url));
  const mark = events.find((e) => e.name?.startsWith('gloss:') && e.cat?.includes('user_timing'));
  // Without a mark (Gloss off), the thread that ran the content script is the page's main thread.
  const thread = mark ?? events.find(evaluated);
  const main = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X');
  const start = main.find(evaluated)?.ts;
  // Top-level events, those not inside another: most are `ThreadControllerImpl::RunTask`, but not
  // all (counting only those missed a 200 ms task named `RunTask`).
  const tasks = [];
  for (const e of [...main].sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
    const last = tasks.at(-1);
    if (last && e.ts < last.ts + last.dur) continue;
    tasks.push(e);
  }
  return { events, mark, main, start, tasks: tasks.filter((e) => e.ts >= start - 1000) };
}

/** Events that run JavaScript. The bench's pages run no script of their own: any of these is Gloss's. */
const SCRIPT = new Set([
  'EvaluateScript',
  'FunctionCall',
  'v8.compile',
  'v8.run',
  'RunMicrotasks',
  'TimerFire',
  'FireIdleCallback',
]);
/** Events of a rendering frame (the steps after style and layout). */
const FRAME = new Set(['PrePaint', 'Paint', 'Layerize', 'UpdateLifecycle']);

/**
 * What a top-level task on the page's main thread was, from the events inside it (`main`: the
 * thread's events), on a page that runs no script of its own:
 *  - 'frame': a rendering frame (style, layout, paint): the page's, or drawing what Gloss changed
 *    (compare loads with Gloss off); Gloss's requestAnimationFrame callback (one `performance.mark`
 *    under the bench flag) runs in one;
 *  - 'script': JavaScript ran in it (Gloss's content script: its slices, the continuations after a
 *    yield, which show as microtask checkpoints, and the style and layout its calls force);
 *  - 'gc': V8 collecting garbage outside a script task; the page has no script, so it is Gloss's;
 *  - 'page': anything else (parsing the HTML, loading, the browser's own messages).
 */
export function taskKind(task, main) {
  const end = task.ts + task.dur;
  let script = task.name === 'BlinkScheduler_PerformMicrotaskCheckpoint';
  let gc = false;
  for (const e of main) {
    if (e.ts < task.ts || e.ts + (e.dur ?? 0) > end || e === task) continue;
    if (FRAME.has(e.name)) return 'frame';
    if (SCRIPT.has(e.name)) script = true;
    else if (e.name === 'MinorGC' || e.name === 'MajorGC' || e.name.startsWith('V8.GC_')) gc = true;
  }
  return script ? 'script' : gc ? 'gc' : 'page';
}
