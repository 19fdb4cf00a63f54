/**
 * Where a run of capitalised words stands, for the name finder's verdict (`name-finder.ts`): at a
 * sentence start, alone on its line (a byline), after a title's domain ("Minister for the"), after
 * a word with a capital letter (the tail of another name) or in brackets.
 */
import { GAP_NEWLINE, GAP_OPEN_BRACKET, GAP_SENTENCE_END, GAP_SPACE, spacedInSentence } from '../text/gaps';
import type { Candidate, NameText } from './name-candidate';
import { AMBIGUOUS, GIVEN, NAME_LIKE, NOT_PERSON, ROLE_CUE, UPPER_START } from './name-words';
import { ARTICLES } from './name-cues';

const CLOSING_BRACKET = /^\s*\)/u;

export function sentenceInitial(ctx: NameText, k: number): boolean {
  return k === 0 || (ctx.gaps[k]! & GAP_SENTENCE_END) !== 0;
}

/** Whether token `the` is the "the" of a title's domain: "Minister for the", "Secretary of the". */
export function afterTitleDomain(ctx: NameText, the: number): boolean {
  const { norms, word, gaps } = ctx;
  const spaced = (k: number) => (gaps[k]! & GAP_SPACE) !== 0;
  if (the < 2 || norms[word[the]!] !== 'the' || !spaced(the) || !spaced(the - 1)) return false;
  const join = norms[word[the - 1]!];
  return (join === 'for' || join === 'of') && tokenIs(ctx, the - 2, ROLE_CUE);
}

/** Whether token k's word answers a question (`name-words.ts`) with yes. */
export function tokenIs(ctx: NameText, k: number, question: number): boolean {
  return ctx.words.is(ctx.word[k]!, question);
}

/** Whether the first word of the candidate is a given name here. Given names that are also common
 * words count only mid-sentence and not inside a run of capitalised words ("Life As An Immigrant"),
 * unless the line holds nothing but the name (a byline: "An Claeys"). `j`: the candidate's last token. */
export function givenFirst(ctx: NameText, c: Candidate, j: number): boolean {
  if (!c.wordIs(ctx, 0, GIVEN) || c.wordIs(ctx, 0, NOT_PERSON)) return false;
  if (!c.wordIs(ctx, 0, AMBIGUOUS)) return true;
  const k = c.k[0]!;
  if (!sentenceInitial(ctx, k)) return !tokenIs(ctx, k - 1, UPPER_START);
  return wholeLine(ctx, c.i, j);
}

/** Tokens i..j are all their line holds: a byline or a signature. */
export function wholeLine(ctx: NameText, i: number, j: number): boolean {
  const text = ctx.text;
  if (i > 0 && (ctx.gaps[i]! & GAP_NEWLINE) === 0) return false;
  const end = ctx.ends[j]!;
  const lineEnd = text.indexOf('\n', end);
  return !text.slice(end, lineEnd < 0 ? text.length : lineEnd).trim();
}

/** A word with a capital letter before the name: the name's tail ("Camp David"), or a word in brackets. */
export function aside(ctx: NameText, prev: number, spaced: boolean, roleCue: boolean, i: number, end: number): boolean {
  return (
    (prev >= 0 && spaced && !roleCue && tokenIs(ctx, i - 1, NAME_LIKE)) ||
    ((ctx.gaps[i]! & GAP_OPEN_BRACKET) !== 0 && CLOSING_BRACKET.test(ctx.text.slice(end, end + 3)))
  );
}

/** Prepositions between a role and the place it serves ("ambassador to Britain", "ambassadeur in Rusland"), folded. */
const ROLE_PLACE_PREPOSITIONS = new Set(['to', 'in', 'at', 'for', 'bij', 'naar', 'aupres', 'bei', 'beim']);

/**
 * Whether token `place` ends a role with the place it serves, right before a name: "China's
 * ambassador to Britain Liu Xiaoming", "envoy to Ukraine Keith Kellogg", "ambassadeur in Rusland
 * Hans Smit". The place is one word the knowledge base marked, and the three words are one phrase.
 */
export function roleForPlace(ctx: NameText, place: number): boolean {
  const { gaps, word, norms } = ctx;
  // The place is one the knowledge base marked ("Britain", "NATO"), not any capitalised word ("Human").
  if (place < 2 || ctx.covered[place] !== 1 || !tokenIs(ctx, place, UPPER_START)) return false;
  return (
    spacedInSentence(gaps, place) &&
    spacedInSentence(gaps, place - 1) &&
    ROLE_PLACE_PREPOSITIONS.has(norms[word[place - 1]!]!) &&
    tokenIs(ctx, place - 2, ROLE_CUE)
  );
}

/** Dutch names of languages, capitalised as names are ("Engels", "Frans"), folded. */
const DUTCH_LANGUAGES = new Set(
  (
    'engels frans duits spaans italiaans russisch pools nederlands arabisch chinees japans turks grieks portugees ' +
    'zweeds noors deens fins hongaars tsjechisch oekraiens vlaams hebreeuws latijn'
  ).split(' '),
);
/** Words before a language's name in Dutch ("spreekt Engels", "in het Frans", "vertaald uit het Duits"), folded. */
const BEFORE_LANGUAGE = new Set('het spreekt spreken sprak spraken spreek vloeiend verstaat ondertiteld'.split(' '));

/**
 * Whether the one word at token k is a language's name, which Dutch capitalises: "hij spreekt
 * vloeiend Engels", "in het Frans", "Frans en Engels". Not then a bare surname or given name of
 * someone the text named ("Friedrich Engels", "Frans Timmermans").
 */
export function languageNamed(ctx: NameText, k: number): boolean {
  const { norms, word, gaps } = ctx;
  if (k === 0 || !DUTCH_LANGUAGES.has(norms[word[k]!]!) || !spacedInSentence(gaps, k)) return false;
  const before = norms[word[k - 1]!]!;
  if (BEFORE_LANGUAGE.has(before)) return true;
  // "Frans en Engels": a language's name on the other side of "en" or "of".
  const pair = (x: number) => x >= 0 && x < word.length && DUTCH_LANGUAGES.has(norms[word[x]!]!);
  if ((before === 'en' || before === 'of') && pair(k - 2)) return true;
  return (
    k + 2 < word.length &&
    spacedInSentence(gaps, k + 1) &&
    (norms[word[k + 1]!] === 'en' || norms[word[k + 1]!] === 'of') &&
    pair(k + 2)
  );
}

/**
 * Whether the two-word run of candidate `c`, a known given name before a one-word place or
 * organisation, is a person: "Eddie Jordan", "George Washington", "Jack London"; not after an
 * article, which makes them a phrase ("the Christian West"). The caller asks only where word order
 * does not put a subject and an object side by side (not Dutch or German: "heeft Jan Nederland
 * verlaten"). `prev`: the token before the run, or -1.
 */
export function givenBeforePlace(ctx: NameText, c: Candidate, prev: number): boolean {
  return (
    !c.wordIs(ctx, 0, NOT_PERSON) && !c.wordIs(ctx, 0, AMBIGUOUS) && !(prev >= 0 && ARTICLES.has(ctx.norms[ctx.word[prev]!]!))
  );
}
