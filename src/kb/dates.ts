/**
 * Partial dates ("2014", "2014-10", "2014-10-01") and the time span of an entry. A partial date
 * stands for a period: as a start it means its first day, as an end its last day, so comparisons
 * never claim more precision than the source has.
 */
import type { IndexEntry } from './compiled';
import type { LifeFact, PartialDate, RoleFact } from './schema';

/** The first (or last) day a partial date can mean, as YYYY-MM-DD. */
export function dateKey(d: PartialDate, bound: 'start' | 'end' = 'start'): string {
  const [y, m, day] = d.split('-');
  if (day) return d;
  if (m) return bound === 'start' ? `${y}-${m}-01` : `${y}-${m}-${String(daysIn(Number(y), Number(m))).padStart(2, '0')}`;
  return bound === 'start' ? `${y}-01-01` : `${y}-12-31`;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** YYYY-MM-DD of an ISO date or date-time ("2022-04-06T03:00:00+02:00" -> "2022-04-06"); null if unreadable. */
export function isoDay(value: string | null | undefined): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** True when a role is held on `day` (YYYY-MM-DD). An open role is held up to today. */
export function roleActiveAt(role: RoleFact, day: string): boolean {
  if (role.start && dateKey(role.start, 'start') > day) return false;
  if (role.end && dateKey(role.end, 'end') < day) return false;
  return Boolean(role.start || role.end);
}

export interface TimeSpan {
  /** Birth, first event or founding; null if unknown. */
  start: PartialDate | null;
  activeAt(day: string): boolean;
}

export function entryTimeSpan(entry: IndexEntry): TimeSpan {
  const facts = entry.facts ?? [];
  const born = facts.find((f): f is LifeFact => f.type === 'born');
  const events = facts.flatMap((f) => (f.type === 'event' ? [f.date] : [])).sort();
  const roles = facts.filter((f): f is RoleFact => f.type === 'role');
  const start = born ? born.date : entry.category === 'history' ? (events[0] ?? null) : null;
  return { start, activeAt: (day) => roles.some((r) => roleActiveAt(r, day)) };
}
