/**
 * For the browser benchmark only (`npm run bench:browser`): once the frame with the marks and the
 * panel is painted, and if `storage.local.glossBench` is set, leave the timings as a performance
 * mark the benchmark reads: `gloss:` and a JSON object of milliseconds (`total` from the content
 * script's start to that paint; the busy time of each step; `background`, the background's own time
 * on the request). The paint time is taken first, so reading the flag does not count. Pages never
 * see the mark otherwise. Main-thread steps: `detect`, `text` (collecting the article's text) and
 * `render`; `recognise` is the wait for the background's answer, off this thread.
 */
import { browser } from '../shared/browser';

/** `performance.now()` when the script started, its own code began to run, the settings arrived and the recognition was asked for. */
export interface Moments {
  script: number;
  code: number;
  settings: number;
  asked: number;
}

export function reportTimings(at: Moments, parts: Record<string, number>): void {
  requestAnimationFrame(() =>
    setTimeout(() => {
      const total = performance.now() - at.script;
      // The moments, from the script's start.
      const loaded = at.code - at.script;
      const settings = at.settings - at.script;
      const asked = at.asked - at.script;
      void browser.storage.local.get('glossBench').then(
        (flag) => {
          if (!flag.glossBench) return;
          const round = (n: number) => Math.round(n * 100) / 100;
          const out = Object.fromEntries(
            Object.entries({ total, loaded, settings, asked, ...parts }).map(([k, v]) => [k, round(v)]),
          );
          performance.mark(`gloss:${JSON.stringify(out)}`);
        },
        () => undefined,
      );
    }),
  );
}
