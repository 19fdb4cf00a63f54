import { readFileSync } from 'node:fs';
const { traceEvents: ev } = JSON.parse(readFileSync('/tmp/speed/trace.json', 'utf8'));
const mark = ev.find((e) => e.name?.startsWith('gloss:') && e.cat?.includes('user_timing'));
const { pid, tid } = mark;
const main = ev.filter((e) => e.pid === pid && e.tid === tid);
// content script start: EvaluateScript of src/content/index.js
const start = main.find((e) => e.name === 'EvaluateScript' && String(e.args?.data?.url).includes('content/index.js')) ?? main.find((e) => e.name === 'v8.compile' && String(e.args?.data?.url).includes('content/index.js'));
console.log('mark', mark.name.slice(0, 200));
const t0 = start.ts;
const tasks = main.filter((e) => e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask') && e.ts >= t0 - 5000 && e.ts < t0 + 2000000).sort((a, b) => a.ts - b.ts);
let busy = 0;
for (const t of tasks) {
  if (t.ts > t0 + 700000) break;
  const kids = main.filter((e) => e.ph === 'X' && e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur && (e.dur ?? 0) > 300 && !/RunTask|OnHandleReady|Receive mojo|ThreadController/.test(e.name));
  const top = kids.sort((a, b) => b.dur - a.dur).slice(0, 4).map((k) => `${k.name}${k.args?.data?.functionName ? '(' + k.args.data.functionName + ')' : ''}:${(k.dur / 1000).toFixed(1)}`);
  busy += t.dur;
  if (t.dur > 500) console.log(((t.ts - t0) / 1000).toFixed(1).padStart(7), (t.dur / 1000).toFixed(1).padStart(6), 'cpu', ((t.tdur ?? 0) / 1000).toFixed(1).padStart(6), top.join(' | '));
}
