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
 * Loads `url` under a trace of `categories` and waits for the gloss mark, then `waitMs` more.
 * Returns every trace event, the mark, the mark's thread's complete events (`main`), the content
 * script's start (`start`, trace µs; `scripts`: its file names from the manifest) and the
 * top-level tasks on that thread from 1 ms before the start on.
 */
export async function traceLoad({ cdp, page, url, categories, scripts, waitMs = 0 }) {
  const events = [];
  const collect = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', collect);
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  await page.goto(url);
  await sleep(600);
  await until(page, glossMark);
  await sleep(waitMs);
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', collect);
  const mark = events.find((e) => e.name?.startsWith('gloss:') && e.cat?.includes('user_timing'));
  const main = events.filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X');
  const script = new RegExp(scripts.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
  const start = main.find((e) => e.name === 'EvaluateScript' && script.test(String(e.args?.data?.url)))?.ts;
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
