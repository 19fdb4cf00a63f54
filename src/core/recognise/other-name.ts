/**
 * Whether a span the knowledge base resolved is part of another name, where a card about the entry
 * would be wrong: a thing named after a person (`named-after.ts`), a compound named after someone
 * ("Rosa-Luxemburg-Stiftung"), a person's or a newspaper's name holding a place (`place-in-name.ts`),
 * someone else with the same surname ("Fidan Dogan", `given-names-of.ts`), a longer name opening
 * with a one-word organisation ("Congress of Deputies", "Leonardo DiCaprio"), or an article of
 * another text than the treaty's ("Article 5 of the contract", `numbered-article.ts`).
 */
import type { IndexEntry } from '../../kb/compiled';
import { capitalThenLower, startsUpper } from '../text/fold';
import { GAP_SENTENCE_END, spacedInSentence } from '../text/gaps';
import type { TokenizedText } from '../text/tokenize';
import { WordFlags } from '../text/word-flags';
import { calendarUse } from './calendar-use';
import { germanNounUse } from './german-nouns';
import { givenNameOfAnother } from './given-names-of';
import { familyBeside, insideNamedCompound, namedAfter } from './named-after';
import { PARTICLES } from './name-cues';
import { articleOfAnother } from './numbered-article';
import { placeInOtherName } from './place-in-name';
import { placeCued } from './place-cue';
import { regnalMark } from './name-words';
import { contextHeard } from './score';
import { writtenLowercase } from './speaker-surnames';

/** What around a span tells another name: the text and what the recogniser knows of it. */
export interface SpanSurroundings {
  tokenized: TokenizedText;
  lang: string | null;
  /** The known given name right before the span (after a single space, no title), or null. */
  given: string | null;
  isGiven: (norm: string) => boolean;
  /** Whether a knowledge-base span starts at token k. */
  startsMatch: (k: number) => boolean;
  /** Whether a folded word occurs in the text. */
  hasWord: (word: string) => boolean;
}

/** Whether the entry resolved for tokens `first`..`last` is not meant there, the span being part of another name. */
export function inOtherName(entry: IndexEntry, first: number, last: number, s: SpanSurroundings): boolean {
  const t = s.tokenized;
  if (entry.category === 'person')
    // "the carrier Charles de Gaulle", "USS Ronald Reagan", "Fidan Dogan" after "Hakan Fidan", "in
    // May", "the Kennedy family", "the city of Darwin".
    return (
      namedAfter(t, first, last, s.lang) ||
      (first === last && familyBeside(t, first)) ||
      (first === last && givenNameOfAnother(t, first, s.lang, s.isGiven, s.startsMatch)) ||
      calendarUse(t, first, last) ||
      juniorAfter(t, last) ||
      (first === last && placeCued(t, first)) ||
      // "der Fischer aus Rügen", "einen gerechten Frieden".
      (first === last && s.lang === 'de' && germanNounUse(t, first)) ||
      (first === last && s.lang === 'nl' && dutchAdjective(t, first))
    );
  if (insideNamedCompound(t, first, last)) return true;
  // "Article 5 of the contract".
  if (entry.category === 'term' && articleOfAnother(t, first, last)) return true;
  // "George Washington", "the Washington Post"; "Turkey prices rose" in a text about roasting a turkey.
  if (entry.category === 'place')
    return placeInOtherName(t, first, last, s.given) || (first === last && wordAtSentenceStart(t, first));
  if (entry.category !== 'org' || first !== last) return false;
  // "Congress of Deputies", whatever the article is about.
  if (joinedName(t, first, (norm) => norm === 'of')) return true;
  if (entry.match?.context === undefined) return false;
  // Whether the article talks of what the organisation does, which each rule below asks.
  const heard = contextHeard(entry, s.hasWord);
  // "nods to Wagner and to Philip Glass": a name more often someone else's needs the article to
  // talk of what the organisation does.
  if (!heard && entry.match.needsContext?.includes(t.raws[t.word[first]!]!)) return true;
  // After a known given name, an organisation named like a person is the person, even in an
  // article about the organisation: "Richard Wagner" beside the Wagner Group, "Serge Dassault".
  if (s.given !== null) return true;
  // "Van Helsing" in a sentence: a surname's particle before it makes it a person's name.
  // Not at a sentence start, where Dutch "Van" is "from" ("Van Leonardo kwam geen reactie").
  if (
    first > 1 &&
    spacedInSentence(t.gaps, first) &&
    spacedInSentence(t.gaps, first - 1) &&
    SURNAME_PARTICLES.has(t.raws[t.word[first - 1]!]!)
  )
    return true;
  // "Bruegel" after "Pieter Bruegel", "Helsing" after "Abraham Van Helsing": someone of that name is
  // named in full in the text, and the bare word is them unless the article talks of what the
  // organisation does.
  if (!heard && NAMED_IN_FULL.of(t, s.isGiven)[t.word[first]!] === 1) return true;
  // Named like a person ("Leonardo DiCaprio", "Thales of Miletus") or like a word at the start of
  // a sentence ("Vooruit, zei hij"): the person or the word, unless the article talks of what the
  // organisation does (its context words).
  return !heard && (first === 0 || (t.gaps[first]! & GAP_SENTENCE_END) !== 0 || opensLongerName(t, first, s.startsMatch));
}

