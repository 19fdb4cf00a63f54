/**
 * Evidence for a name in what follows it: an age in brackets ("Karolien (34)"), or a role noun in
 * apposition (also one before it, the name set off by commas: "The Conservative leader, Kemi
 * Badenoch, said"), as news introduces people the reader does not know: "Pouria Amirshahi, député
 * socialiste des Français de l'étranger", "Jan Peeters, de woordvoerder van ...", "John Smith, a
 * spokesman for ...", "Anna Müller, die Sprecherin ...". The apposition is evidence for a run of two
 * or more capitalised words that nothing else vouches for.
 *
 * Places, clubs and papers are the risk ("In New Hampshire, the governor said", "Real Madrid, coach
 * Carlo Ancelotti"): see the guards of {@link roleAfter}, each found on such a sentence.
 */
import type { NameText } from './name-candidate';
import { LOWER_START, ROLE_CUE, SENTENCE_STARTER, SPEECH_VERB, UPPER_START } from './name-words';

/** Articles between the comma and the role noun, folded (not the elided French "l'"). */
const ARTICLES = new Set(['de', 'het', 'een', 'a', 'an', 'the', 'le', 'la', 'un', 'une', 'der', 'die', 'ein', 'eine']);

/**
 * Prepositions before a place more often than before a person, folded (nl, en, fr, de). French "en"
 * is also Dutch "and": a name after it merely loses this evidence.
 */
const PREPOSITIONS = new Set(
  (
    'in op te naar uit bij tegen onder over voor ' +
    'at from to into near on for by ' +
    'a en dans pour par sur chez vers ' +
    'im aus nach vom bei mit fur auf am zum zur'
  ).split(' '),
);

/**
 * Whether the name from token `i` to token `j` is followed by ", role" or (not at a sentence start)
 * ", article role", the role noun in lowercase and followed by neither a capitalised word nor a verb
 * of saying; the token before the name (`prev`, -1 at a sentence start) is no preposition, and at a
 * sentence start its first word is no sentence adverb ("Daarna").
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
  // At a sentence start only the bare form ("Gwynne Shotwell, president and ..."): "North Korea, the
  // leader ..." opens sentences about places and groups too.
  if (ARTICLES.has(norms[word[role]!]!) && prev >= 0 && role + 1 < starts.length && starts[role + 1] === ends[role]! + 1) role++;
  if (!t.words.is(word[role]!, LOWER_START) || !t.words.is(word[role]!, ROLE_CUE)) return false;
  const after = role + 1;
  if (after >= starts.length || starts[after] !== ends[role]! + 1) return true;
  // "Real Madrid, coach Carlo Ancelotti": a capitalised word right after the role noun is the name the
  // role belongs to; "Casa Blanca, the president said": the role noun starts a clause of its own.
  return !t.words.is(word[after]!, UPPER_START) && !t.words.is(word[after]!, SPEECH_VERB);
}

/**
 * Whether the name from token `i` to token `j` is set off by commas right after a lowercase role noun:
 * "The Conservative leader, Kemi Badenoch, said", "De VVD-leider, Dilan Yeşilgöz, zei".
 */
export function roleCommaBefore(t: NameText, i: number, j: number): boolean {
  const { text, starts, ends, word } = t;
  return (
    i > 0 &&
    starts[i]! - ends[i - 1]! === 2 &&
    text.charCodeAt(ends[i - 1]!) === 44 &&
    text.charCodeAt(ends[j]!) === 44 &&
    t.words.is(word[i - 1]!, ROLE_CUE) &&
    t.words.is(word[i - 1]!, LOWER_START)
  );
}

const isSpace = (c: number) => c === 32 || c === 0xa0;

/** An age in brackets right after a name: "Karolien (34)". */
const AGE = /^[ \u00a0]?\([ \u00a0]?(\d{2,3})[ \u00a0]?\)/u;

/** Whether an age (12 to 110) in brackets follows the name ending at `end`. */
export function ageAfter(text: string, end: number): boolean {
  // Only a space or a bracket after the name can start an age: most names need no slice.
  const a = text.charCodeAt(end);
  if (a !== 40 && !(isSpace(a) && text.charCodeAt(end + 1) === 40)) return false;
  const age = AGE.exec(text.slice(end, end + 8));
  return age !== null && Number(age[1]) >= 12 && Number(age[1]) <= 110;
}
