/**
 * German capitalises every noun, so a surname may be a noun: "Frieden" (Luc Frieden; peace),
 * "Fischer", "Weber", "Herzog". Written with an article ("den Frieden", "einen gerechten Frieden",
 * "der Fischer aus Rügen") it is the noun; German news writes a person's surname without one.
 */
import { GAP_HYPHEN, spacedInSentence } from '../text/gaps';
import type { TokenizedText } from '../text/tokenize';
import { WordFlags } from '../text/word-flags';

/** Articles, their contractions with a preposition, and other determiners, folded. */
const DETERMINERS = new Set(
  (
    'der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines ' +
    'dieser diese dieses diesen diesem jeder jede jedes jeden jedem sein seine seinen seinem seiner ' +
    'ihr ihre ihren ihrem ihrer unser unsere unseren unserem zum zur vom beim im am ins ans'
  ).split(' '),
);

/** Whether the folded word looks like an inflected German adjective ("gerechten", "neue"). */
const inflected = (norm: string) => /(?:e|en|em|er|es)$/.test(norm);

/**
 * Whether the word at token k is used as a noun here: an article right before it, or an article
 * and a lowercase inflected adjective ("einen gerechten Frieden"); not when a hyphen joins it to
 * the next word, whose article it is.
 */
export function germanNounUse(t: TokenizedText, k: number): boolean {
  if (k === 0 || !spacedInSentence(t.gaps, k)) return false;
  // The article of a compound the name opens: "die Merz-Regierung", "der Putin-Freund".
  if (k + 1 < t.length && (t.gaps[k + 1]! & GAP_HYPHEN) !== 0) return false;
  const before = t.norms[t.word[k - 1]!]!;
  if (DETERMINERS.has(before)) return true;
  return (
    k >= 2 &&
    t.lower[k - 1] === 1 &&
    inflected(before) &&
    spacedInSentence(t.gaps, k - 1) &&
    DETERMINERS.has(t.norms[t.word[k - 2]!]!)
  );
}

/** Per word: 1 when some token of it is used as a noun ({@link germanNounUse}). */
const NOUNS = new WordFlags((t, out) => {
  for (let k = 1; k < t.length; k++) if (t.lower[k] === 0 && germanNounUse(t, k)) out[t.word[k]!] = 1;
});

/** Whether the text uses word `w` (an index into its words) as a noun somewhere. */
export function usedAsGermanNoun(t: TokenizedText, w: number): boolean {
  return NOUNS.of(t)[w] === 1;
}