/**
 * Whether the word at token k is capitalised only because a sentence starts with it: the text also
 * writes it in lowercase ("Turkey prices rose" beside "roasted a turkey"), and capitalised only at
 * the start of sentences.
 */
function wordAtSentenceStart(t: TokenizedText, k: number): boolean {
  if (k > 0 && (t.gaps[k]! & GAP_SENTENCE_END) === 0) return false;
  const w = t.word[k]!;
  if (!capitalThenLower(t.raws[w]!) || !writtenLowercase(t, t.norms[w]!)) return false;
  // Capitalised inside a sentence too, it is a name in this text ("Turkey and Greece agreed").
  return INSIDE_SENTENCE.of(t)[w] === 0;
}

/** Per word: 1 when some token of it is inside a sentence (not the first word of one). */
const INSIDE_SENTENCE = new WordFlags((t, out) => {
  for (let i = 1; i < t.length; i++) if ((t.gaps[i]! & GAP_SENTENCE_END) === 0) out[t.word[i]!] = 1;
});

/** Dutch articles and demonstratives before an adjective ("de Albanese regering"), folded. */
const DUTCH_DETERMINERS = new Set(['de', 'het', 'een', 'die', 'dat', 'deze', 'dit']);

/**
 * Whether the one-word surname at token k is a Dutch adjective here: after an article, inflected
 * with -e and before a noun in lowercase ("de Albanese regering", "het Albanese leger" after Anthony
 * Albanese was named). Dutch writes adjectives of nationality with a capital.
 */
function dutchAdjective(t: TokenizedText, k: number): boolean {
  if (k === 0 || !spacedInSentence(t.gaps, k) || !spacedInSentence(t.gaps, k + 1)) return false;
  const norm = t.norms[t.word[k]!]!;
  return (
    norm.endsWith('e') &&
    DUTCH_DETERMINERS.has(t.norms[t.word[k - 1]!]!) &&
    t.lower[k + 1] === 1 &&
    !startsUpper(t.raws[t.word[k + 1]!]!)
  );
}

/**
 * Capitalised particles of surnames that are no article or preposition of the four languages
 * ("Van Helsing", "Von Braun"): not "De" or "La", which open "De NAVO" and "La Russie".
 */
const SURNAME_PARTICLES = new Set(['Van', 'Von', 'Ter', 'Ten', 'Bin', 'Ibn']);

/**
 * Per word: 1 when some token of it follows a known given name (the argument), perhaps with
 * particles between ("Pieter Bruegel", "Abraham Van Helsing"): someone of that surname is named in
 * full in the text. Asked of one-word organisations with context words whose article lacks them.
 */
const NAMED_IN_FULL = new WordFlags<(norm: string) => boolean>((t, out, isGiven) => {
  for (let i = 1; i < t.length; i++) {
    if (t.lower[i] === 1 || !spacedInSentence(t.gaps, i)) continue;
    let j = i - 1;
    while (j > 0 && spacedInSentence(t.gaps, j) && PARTICLES.has(t.norms[t.word[j]!]!)) j--;
    const v = t.word[j]!;
    if (t.lower[j] !== 1 && capitalThenLower(t.raws[v]!) && isGiven(t.norms[v]!)) out[t.word[i]!] = 1;
  }
});

/**
 * Whether a joining word in lowercase (one `joins` accepts, folded) and a capitalised word follow
 * token k: "Congress of Deputies", "Leonardo da Vinci", "Thalès de Milet". "Congress of the United
 * States" has an article after "of" and is no other name.
 */
function joinedName(t: TokenizedText, k: number, joins: (norm: string) => boolean): boolean {
  const join = k + 1;
  if (!spacedInSentence(t.gaps, join) || !spacedInSentence(t.gaps, join + 1)) return false;
  const w = t.word[join]!;
  return joins(t.norms[w]!) && !startsUpper(t.raws[w]!) && capitalThenLower(t.raws[t.word[join + 1]!]!);
}

/**
 * Whether the one-word mention at token `k` opens a longer name: a capitalised word that starts no
 * other mention follows it ("Leonardo DiCaprio"), or a particle or "of" and a capitalised word
 * ("Leonardo da Vinci", "Thales of Miletus"). Also in German, where the word may be any noun: it
 * is asked only of an organisation whose context words the article lacks.
 */
function opensLongerName(t: TokenizedText, k: number, startsMention: (k: number) => boolean): boolean {
  if (joinedName(t, k, (norm) => norm === 'of' || PARTICLES.has(norm))) return true;
  return spacedInSentence(t.gaps, k + 1) && capitalThenLower(t.raws[t.word[k + 1]!]!) && !startsMention(k + 1);
}

/**
 * Whether "Jr.", "Sr." or a regnal number follows token `last` (after a space or a comma): someone
 * else of that name ("Donald Trump Jr.").
 */
function juniorAfter(t: TokenizedText, last: number): boolean {
  const next = last + 1;
  if (next >= t.length || (t.gaps[next]! & GAP_SENTENCE_END) !== 0) return false;
  const gap = t.text.slice(t.ends[last]!, t.starts[next]!);
  return (gap === ' ' || gap === ', ') && regnalMark(t.raws[t.word[next]!]!);
}
