/**
 * A one-word organisation name that opens a longer name with "of": "Congress of Deputies" (Spain's
 * lower house), "Congress of Racial Equality", "Congress of People's Deputies". The knowledge base's
 * own longer names ("Congress of Vienna") are matched before this is asked; "Congress of the United
 * States" (an article after "of") is still the US Congress.
 */
import { capitalThenLower } from '../text/fold';
import { GAP_SPACE } from '../text/gaps';
import type { TokenizedText } from '../text/tokenize';

/** Whether the one-word span at token `k` is followed by "of" and a capitalised word. */
export function opensOfName(t: TokenizedText, k: number): boolean {
  const of = k + 1;
  const next = k + 2;
  if (next >= t.length || (t.gaps[of]! & GAP_SPACE) === 0 || (t.gaps[next]! & GAP_SPACE) === 0) return false;
  return t.raws[t.word[of]!] === 'of' && capitalThenLower(t.raws[t.word[next]!]!);
}
