/**
 * Work that can be cut into slices: a generator that `yield`s wherever it may pause (every few
 * hundred DOM nodes or paragraphs) and returns its result. Node code runs it to the end in one go
 * ({@link runSteps}); the content script runs it in time-boxed slices that give the page the main
 * thread back in between ({@link runStepsSliced}). One implementation, two schedules, same result.
 */

/** A computation with pause points; `yield` never carries a value. */
export type Steps<T> = Generator<void, T, void>;

/** Run to the end without pausing. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * The content script's schedule: work runs until the current task has used `budgetMs`, then
 * pauses (yields to the page). Small articles finish in one task; big ones never block long.
 */
export interface Slicer {
  /** Clock in milliseconds (`performance.now`). */
  now: () => number;
  /** Give the main thread back to the page; resolves when the next slice may run. */
  pause: () => Promise<void>;
  /** Longest stretch of work in one task, in milliseconds. */
  budgetMs: number;
  /** When the current task's work began. */
  taskStart: number;
  /** Milliseconds of work done through this slicer (pauses and waits not counted). */
  busy: number;
  /** How many times it paused. */
  pauses: number;
}

export function slicer(now: () => number, pause: () => Promise<void>, budgetMs: number): Slicer {
  return { now, pause, budgetMs, taskStart: now(), busy: 0, pauses: 0 };
}

/** Call after awaiting something other than a pause (a fetch, storage): a new task has begun. */
export function resumed(s: Slicer): void {
  s.taskStart = s.now();
}

/** Pause if the current task has used its budget. */
export async function checkpoint(s: Slicer): Promise<void> {
  if (s.now() - s.taskStart < s.budgetMs) return;
  s.pauses++;
  await s.pause();
  s.taskStart = s.now();
}

/** Run `work` now, counting its time as busy. */
export function timed<T>(s: Slicer, work: () => T): T {
  const t = s.now();
  try {
    return work();
  } finally {
    s.busy += s.now() - t;
  }
}

/** Run `steps`, pausing whenever the current task has used its budget. */
export async function runStepsSliced<T>(steps: Steps<T>, s: Slicer): Promise<T> {
  for (;;) {
    const t = s.now();
    const r = steps.next();
    const end = s.now();
    s.busy += end - t;
    if (r.done) return r.value;
    if (end - s.taskStart >= s.budgetMs) await checkpoint(s);
  }
}
