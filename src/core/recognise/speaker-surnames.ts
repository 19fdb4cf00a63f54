/**
 * Words a news text uses on their own as the subject of a verb of saying: "Erekat said", "Figgins
 * declined", "Vermeersch zei", "Scholz sagte", or after it in a quote's attribution ('," said
 * Sowers.'). News names a person in full once and then by surname before what they said, so a run
 * of two or three capitalised words whose last word is such a speaker elsewhere in the text is a
 * name ("Saeb Erekat", "Deval Patrick", "Tova Noel"), whatever its given name. A word after an
 * article ("the Kremlin said") or inside a longer capitalised run is not counted, nor one before a
 * capitalised verb (a title-case headline: "Hong Kong Says").
 */
import { startsUpper } from '../text/fold';
import { GAP_APOSTROPHE, GAP_CLAUSE_END, GAP_SENTENCE_END, GAP_SPACE } from '../text/gaps';
import type { TokenizedText } from '../text/tokenize';
import { ARTICLES, SENTENCE_STARTERS } from './name-cues';

/**
 * Verbs right after a bare surname, in the past and present news writes, as written in lowercase
 * (German "erklärte" with and without its umlaut).
 */
const SAID_AFTER = 'said says told added declined wrote zei zegt schreef vertelde sagte sagt schrieb erklärte erklarte'.split(
  ' ',
);

/** {@link speakerWords} per text: the name finder and `place-as-given.ts` both ask. */
const SPEAKERS = new WeakMap<TokenizedText, Set<number>>();

/** The word-table indexes of the words used as speakers in `t` (see the module's comment). */
export function speakerWords(t: TokenizedText): Set<number> {
  let out = SPEAKERS.get(t);
  if (!out) SPEAKERS.set(t, (out = findSpeakers(t)));
  return out;
}

function findSpeakers(t: TokenizedText): Set<number> {
  const out = new Set<number>();
  const { word, norms, gaps, lower } = t;
  // The verbs looked up in the text's words (a megabyte has 180,000 tokens and 25,000 words).
  const said = new Uint8Array(norms.length);
  for (const verb of SAID_AFTER) {
    const w = t.wordOf(verb);
    if (w >= 0) said[w] = 1;
  }
  for (let v = 1; v < word.length; v++) {
    if (said[word[v]!] !== 1 || lower[v] !== 1) continue;
    if ((gaps[v]! & GAP_SPACE) !== 0 && subjectBefore(t, v - 1)) out.add(word[v - 1]!);
    if ((gaps[v]! & GAP_CLAUSE_END) !== 0 && v + 1 < word.length && subjectAfter(t, v + 1)) out.add(word[v + 1]!);
  }
  return out;
}

/**
 * Whether token s, right before a verb of saying, stands alone as its subject ("Erekat said"): a
 * capitalised word after a space in the same sentence neither capitalised (but for a word that
 * opens sentences: "Later Erekat said") nor an article.
 */
function subjectBefore(t: TokenizedText, s: number): boolean {
  const { word, norms, raws, gaps } = t;
  if (!startsUpper(raws[word[s]!]!)) return false;
  if (s === 0 || (gaps[s]! & GAP_SENTENCE_END) !== 0 || (gaps[s]! & GAP_SPACE) === 0) return true;
  const before = word[s - 1]!;
  const opener = (s - 1 === 0 || (gaps[s - 1]! & GAP_SENTENCE_END) !== 0) && SENTENCE_STARTERS.has(norms[before]!);
  return !((startsUpper(raws[before]!) && !opener) || ARTICLES.has(norms[before]!));
}

/**
 * Whether token k, after the verb of a quote's attribution ('"...," said Sowers.', '", zei
 * Vandaele.'), is its subject alone: capitalised and closing the clause (not "said Sowers' lawyer",
 * "said the man"); the end of the text closes it too.
 */
function subjectAfter(t: TokenizedText, k: number): boolean {
  const { word, raws, gaps } = t;
  if ((gaps[k]! & GAP_SPACE) === 0 || !startsUpper(raws[word[k]!]!)) return false;
  const after = k + 1 < word.length ? gaps[k + 1]! : GAP_SENTENCE_END;
  return (after & (GAP_SENTENCE_END | GAP_CLAUSE_END)) !== 0 && (after & GAP_APOSTROPHE) === 0;
}

/**
 * Whether `t` also writes the folded word `norm` as it is, in lowercase ("whether", "still"): a
 * capitalised one of them at a sentence start is that word, not a given name ("Whether Bartleby's
 * eyes improved").
 */
export function writtenLowercase(t: TokenizedText, norm: string): boolean {
  return t.wordOf(norm) >= 0;
}
