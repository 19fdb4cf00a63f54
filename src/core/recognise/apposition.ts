/**
 * A role noun in apposition right after a name, as news introduces people the reader does not
 * know: "Pouria Amirshahi, député socialiste des Français de l'étranger", "Jan Peeters, de
 * woordvoerder van ...", "John Smith, a spokesman for ...", "Anna Müller, die Sprecherin ...".
 * Evidence for a run of two or more capitalised words that nothing else vouches for.
 *
 * Places are the risk ("In New Hampshire, the governor said"): a run right after a preposition is
 * not taken on this evidence, nor one opening a sentence with a word that opens Dutch sentences.
 */
import type { NameText } from './name-candidate';
import { LOWER_START, ROLE_CUE, SENTENCE_STARTER } from './name-words';

/** Articles between the comma and the role noun, folded (not the elided French "l'"). */
const ARTICLES = new Set(['de', 'het', 'een', 'a', 'an', 'the', 'le', 'la', 'un', 'une', 'der', 'die', 'ein', 'eine']);

/** Prepositions before a place more often than before a person, folded (nl, en, fr, de). */
const PREPOSITIONS = new Set(
  (
    'in op te naar uit bij tegen onder over voor ' +
    'at from to into near on for by ' +
    'a en dans pour par sur chez vers ' +
    'im aus nach vom bei mit fur auf am zum zur'
  ).split(' '),
);

/**
 * Whether the name from token `i` to token `j` is followed by ", role" or ", article role" (the
 * role noun written in lowercase), the token before it (`prev`, -1 at a sentence start) is no
 * preposition, and at a sentence start its first word is no sentence adverb ("Daarna").
 */
export function roleAfter(t: NameText, prev: number, i: number, j: number): boolean {
  const { text, starts, ends, norms, word } = t;
  if (prev < 0 && t.words.is(word[i]!, SENTENCE_STARTER)) return false;
  const comma = ends[j]!;
  if (
    j + 1 >= starts.length ||
    text.charCodeAt(comma) !== 44 ||
    starts[j + 1] !== comma + 2 ||
    !isSpace(text.charCodeAt(comma + 1))
  )
    return false;
  if (prev >= 0 && PREPOSITIONS.has(norms[word[prev]!]!)) return false;
  let role = j + 1;
  if (ARTICLES.has(norms[word[role]!]!) && role + 1 < starts.length && starts[role + 1] === ends[role]! + 1) role++;
  return t.words.is(word[role]!, LOWER_START) && t.words.is(word[role]!, ROLE_CUE);
}

const isSpace = (c: number) => c === 32 || c === 0xa0;
