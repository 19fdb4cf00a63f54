/**
 * Scores one candidate entry for one matched span: how the span was matched, whether the
 * article's date fits the entry, and what else the article talks about. Kept apart from the
 * matcher so the evidence is easy to read and to test.
 */
import type { IndexEntry as Entry } from '../../kb/compiled';
import type { FormKind } from '../../kb/compiled';
import { dateKey, entryTimeSpan } from '../../kb/dates';
import { fold } from '../text/fold';
import { holdsTitle } from './role-titles';

export interface Evidence {
  kind: FormKind;
  how: 'exact' | 'genitive' | 'compound-head';
  /** The entity was already named in full earlier in the article. */
  namedBefore: boolean;
  /** Article date as YYYY-MM-DD, or null. */
  date: string | null;
  /** Whether a folded word occurs in the article (built lazily: most entries have no context words). */
  hasWord: (word: string) => boolean;
  /** Entry ids named in full somewhere in the article. */
  present: Set<string>;
  /**
   * Historical events (history entries) named in the article, and every entry those events name as
   * related, and the people named in full: what ties a bare surname to a figure of the past
   * (`tiedToEvent`, `tiedByContext`).
   */
  events: { ids: Set<string>; related: Set<string>; people: Set<string> };
  lang: string | null;
  /** Folded title word right before the span ("president" in "President Bush"), or null. */
  title?: string | null;
  /** A preposition of place right before the span ("in Montenegro": `place-cue.ts`). */
  locative?: boolean;
}

export function scoreCandidate(entry: Entry, ev: Evidence): number {
  let score: number;
  // A title before the surname that the person held on the article's date ("President Bush" in 2003).
  const titled = ev.kind === 'surname' && !!ev.title && !!ev.date && holdsTitle(entry, [ev.title], ev.date);
  const hits = contextWords(entry).filter((words) => words.every((t) => ev.hasWord(t))).length;
  const tied =
    ev.kind === 'surname' &&
    !ev.namedBefore &&
    !titled &&
    !entry.match?.surnameAlone &&
    (tiedToEvent(entry, ev) || tiedByContext(entry, ev, hits));
  if (ev.kind === 'surname') score = ev.namedBefore ? 0.95 : entry.match?.surnameAlone || titled ? 0.85 : tied ? 0.65 : 0.45;
  else if (ev.kind === 'head') score = 0.75;
  else score = 0.9;
  if (ev.how === 'genitive') score -= 0.05;
  if (ev.date) score += dateFit(entry, ev.date);
  score += Math.min(0.2, hits * 0.1);
  const rel = (entry.related ?? []).filter((id) => ev.present.has(id)).length;
  score += Math.min(0.1, rel * 0.05);
  if (ev.present.has(entry.id)) score += 0.05;
  // A surname that is not reliable on its own ("May", "Johnson") needs its full name earlier in
  // the article, or a title the person held on the article's date ("President Bush" in 2003 is
  // George W. Bush, in 1991 his father), or, for a figure of the past, an event of theirs the
  // article names, or two of their context words and a person of their time named in full
  // ("Chamberlain" beside "München" and "Hitler"): otherwise no amount of context makes it safe.
  if (ev.kind === 'surname' && !ev.namedBefore && !entry.match?.surnameAlone && !titled && !tied) return Math.min(score, 0.5);
  // After "in", "to", "naar", "nach": a place of the same name wins over the person ("In
  // Montenegro, tourism grew" after "Luís Montenegro"); with no such place the person stays.
  if (ev.kind === 'surname' && ev.locative && ev.how !== 'genitive' && !titled) return Math.min(score, 0.6);
  return Math.min(1, score);
}

/** The historical events among the entries an article names, and what they name as related ({@link Evidence.events}). */
export function eventsNamed(named: readonly Entry[]): Evidence['events'] {
  const events: Evidence['events'] = { ids: new Set(), related: new Set(), people: new Set() };
  for (const entry of named) {
    if (entry.category === 'person') events.people.add(entry.id);
    if (entry.category !== 'history') continue;
    events.ids.add(entry.id);
    for (const id of entry.related ?? []) events.related.add(id);
  }
  return events;
}

/** Years after a person's death or last office from which they are a figure of the past. */
const PAST_YEARS = 10;

