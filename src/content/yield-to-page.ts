/**
 * Give the main thread back to the page for a moment: input, rendering and the page's own tasks
 * run before the promise resolves. `scheduler.yield()` where the browser has it (Chromium 129+:
 * the continuation goes ahead of other queued work, so a yield costs little), else a
 * MessageChannel message (a fresh task without setTimeout's clamping).
 */
type WithScheduler = { scheduler?: { yield?: () => Promise<void> } };

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as WithScheduler).scheduler;
  // Called as a method: some browsers refuse the function detached from its object.
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
