/**
 * A nickname in quotes inside a name ("John “J.D.” Dorrian"): the name
 * finder's run of a name goes on after it (`name-candidate.ts`).
 */
import { GAP_QUOTE_BEFORE } from '../text/gaps';
import type { NameText } from './name-candidate';
import { UPPER_START } from './name-words';

const OPENS_NICKNAME = /^[ \u00a0]["“'‘]$/u;
const CLOSES_NICKNAME = /^\.?["”'’][ \u00a0]$/u;
/** Inside a nickname: nothing (between letters), a full stop ("J.D."), a space or a hyphen. */
const INSIDE_NICKNAME = /^(?:\.?[ \u00a0]?|-)$/u;

/**
 * The token after a nickname in quotes that follows token j ("John “J.D.” Dorrian": the token of
 * "Dorrian"), or -1 when none does. A nickname is at most three tokens, each capitalised.
 */
export function nicknameEnd(t: NameText, j: number): number {
  const { text, starts, ends, word, words, covered } = t;
  const n = word.length;
  // The gap flag first: most candidates have none, and the slice costs a string each.
  if (j + 2 >= n || (t.gaps[j + 1]! & GAP_QUOTE_BEFORE) === 0 || !OPENS_NICKNAME.test(text.slice(ends[j]!, starts[j + 1]!)))
    return -1;
  for (let k = j + 1; k < n - 1 && k <= j + 3; k++) {
    if (covered[k] !== 0 || !words.is(word[k]!, UPPER_START)) return -1;
    const gap = text.slice(ends[k]!, starts[k + 1]!);
    if (CLOSES_NICKNAME.test(gap)) return k + 1;
    if (!INSIDE_NICKNAME.test(gap)) return -1;
  }
  return -1;
}
