/**
 * English headlines and titles in title case ("FAQ on CEO Resignation", "Mozilla's Appointment Of
 * Brendan Eich As CEO Sparks Controversy", a reference list's quoted titles): every word but the
 * short ones is capitalised, so a capital there says nothing about a name, and a role word before a
 * capitalised word ("CEO Resignation", "CEO Donated") is no cue for one.
 *
 * Only English writes titles this way; in German every noun is capitalised, but verbs and adjectives
 * are not, so a German sentence is rarely all capitals either way.
 */
import { GAP_AFTER_INITIAL, GAP_APOSTROPHE, GAP_HYPHEN, GAP_NEWLINE, GAP_SENTENCE_END } from '../text/gaps';
import type { NameText } from './name-candidate';
import { LOWER_START, UPPER_START } from './name-words';

/** The words English title case leaves lowercase. */
const MINOR_WORDS = new Set(
  'a an the and but or nor for so yet as at by in of off on per to up via vs with from into onto over than'.split(' '),
);

/** Longer than this, a sentence is prose, not a title. */
const MAX_TOKENS = 24;
/** Fewer capitalised words than this, and the sentence may just be short ("CEO Smith resigned"). */
const MIN_CAPITALISED = 3;

const ENDS = GAP_SENTENCE_END | GAP_NEWLINE;

/** Whether tokens i..j stand in a sentence written in title case. */
export function inTitleCase(t: NameText, i: number, j: number): boolean {
  const { gaps, word, words, norms } = t;
  let start = i;
  // A full stop after an initial ends no sentence: "said U.S. Attorney Nealy Cox" is one sentence.
  while (start > 0 && ((gaps[start]! & ENDS) === 0 || afterInitial(t, start))) if (i - --start > MAX_TOKENS) return false;
  let end = j;
  while (end + 1 < word.length && (gaps[end + 1]! & ENDS) === 0) if (++end - start >= MAX_TOKENS) return false;
  let capitalised = 0;
  for (let k = start; k <= end; k++) {
    // The rest of a word ("OkCupid's", "Anti-gay") is not a word of the title.
    if (k > start && (gaps[k]! & (GAP_APOSTROPHE | GAP_HYPHEN)) !== 0) continue;
    const w = word[k]!;
    if (words.is(w, UPPER_START)) capitalised++;
    else if (words.is(w, LOWER_START) && !MINOR_WORDS.has(norms[w]!)) return false;
  }
  return capitalised >= MIN_CAPITALISED;
}

/** Whether token k follows an initial's full stop ("U.S. Attorney", "J. Edgar"), not a sentence's end. */
function afterInitial(t: NameText, k: number): boolean {
  return (
    (t.gaps[k]! & (GAP_NEWLINE | GAP_AFTER_INITIAL)) === GAP_AFTER_INITIAL &&
    t.ends[k - 1]! - t.starts[k - 1]! === 1 &&
    t.words.is(t.word[k - 1]!, UPPER_START)
  );
}
