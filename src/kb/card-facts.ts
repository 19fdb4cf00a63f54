/**
 * What a card says about time: the roles an entry held on the article's date, and what changed
 * since then (up to today). A 2022 article about Stoltenberg gets "Secretary General of NATO since
 * October 2014" and, since then, "In office until 1 October 2024, succeeded by Mark Rutte".
 */
import { dateKey, roleActiveAt } from './dates';
import { PHRASES, formatPartialDate } from './phrases';
import type { Entry, Lang, Localized, RoleFact } from './schema';

export interface CardFacts {
  /** Lines true on the article's date (or today, when the article has no date). */
  atDate: string[];
  /** Changes between the article's date and today. */
  sinceThen: string[];
  /** Events and life dates, for the card's key dates. */
  keyDates: string[];
}

/** Text in the card language, falling back to English, then Dutch, then any. */
export function pick(text: Localized<string> | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] ?? text.en ?? text.nl ?? Object.values(text)[0] ?? '';
}

/**
 * @param day   the article's date (YYYY-MM-DD), or null to describe the entry as of today
 * @param today today's date (YYYY-MM-DD); injected so tests are deterministic
 * @param nameOf display name of another entry by id (for predecessors and successors)
 */
export function cardFacts(
  entry: Entry,
  day: string | null,
  today: string,
  lang: Lang,
  nameOf: (id: string) => string | null,
): CardFacts {
  const p = PHRASES[lang];
  const fmt = (d: string) => formatPartialDate(d, lang);
  const at = day ?? today;
  const facts = entry.facts ?? [];
  const roles = facts
    .filter((f): f is RoleFact => f.type === 'role')
    .sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
  const atDate: string[] = [];
  const sinceThen: string[] = [];
  const keyDates: string[] = [];
  const who = (ref: string) => nameOf(ref) ?? ref;

  for (const role of roles) {
    const name = pick(role.role, lang);
    if (roleActiveAt(role, at)) {
      atDate.push(role.start ? p.since(name, fmt(role.start)) : name);
      if (role.end && dateKey(role.end, 'start') <= today && day) {
        const until = p.heldUntil(fmt(role.end));
        sinceThen.push(role.successor ? `${until}, ${p.succeededBy(who(role.successor))}` : until);
      }
    } else if (day && role.start && dateKey(role.start, 'start') > day && dateKey(role.start, 'start') <= today) {
      sinceThen.push(p.sinceThenRole(fmt(role.start), name));
    }
  }
  if (atDate.length === 0) {
    // Nothing held on that day: say what the person was most recently before it.
    const past = roles.filter((r) => r.end && dateKey(r.end, 'end') < at).pop();
    if (past) atDate.push(p.formerly(pick(past.role, lang), p.period(past.start ? fmt(past.start) : '…', fmt(past.end!))));
  }
  for (const f of facts) {
    if (f.type === 'died' && day && dateKey(f.date, 'start') > day && dateKey(f.date, 'start') <= today)
      sinceThen.push(p.died(fmt(f.date)));
    else if (f.type === 'died') keyDates.push(p.died(fmt(f.date)));
    else if (f.type === 'born') keyDates.push(p.born(fmt(f.date)));
    else if (f.type === 'event') {
      const when = f.end ? p.period(fmt(f.date), fmt(f.end)) : fmt(f.date);
      const line = `${pick(f.label, lang)}: ${when}`;
      if (day && dateKey(f.date, 'start') > day && dateKey(f.date, 'start') <= today) sinceThen.push(line);
      else keyDates.push(line);
    }
  }
  return { atDate, sinceThen, keyDates };
}

/**
 * The heading over the lines true on the article's date ("On 6 April 2022"), or null when there is
 * none to give (no date, facts that reach today). A date after the knowledge base's facts reach
 * (`reviewed`: a 2026 article, facts checked up to June 2025) says so ("On 12 March 2026 (known up
 * to June 2025)"), and so does a card without a date read after that: an office held then may
 * have ended since, and the card must not claim it on a day it knows nothing about.
 */
export function atDateHeading(day: string | null, today: string, reviewed: string, lang: Lang): string | null {
  const p = PHRASES[lang];
  const beyond = reviewed !== '' && dateKey(day ?? today, 'start') > dateKey(reviewed, 'end');
  const known = beyond ? p.knownUpTo(formatPartialDate(reviewed, lang)) : null;
  if (!day) return known && known.charAt(0).toUpperCase() + known.slice(1);
  const heading = p.atDateHeading(formatPartialDate(day, lang));
  return known ? `${heading} (${known})` : heading;
}
