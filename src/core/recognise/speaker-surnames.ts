/**
 * Words a news text uses on their own as the subject of a verb of saying: "Erekat said", "Figgins
 * declined", "Vermeersch zei", "Scholz sagte", or after it in a quote's attribution ('," said Sowers.'). News names a person in full once and then by surname
 * before what they said, so a run of two or three capitalised words whose last word is such a
 * speaker elsewhere in the text is a name ("Saeb Erekat", "Deval Patrick", "Tova Noel"), whatever
 * its given name. A word after an article ("the Kremlin said") or inside a longer capitalised run is
 * not counted, nor one before a capitalised verb (a title-case headline: "Hong Kong Says").
 */
import { startsUpper } from '../text/fold';
import { GAP_APOSTROPHE, GAP_CLAUSE_END, GAP_SENTENCE_END, GAP_SPACE } from '../text/gaps';
import type { TokenizedText } from '../text/tokenize';
import { SENTENCE_STARTERS } from './name-cues';

const words = (line: string) => new Set(line.split(' '));

/** Verbs right after a bare surname, in the past and present news writes (folded, lowercase in the text). */
const SAID_AFTER = words('said says told added declined wrote zei zegt schreef vertelde sagte sagt schrieb erklarte');
/** Articles before a word make it a noun ("the Kremlin said", "het Witte Huis"), in nl, en, fr and de. */
const ARTICLES = words('the a an de het een le la les un une der die das den dem ein eine');

/** The word-table indexes of the words used as speakers in `t` (see the module's comment). */
export function speakerWords(t: TokenizedText): Set<number> {
  const out = new Set<number>();
  const { word, norms, raws, gaps, lower } = t;
  // Asked once per distinct word, not per token (a megabyte has 180,000 tokens and 25,000 words).
  const said = new Uint8Array(norms.length);
  for (let w = 0; w < norms.length; w++) if (SAID_AFTER.has(norms[w]!)) said[w] = 1;
  for (let k = 1; k < word.length; k++) {
    if (said[word[k]!] !== 1 || lower[k] !== 1 || (gaps[k]! & GAP_SPACE) === 0) continue;
    const s = k - 1;
    if (!startsUpper(raws[word[s]!]!)) continue;
    // After a space in the same sentence, the word before must be neither capitalised (but for a
    // word that opens sentences: "Later Erekat said") nor an article.
    if (s > 0 && (gaps[s]! & GAP_SENTENCE_END) === 0 && (gaps[s]! & GAP_SPACE) !== 0) {
      const before = word[s - 1]!;
      const opener = (s - 1 === 0 || (gaps[s - 1]! & GAP_SENTENCE_END) !== 0) && SENTENCE_STARTERS.has(norms[before]!);
      if ((startsUpper(raws[before]!) && !opener) || ARTICLES.has(norms[before]!)) continue;
    }
    out.add(word[s]!);
  }
  // A quote's attribution with the verb first: '"...," said Sowers.', '", zei Vandaele.' The word
  // after the verb closes the clause (the name alone, not "said Sowers' lawyer" or "said the man").
  for (let k = 1; k < word.length; k++) {
    const v = k - 1;
    if (said[word[v]!] !== 1 || lower[v] !== 1 || (gaps[v]! & GAP_CLAUSE_END) === 0 || (gaps[k]! & GAP_SPACE) === 0) continue;
    // The end of the text closes the clause too.
    const after = k + 1 < word.length ? gaps[k + 1]! : GAP_SENTENCE_END;
    if (!startsUpper(raws[word[k]!]!) || (after & (GAP_SENTENCE_END | GAP_CLAUSE_END)) === 0 || (after & GAP_APOSTROPHE) !== 0)
      continue;
    out.add(word[k]!);
  }
  return out;
}

/**
 * The folded words `t` also writes in lowercase ("whether", "still"): a capitalised one of them at a
 * sentence start is that word, not a given name ("Whether Bartleby's eyes improved").
 */
export function lowercaseWords(t: TokenizedText): Set<string> {
  const out = new Set<string>();
  for (let w = 0; w < t.raws.length; w++) if (t.raws[w] === t.norms[w]) out.add(t.norms[w]!);
  return out;
}
