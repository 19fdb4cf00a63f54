/**
 * A one-word place that is a person's given name here: "Paris Hilton", "Georgia O'Keeffe", "Cuba
 * Gooding Jr.", "London Breed", "India Walton". The place's card would be wrong, and the person is
 * marked instead (as a name the knowledge base does not hold).
 *
 * A capitalised word after a place is far more often something else ("Israel Hamas", "in Georgia
 * Republicans", "China Southern"), so a surname-shaped word is not enough: the name needs evidence
 * a reader would see too (a generational suffix, an Irish or Italian surname with an apostrophe, a
 * role before it, an age after it, or the surname used on its own elsewhere in the text), except
 * after the few countries whose names are common given names ("Jordan Peterson").
 */
import { capitalThenLower, startsUpper } from '../text/fold';
import { GAP_APOSTROPHE, GAP_SENTENCE_END, GAP_SPACE, spacedInSentence } from '../text/gaps';
import type { TokenizedText } from '../text/tokenize';
import { WordFlags } from '../text/word-flags';
import { ageAfter } from './after-name';
import type { Mention } from './mention';
import { oneSpaced } from '../text/one-spaced';
import { functionWords } from './name-cues';
import { NOT_PERSON, ORG_LIKE, ROLE_CUE, normIs, regnalMark, type NameFinderLexicon } from './name-words';
import { speakerWords, writtenLowercase } from './speaker-surnames';

/** Words before a place that make it the place, not a name ("in Georgia Republicans won"), folded. */
const LOCATIVE = new Set('in into across throughout naar uit binnen door dans à en vers nach aus im'.split(' '));
/**
 * Countries whose names are common given names, so that a surname after one needs no more
 * evidence (folded). Not "Paris" ("Paris Olympics"), "Georgia" ("Georgia Tech") or "India"
 * ("India Inc"), whose following words are as often not names.
 */
const GIVEN_PLACES = new Set(['jordan', 'chad', 'israel', 'kenya']);
/** Prefixes of Irish and Italian surnames written with an apostrophe ("O'Keeffe", "D'Souza"). */
const APOSTROPHE_PREFIXES = new Set(['O', 'D']);

/**
 * The last token of the person's name that the place at token `k` opens, or -1 when the place is
 * (as far as the text shows) the place. `startsMatch`: whether a knowledge-base span starts at a
 * token ("Israel Hamas" is two names).
 */
export function personAfterPlace(
  t: TokenizedText,
  k: number,
  lang: string | null,
  lex: NameFinderLexicon,
  startsMatch: (k: number) => boolean,
): number {
  // German capitalises every noun: "in China Geschäfte machen".
  if (lang === 'de') return -1;
  const s = k + 1;
  // Most places are followed by a lowercase word or none (asked about every place of a text).
  if (s >= t.length || t.lower[s] === 1 || !spacedInSentence(t.gaps, s) || startsMatch(s)) return -1;
  const raw = t.raws[t.word[s]!]!;
  let end = s;
  let evidence = false;
  if (APOSTROPHE_PREFIXES.has(raw) && s + 1 < t.length && (t.gaps[s + 1]! & GAP_APOSTROPHE) !== 0) {
    // "Georgia O'Keeffe": the gap is the apostrophe alone.
    if (t.ends[s]! + 1 !== t.starts[s + 1]! || !capitalThenLower(t.raws[t.word[s + 1]!]!)) return -1;
    end = s + 1;
    evidence = true;
  } else if (!capitalThenLower(raw) || !surnameShaped(t, t.norms[t.word[s]!]!, lang, lex)) return -1;
  const after = end + 1;
  if (after < t.length && (t.gaps[after]! & GAP_SENTENCE_END) === 0) {
    const gap = t.text.slice(t.ends[end]!, t.starts[after]!);
    const next = t.raws[t.word[after]!]!;
    if ((gap === ' ' || gap === ', ') && regnalMark(next) && next !== 'I') {
      // "Cuba Gooding Jr.", "Jordan Smith III".
      end = after;
      evidence = true;
    } else if ((t.gaps[after]! & GAP_SPACE) !== 0 && startsUpper(next) && gap === ' ') return -1; // a longer capitalised run: a title, a firm
  }
  if (evidence) return end;
  // "actress Paris Hilton", "Mayor London Breed".
  const prev = k - 1;
  const prevNorm = prev >= 0 && spacedInSentence(t.gaps, k) ? t.norms[t.word[prev]!]! : null;
  if (prevNorm !== null && normIs(lex, prevNorm, ROLE_CUE)) return end;
  if (ageAfter(t.text, t.ends[end]!)) return end;
  if (prevNorm !== null && LOCATIVE.has(prevNorm)) return -1;
  // "Jordan Peterson", "Chad Smith", "Israel Adesanya", "Kenya Moore": in English (Dutch word order
  // puts a place and a plural noun side by side: "heeft Israël Palestijnen gedood").
  if ((lang === 'en' || lang === null) && GIVEN_PLACES.has(t.norms[t.word[k]!]!)) return end;
  return usedAlone(t, s) ? end : -1;
}

