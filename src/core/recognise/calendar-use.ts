/**
 * A surname that is also a month ("May", "June", "August") used as the month: "said in May",
 * "May 2024", "on 5 May", "begin mei". After "Theresa May" is named, a later "in May" is the month,
 * not a second mention of her.
 */
import { spacedInSentence } from '../text/gaps';
import type { TokenizedText } from '../text/tokenize';
import { CALENDAR_WORDS } from './name-cues';

/** Words before a month that make it a date (folded), in nl, en, fr and de. */
const BEFORE_MONTH = new Set(
  [
    'in since until till by from of early late mid last next this each every during before after',
    'sinds tot begin eind half medio vorige volgende afgelopen komende',
    'im seit bis anfang ende mitte vom zum letzten nachsten kommenden',
    'en depuis jusqu debut fin mi dernier prochain',
  ]
    .join(' ')
    .split(' '),
);

/** Whether the one-word span at token `k` is a month or weekday used as one. */
export function calendarUse(t: TokenizedText, first: number, last: number): boolean {
  if (first !== last || !CALENDAR_WORDS.has(t.norms[t.word[first]!]!)) return false;
  // "in May", "sinds mei"; "5 May", "le 5 mai".
  if (first > 0 && spacedInSentence(t.gaps, first)) {
    const before = t.norms[t.word[first - 1]!]!;
    if (BEFORE_MONTH.has(before) || /^\d{1,2}$/.test(before)) return true;
  }
  // "May 2024", "May 5".
  return spacedInSentence(t.gaps, first + 1) && /^\d{1,4}$/.test(t.norms[t.word[first + 1]!]!);
}
