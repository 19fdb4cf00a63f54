/**
 * A one-word place name that is part of another name, where a card about the place would be wrong:
 * a person's surname after a known given name ("George Washington", "Jack London", "Irving
 * Berlin"), or the first word of a newspaper's name ("The Washington Post", "The Moscow Times",
 * "The Kyiv Independent"). Longer names in the knowledge base ("Berlin Wall", "Washington Treaty")
 * are matched before this is asked.
 */
import { startsUpper } from '../text/fold';
import { GAP_SPACE } from '../text/gaps';
import type { TokenizedText } from '../text/tokenize';

/** Second words of newspapers named after a city (folded; only when capitalised). */
const PAPER_AFTER = new Set('post times herald tribune journal independent examiner observer chronicle gazette'.split(' '));

/**
 * Whether the one-word place at tokens `first`..`last` belongs to another name. `givenBefore`: the
 * known given name right before it, set by the recogniser only after a single space and no title.
 */
export function placeInOtherName(t: TokenizedText, first: number, last: number, givenBefore: string | null): boolean {
  if (first !== last) return false;
  if (givenBefore) return true;
  const next = last + 1;
  if (next >= t.length || (t.gaps[next]! & GAP_SPACE) === 0) return false;
  const after = t.word[next]!;
  return PAPER_AFTER.has(t.norms[after]!) && startsUpper(t.raws[after]!);
}
