import { readFileSync } from 'node:fs';
const { traceEvents: ev } = JSON.parse(readFileSync(process.argv[2] ?? '/tmp/speed/trace.json', 'utf8'));
// renderer main thread: the one with the g:inject mark
const marks = ev.filter((e) => e.cat?.includes('blink.user_timing') && e.name?.startsWith('g:'));
const anyMark = marks.find((m) => m.name === 'g:module') ?? marks[0];
const pid = anyMark.pid, tid = anyMark.tid;
const inject = marks.find((m) => m.name === 'g:inject');
const t0 = (marks.find((m) => m.name === 'g:evalstart') ?? anyMark).ts;
console.log('marks:');
for (const m of marks.sort((a, b) => a.ts - b.ts)) console.log('  ', m.name.padEnd(32), ((m.ts - t0) / 1000).toFixed(1), m.ph);
const main = ev.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
const tasks = main.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts);
const from = t0 - 200000, to = Math.max(...marks.map((m) => m.ts)) + 20000;
console.log('main-thread tasks >= 1ms:');
for (const t of tasks) {
  if (t.ts < from || t.ts > to || t.dur < 1000) continue;
  const kids = main.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.dur > 500 && e.name !== 'RunTask');
  const top = kids.sort((a, b) => b.dur - a.dur).slice(0, 6).map((k) => `${k.name}${k.args?.data?.url ? '(' + String(k.args.data.url).slice(-30) + ')' : ''}:${(k.dur / 1000).toFixed(1)}`);
  console.log('  ', ((t.ts - t0) / 1000).toFixed(1).padStart(7), (t.dur / 1000).toFixed(1).padStart(6), top.join(' | '));
}