/**
 * Whether a person of the past is tied to a historical event the article names ("Kennedy" in a
 * piece on the Cuban missile crisis, "Bush" beside the fall of the Berlin Wall): the event and the
 * person name each other as related. Only for people who died, or left their last office, at
 * least {@link PAST_YEARS} years before the article: a bare "Johnson" in a 2024 piece that
 * mentions the 2022 invasion is as likely the US Speaker as Boris Johnson.
 */
function tiedToEvent(entry: Entry, ev: Evidence): boolean {
  if (entry.category !== 'person' || !ev.date || ev.events.ids.size === 0) return false;
  if (!ev.events.related.has(entry.id) && !(entry.related ?? []).some((id) => ev.events.ids.has(id))) return false;
  return ofThePast(entry, ev.date);
}

/**
 * Context words of a figure of the past that tie a bare surname to them without an event: two of
 * "München", "Hitler", "1938" for Chamberlain, and a person of their time named in full (Hitler,
 * Churchill). Context words alone are not enough: "Conservative", "Downing Street" and "prime
 * minister" are in every British political story, where "Major changes" is not John Major. One
 * word is not enough either ("Munich" alone is a city in any story); a person of today needs
 * their full name or a title, however many context words.
 */
const PAST_CONTEXT_HITS = 2;

function tiedByContext(entry: Entry, ev: Evidence, hits: number): boolean {
  if (hits < PAST_CONTEXT_HITS || !(entry.related ?? []).some((id) => ev.events.people.has(id))) return false;
  return ofThePast(entry, ev.date);
}

/**
 * Whether a person died, or left their last office, at least {@link PAST_YEARS} years before the
 * article's date: a figure of the past, whom no one of today's news shares the name with.
 */
function ofThePast(entry: Entry, date: string | null | undefined): boolean {
  if (entry.category !== 'person' || !date) return false;
  // The day of death or the end of the last office, whichever is later.
  let last: string | null = null;
  for (const f of entry.facts ?? []) {
    const end = f.type === 'died' ? f.date : f.type === 'role' ? f.end : undefined;
    // A role still held: not of the past.
    if (f.type === 'role' && !end) return false;
    if (end && (last === null || dateKey(end, 'end') > last)) last = dateKey(end, 'end');
  }
  return last !== null && last <= `${Number(date.slice(0, 4)) - PAST_YEARS}${date.slice(4)}`;
}

/**
 * Whether the article holds one of the entry's context words or phrases: false for an entry with
 * none. An organisation named like a given name ("Leonardo") needs one before a following
 * capitalised word may be read as part of its name rather than someone's ("Leonardo DiCaprio").
 */
export function contextHeard(entry: Entry, hasWord: (word: string) => boolean): boolean {
  return contextWords(entry).some((words) => words.every((t) => hasWord(t)));
}

const CONTEXT = new WeakMap<Entry, string[][]>();

/** An entry's context words and phrases, folded and split once per entry. */
function contextWords(entry: Entry): string[][] {
  let words = CONTEXT.get(entry);
  if (!words) {
    words = [...new Set(Object.values(entry.match?.context ?? {}).flat())].map((w) => fold(w).split(/\s+/));
    CONTEXT.set(entry, words);
  }
  return words;
}

/** Every word any entry's context asks about: the only words {@link scoreCandidate} asks `hasWord` about. */
export function contextVocabulary(entries: readonly Entry[]): Set<string> {
  const out = new Set<string>();
  for (const entry of entries)
    if (entry.match?.context) for (const words of contextWords(entry)) for (const w of words) out.add(w);
  return out;
}

/** {@link dateFit}'s last answer per entry, and the date it was for (an article asks about one date). */
const DATE_FITS = new WeakMap<Entry, { date: string; fit: number }>();

/** A person not yet born, or an event that has not happened, cannot be meant. */
function dateFit(entry: Entry, date: string): number {
  const last = DATE_FITS.get(entry);
  if (last?.date === date) return last.fit;
  const fit = dateFitNow(entry, date);
  DATE_FITS.set(entry, { date, fit });
  return fit;
}

function dateFitNow(entry: Entry, date: string): number {
  const span = entryTimeSpan(entry);
  if (span.start && dateKey(span.start) > date) return -1;
  if (entry.category === 'person' && span.activeAt(date)) return 0.05;
  return 0;
}
