/**
 * The name finder's verdict on one run (`name-finder.ts` finds the runs and calls {@link judge}):
 * whether the capitalised words a candidate grew are a person's name, on which evidence, and how
 * far the scan may skip. The evidence and the word lists are described in `name-finder.ts`; a
 * name accepted here is remembered (`name-memory.ts`) so that its bare surname and given name are
 * found later.
 */
import {
  GAP_AFTER_INITIAL,
  GAP_CLAUSE_END,
  GAP_HYPHEN,
  GAP_NEWLINE,
  GAP_QUOTE_BEFORE,
  GAP_SPACE,
  spacedInSentence,
} from '../text/gaps';
import type { TokenizedText } from '../text/tokenize';
import type { Candidate, NameText } from './name-candidate';
import { placeCued } from './place-cue';
import { germanNounUse, usedAsGermanNoun } from './german-nouns';
import {
  ABBREVIATED_TITLE,
  AMBIGUOUS,
  CAP_PARTICLE,
  GIVEN,
  INITIAL,
  LOWER_START,
  NOT_PERSON,
  ORG_CUE,
  ORG_LIKE,
  ROLE_CUE,
  SENTENCE_STARTER,
  SOVEREIGN,
  surnameShapedLikeAdjective,
  SPEECH_VERB,
  UPPER_START,
  type NameFinderLexicon,
} from './name-words';
import { knownSurname, remember, type NameMemory } from './name-memory';
import { NOT_A_PERSON_WORDS } from './name-cues';
import { inTitleCase } from './title-case';
import { namedAfter } from './named-after';
import { ageAfter, roleAfter, roleCommaBefore } from './after-name';
import { oneSpaced } from '../text/one-spaced';
import { speakerWords, writtenLowercase } from './speaker-surnames';
import {
  afterTitleDomain,
  aside,
  givenBeforePlace,
  givenFirst,
  languageNamed,
  roleForPlace,
  sentenceInitial,
  tokenIs,
  wholeLine,
} from './name-position';

export interface FoundName {
  start: number;
  end: number;
  /** The full name this mention refers to (for a bare surname: the full name given elsewhere). */
  name: string;
  confidence: number;
  /** Which evidence accepted it (for debugging and evaluation). */
  evidence: Evidence;
}

export type Evidence = 'given' | 'initials' | 'cue' | 'age' | 'surname' | 'given-alone' | 'speaker';