/** Whether the folded word could be a surname: no function word, role, organisation or place word, and not also written in lowercase. */
function surnameShaped(t: TokenizedText, norm: string, lang: string | null, lex: NameFinderLexicon): boolean {
  return (
    norm.length > 1 &&
    !functionWords(lang).has(norm) &&
    !normIs(lex, norm, ROLE_CUE) &&
    !normIs(lex, norm, ORG_LIKE) &&
    !normIs(lex, norm, NOT_PERSON) &&
    !writtenLowercase(t, norm)
  );
}

/** Forms of address before a bare surname ("Mr Hilton", "mevrouw Walton"), folded. */
const ADDRESS = new Set('mr mrs ms miss dr meneer mevrouw mevr dhr mme mlle herr frau'.split(' '));
/** The same as written, capitalised or not: what {@link TokenizedText.wordOf} looks up. */
const ADDRESS_WRITTEN = [...ADDRESS].flatMap((a) => [a, a.charAt(0).toUpperCase() + a.slice(1)]);

/**
 * Whether the word of token `s` also stands on its own elsewhere as a person's surname does once
 * the full name has been given: as a quote's speaker ("Hilton said", "zei Walton") or after a form
 * of address ("Ms Walton"). A word merely repeated ("the Europa Clipper ... Clipper will") is not
 * enough.
 */
function usedAlone(t: TokenizedText, s: number): boolean {
  const w = t.word[s]!;
  return ADDRESSED.of(t)[w] === 1 || speakerWords(t).has(w);
}

/**
 * Per word, 1 when some token of it follows a form of address in the same sentence: only when the
 * text has a form of address at all.
 */
const ADDRESSED = new WordFlags((t, out) => {
  const forms = ADDRESS_WRITTEN.map((a) => t.wordOf(a)).filter((w) => w >= 0);
  if (!forms.length) return;
  const isForm = new Uint8Array(t.norms.length);
  for (const w of forms) isForm[w] = 1;
  const { word, gaps } = t;
  for (let x = 1; x < word.length; x++) if (isForm[word[x - 1]!] === 1 && (gaps[x]! & GAP_SENTENCE_END) === 0) out[word[x]!] = 1;
});

/**
 * The people {@link personAfterPlace} found (tokens `first`..`last` each), added to `mentions` as
 * inferred people and marked in `covered` (so the name finder leaves them); returns each one's
 * surname as written ("Hilton", "O'Keeffe") with the full name, for the same surname said alone
 * later ("Ms Hilton").
 */
export function peopleNamedLikePlaces(
  t: TokenizedText,
  found: readonly { first: number; last: number }[],
  covered: Uint8Array,
  mentions: Mention[],
): Map<string, string> {
  const bySurname = new Map<string, string>();
  const { text, starts, ends, word, raws } = t;
  for (const p of found) {
    covered.fill(1, p.first, p.last + 1);
    const start = starts[p.first]!;
    const end = ends[p.last]!;
    const junior = regnalMark(raws[word[p.last]!]!);
    // "Cuba Gooding Jr.": the suffix's full stop belongs to the name the card shows.
    const name = oneSpaced(text.slice(start, end)) + (junior && text[end] === '.' ? '.' : '');
    bySurname.set(text.slice(starts[p.first + 1]!, ends[junior ? p.last - 1 : p.last]!), name);
    mentions.push({
      text: text.slice(start, end),
      start,
      end,
      category: 'person',
      entityId: null,
      name,
      confidence: 0.8,
      source: 'inferred',
      salience: 'normal',
    });
  }
  return bySurname;
}
