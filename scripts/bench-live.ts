/**
 * `npm run bench:live`: how long a card's live look-up takes, from the local stand-in server (the
 * real network path minus the internet) and from the cache, median and 95th percentile of
 * repeated runs in one process.
 */
import { createClient, type Cache } from '../src/lib/wiki/client';
// @ts-expect-error: plain .mjs helper shared with the tests
import { startWikiMock } from '../tests/support/wiki-mock.mjs';

const RUNS = 60;
const mock = await startWikiMock();
const memory = (): Cache => {
  const m = new Map<string, unknown>();
  return { get: async (k) => m.get(k), set: async (k, v) => void m.set(k, v) };
};
const request = { lang: 'nl', title: 'Jens Stoltenberg', person: true };
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

async function measure(cold: boolean): Promise<number[]> {
  const shared = memory();
  const times: number[] = [];
  if (!cold)
    await createClient({ base: { ...mock.base, timeoutMs: 5000 }, fetcher: (u, i) => fetch(u, i), cache: shared }).lookup(
      request,
    );
  for (let i = 0; i < RUNS; i++) {
    const client = createClient({
      base: { ...mock.base, timeoutMs: 5000 },
      fetcher: (u, i) => fetch(u, i),
      cache: cold ? memory() : shared,
    });
    const t0 = performance.now();
    const r = await client.lookup(request);
    times.push(performance.now() - t0);
    if (r.status !== 'ok') throw new Error(`look-up failed: ${JSON.stringify(r)}`);
  }
  return times;
}

const server = await measure(true);
const cached = await measure(false);
await mock.close();
const r2 = (x: number) => Math.round(x * 100) / 100;
const result = {
  fromServerMs: { median: r2(pct(server, 0.5)), p95: r2(pct(server, 0.95)) },
  fromCacheMs: { median: r2(pct(cached, 0.5)), p95: r2(pct(cached, 0.95)) },
  requestsPerCold: 3,
};
if (process.argv.includes('--json')) console.log(JSON.stringify(result));
else
  console.log(
    `card live look-up (summary + Wikidata offices, ${RUNS} runs): local server median ${result.fromServerMs.median} ms, p95 ${result.fromServerMs.p95} ms; cache median ${result.fromCacheMs.median} ms, p95 ${result.fromCacheMs.p95} ms`,
  );