const QUOTE_AFTER = /^\s*[’'"”»]/u;
/** What closes a quote attribution's clause right after the name ('", zegt Vandewalle.'). */
// Not a possessive's apostrophe: '"...," said New Zealand's prime minister' names no speaker "New Zealand".
const CLAUSE_AFTER = /^\s*(?:[.,;:!?"”»)]|['’](?![sS]\b)|$)/u;

/** What {@link judge} reads and writes: the text, what is remembered, and the verdict. */
export interface Ctx extends NameText, NameMemory {
  lex: NameFinderLexicon;
  /** The name {@link judge} accepted, or null. */
  found: FoundName | null;
  /** The text is English: a role word in a title-case headline is no cue (`title-case.ts`). */
  english: boolean;
  /** The text is German: every noun is capitalised, so a run of capitals is weaker evidence. */
  german: boolean;
  /** A page in Dutch or German, languages that put a subject and an object side by side. */
  dutchOrGerman: boolean;
  /** The page's language, when known. */
  lang: string | null;
  tokenized: TokenizedText;
}

/**
 * Whether the German word at token k is a noun here (`german-nouns.ts`): written with an article, or
 * with no cue before it and no verb of speech after it in a text that writes it with an article
 * elsewhere ("Ohne Frieden" beside "den Frieden"; not "Fischer sagte").
 */
function germanNoun(ctx: Ctx, k: number, cued: boolean): boolean {
  const t = ctx.tokenized;
  if (germanNounUse(t, k)) return true;
  // A cue before it, or a verb of speech after it ("Fischer sagte").
  if (cued || (spacedInSentence(t.gaps, k + 1) && tokenIs(ctx, k + 1, SPEECH_VERB))) return false;
  return usedAsGermanNoun(t, ctx.word[k]!);
}

/** Whether token k's word is a speaker's surname elsewhere in the text (`speaker-surnames.ts`). */
function spokenBy(ctx: Ctx, k: number): boolean {
  return speakerWords(ctx.tokenized).has(ctx.word[k]!);
}

/**
 * The verdict on the candidate (as grown, or with `retry` only its first word): the last token
 * of a name, with the name in `ctx.found`; the last token of a run that is something else and
 * must not be searched for a shorter name (`ctx.found` null); or -1 to try from the next token.
 */
export function judge(ctx: Ctx, c: Candidate, final: boolean, retry: boolean): number {
  const { starts, ends, text, gaps, covered } = ctx;
  ctx.found = null;
  const candJ = retry ? c.e[0]! : c.j;
  let count = retry ? 1 : c.count;
  let j = candJ;
  let partCount = retry ? 1 : c.partCount;
  const particles = retry ? false : c.particles;
  // "Santa Fe Animal Shelter" hides no name; "Zuid-Afrikaanse Nelson Mandela" and "Brit Tom
  // Hughes" may hide one after the word that is not a name. After a particle such a word on its
  // own is a surname ("Kees van der Laan", "Jan van den Berg", "Bas van Dijk"); a compound ending
  // in one is still a street ("de Hugo de Grootstraat", "de Johan de Wittlaan").
  if (
    c.wordIs(ctx, count - 1, ORG_LIKE) &&
    !(count >= 2 && c.k[count - 1]! > c.e[count - 2]! + 1 && NOT_A_PERSON_WORDS.has(c.norm[count - 1]!)) &&
    // "Nicholas Maronese", "Frank Genovese": after a given name, a word org-like only by its adjective shape is a surname.
    !(count === 2 && c.wordIs(ctx, 0, GIVEN) && !c.wordIs(ctx, 0, AMBIGUOUS) && surnameShapedLikeAdjective(c.norm[1]!))
  )
    return j;
  for (let w = 0; w < count - 1; w++) {
    // "Ruslanddeskundige Anna Peeters", "President Macron": the name starts after the role.
    if (c.wordIs(ctx, w, ORG_LIKE) || c.wordIs(ctx, w, ROLE_CUE) || c.wordIs(ctx, w, ABBREVIATED_TITLE)) return -1;
  }
  const plain = c.initials === 0 && !c.leadParticle;
  // "Mr", "Rep", "Prof" are titles, never names.
  if (c.wordIs(ctx, count - 1, ABBREVIATED_TITLE) || (plain && count === 1 && c.wordIs(ctx, 0, ROLE_CUE))) return -1;

  const i = c.i;
  const start = starts[i]!;
  // The full name this run is the surname of, if any (looked up once: building the key costs).
  let known = knownSurname(ctx, c, partCount);
  // Two people side by side ("toen Macron Scholz belde"): a known surname is not a given name.
  if (plain && count >= 2 && ctx.surnames.size && !known) {
    const head = ctx.surnames.get(c.norm[0]!);
    if (head && head.at !== start && !givenFirst(ctx, c, candJ)) {
      count = 1;
      j = c.e[0]!;
      partCount = 1;
      known = knownSurname(ctx, c, partCount);
    }
  }
  const last = count - 1;
  const single = count === 1 && plain;
  const end = ends[j]!;
  const gap = gaps[i]!;
  const next = j + 1 < starts.length ? j + 1 : -1;

  // "Dr. Peeters", "Mevr. C. Claeys": the full stop of an abbreviated title ends no sentence.
  const afterTitle = i > 0 && (gap & GAP_AFTER_INITIAL) !== 0 && tokenIs(ctx, i - 1, ABBREVIATED_TITLE);
  const initialAt = sentenceInitial(ctx, i) && !afterTitle;
  const prev = i > 0 && !initialAt ? i - 1 : -1;
  const spaced = (gap & GAP_SPACE) !== 0 || afterTitle;
  // "ambassador to Britain Liu Xiaoming": only before a full name (not "Commissioner for Human Rights").
  const roleCue = prev >= 0 && spaced && (tokenIs(ctx, prev, ROLE_CUE) || (count >= 2 && roleForPlace(ctx, prev)));
  // A quote attribution, the verb after the quote and the name closing the clause: '", zegt Vandewalle.',
  // '", said Smith, who ...' (not "He said WeWork needs", "zegt Groen-voorzitter Peeters").
  const speechCue =
    prev >= 0 &&
    spaced &&
    tokenIs(ctx, prev, SPEECH_VERB) &&
    (gaps[prev]! & GAP_CLAUSE_END) !== 0 &&
    CLAUSE_AFTER.test(text.slice(end, end + 4));
  // "zakenbank Goldman Sachs", "the Rolling Stones", "softwarebedrijf Exact".
  if (prev >= 0 && (spaced || (gap & GAP_HYPHEN) !== 0) && tokenIs(ctx, prev, ORG_CUE)) {
    // "Minister for the Middle East Tobias Ellwood", "Secretary of the Navy Ray Mabus": after the
    // domain of a title, a given name inside the run starts a name, so the run is tried again from
    // its next word ("zakenbank Morgan Stanley Dean Witter", "in The Four Golden Signals" stay whole).
    if (afterTitleDomain(ctx, prev))
      for (let w = 1; w < count - 1; w++) if (c.wordIs(ctx, w, GIVEN) && !c.wordIs(ctx, w, AMBIGUOUS)) return -1;
    return j;
  }
  // Titles and varieties in quotes ("'Pierre de Ronsard'" roses, "'Dracula'").
  if ((gap & GAP_QUOTE_BEFORE) !== 0 && QUOTE_AFTER.test(text.slice(end, end + 3))) return j;
  if (single) {
    // Half of a compound ("Vermeersch-wet", "kabinet-Vermeersch", "Tesla-baas").
    if (next >= 0 && (gaps[next]! & GAP_HYPHEN) !== 0 && tokenIs(ctx, next, LOWER_START)) return -1;
    if (prev >= 0 && (gap & GAP_HYPHEN) !== 0 && tokenIs(ctx, prev, LOWER_START)) return -1;
    // The rest of a surname whose particle did not make it ("De Paepe" at a sentence start).
    if (i > 0 && spaced && tokenIs(ctx, i - 1, CAP_PARTICLE)) return -1;
    // The start of a longer name the knowledge base took ("Rik" before a knowledge-base "De Croo").
    if (
      next >= 0 &&
      (gaps[next]! & GAP_SPACE) !== 0 &&
      tokenIs(ctx, next, UPPER_START) &&
      (tokenIs(ctx, next, CAP_PARTICLE) || covered[next] === 1)
    )
      return -1;
  }

  // A bare surname (or particle surname) of someone named in full.
  if (
    known &&
    known.at !== start &&
    (final || known.at < start) &&
    !(
      single &&
      (c.wordIs(ctx, 0, NOT_PERSON) ||
        aside(ctx, prev, spaced, roleCue, i, end) ||
        languageNamed(ctx, i) ||
        // "the city of Darwin", "Houston, Texas".
        placeCued(ctx.tokenized, i) ||
        (ctx.german && germanNoun(ctx, i, roleCue || speechCue)))
    )
  ) {
    if (!namedAfter(ctx.tokenized, i, j, ctx.lang))
      ctx.found = { start, end, name: known.name, confidence: known.at < start ? 0.85 : 0.8, evidence: 'surname' };
    return j;
  }
  const firstGiven = plain && givenFirst(ctx, c, candJ);
  // A bare given name of exactly one person named in full ("Lieven" after "Lieven De Paepe"); not
  // with a regnal number after it ("le roi Charles III" is no Charles de Gaulle).
  if (single && final && firstGiven && candJ === c.e[0]) {
    const ref = ctx.given.get(c.norm[0]!);
    // "Johnson, Charles R." after "Charles Hermite": a given name with a middle initial the full
    // name lacks is someone else's ("Lee, Stephanie M." is still "Stephanie M. Lee").
    const initialAfter =
      next >= 0 &&
      (gaps[next]! & GAP_SPACE) !== 0 &&
      tokenIs(ctx, next, INITIAL) &&
      !ref?.name.includes(` ${ctx.tokenized.raws[ctx.word[next]!]!}.`);
    if (ref && !initialAfter && !aside(ctx, prev, spaced, roleCue, i, end) && !languageNamed(ctx, i)) {
      if (!namedAfter(ctx.tokenized, i, j, ctx.lang))
        ctx.found = { start, end, name: ref.name, confidence: 0.75, evidence: 'given-alone' };
      return j;
    }
  }

  if (count > 1) {
    // "Acme Invest Marc Peeters": the name starts at the given name.
    if (plain && !firstGiven && !roleCue && !speechCue) for (let w = 1; w < last; w++) if (c.wordIs(ctx, w, GIVEN)) return -1;
    // Four capitalised words with no particle are a firm ("Merrill Lynch Pierce Fenner") more often
    // than a person; after a given name, words joined by a hyphen count as one ("Marie-Agnes
    // Strack-Zimmermann" is two), but not in a run such as "Hueske-Kraus D. Curr Opin" (a citation).
    if (count >= 4 && !particles && !roleCue && !speechCue && count - (firstGiven ? c.hyphenJoined(ctx, count) : 0) >= 4)
      return j;
  }
  let notPerson = false;
  for (let w = 0; w < count && !notPerson; w++) notPerson = c.wordIs(ctx, w, NOT_PERSON);
  if (
    notPerson &&
    !(firstGiven && count > 1 && !c.wordIs(ctx, last, NOT_PERSON)) &&
    !(count === 2 && firstGiven && !ctx.dutchOrGerman && givenBeforePlace(ctx, c, prev))
  )
    return -1;

  let evidence: Evidence | null = null;
  // "Rolls-Royce", "Mercedes-Benz": a given name hyphened to a word that is not one is a brand or a
  // team (not "Ahmed al-Asadi", where the hyphen follows an article).
  const brand = count === 2 && !particles && (gaps[c.k[last]!]! & GAP_HYPHEN) !== 0 && !c.wordIs(ctx, last, GIVEN);
  if (count >= 2 && firstGiven && !brand) evidence = 'given';
  // (One initial at the start of a line is a heading number as often as a name: "I. What ...".)
  else if (
    c.initials > 0 &&
    !(c.initials === 1 && (i === 0 || (gap & GAP_NEWLINE) !== 0) && !wholeLine(ctx, i, candJ)) &&
    !c.wordIs(ctx, last, SENTENCE_STARTER) &&
    !c.wordIs(ctx, last, NOT_PERSON)
  )
    evidence = 'initials';
  // A cue before the name, or a role before a full name set off by commas ("The leader, Kemi Badenoch, said").
  else if (
    (roleCue || speechCue || (count >= 2 && !initialAt && roleCommaBefore(ctx, i, j))) &&
    !(ctx.english && inTitleCase(ctx, i, j))
  )
    evidence = 'cue';
  else if (count >= 2 && roleAfter(ctx, prev, i, j)) evidence = 'cue';
  else if ((!single || !initialAt || firstGiven) && ageAfter(text, end)) evidence = 'age';
  // "Saeb Erekat" where the text says "Erekat said" elsewhere, in two or three plain words.
  // Not in German, which capitalises every noun: "des Stadttheaters Merano" ... "Merano erklärte".
  else if (
    count >= 2 &&
    count <= 3 &&
    plain &&
    !ctx.german &&
    spokenBy(ctx, c.e[last]!) &&
    // At a sentence start, not after a word the text also writes in lowercase ("Whether Bartleby's").
    !(initialAt && !firstGiven && writtenLowercase(ctx.tokenized, c.norm[0]!)) &&
    !(ctx.english && inTitleCase(ctx, i, j))
  )
    evidence = 'speaker';
  if (!evidence) return -1;
  // Something named after a person ("the carrier Charles de Gaulle", "Zr.Ms. Karel Doorman") is no
  // person, on any evidence, and is not remembered as one, so that no bare "Charles" later links to it.
  if (namedAfter(ctx.tokenized, i, j, ctx.lang)) return j;
  const confidence = (roleCue || speechCue) && firstGiven ? 0.9 : 0.8;
  // "Prince Andrew", "Queen Elizabeth", "Pope Francis": a monarch's or pope's title is part of the
  // name readers know (there is no surname), so the card is called so; the mark stays on the name.
  const titled = single && roleCue && tokenIs(ctx, prev, UPPER_START) && tokenIs(ctx, prev, SOVEREIGN);
  const name = oneSpaced(text.slice(titled ? starts[prev]! : start, end));
  const found: FoundName = { start, end, name, confidence, evidence };
  const cued = single && (evidence === 'cue' || evidence === 'age');
  // The second pass accepts most names the first did, from the same run: remembering them again
  // would change nothing (keys are only added, a given name's owner only ever becomes null), so
  // only what differs is remembered. The name is the text from `start` to `end`.
  const shape = 1 | (count << 1) | (particles ? 1 << 4 : 0) | (cued ? 1 << 5 : 0);
  if (ctx.rememberedShape[i] !== shape || ctx.rememberedEnd[i] !== end || ctx.rememberedParts[i] !== partCount) {
    remember(ctx, c, count, partCount, particles, found, cued);
    ctx.rememberedShape[i] = shape;
    ctx.rememberedEnd[i] = end;
    ctx.rememberedParts[i] = partCount;
  }
  ctx.found = found;
  return j;
}
