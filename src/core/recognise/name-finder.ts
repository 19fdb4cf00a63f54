/**
 * Finds people the knowledge base does not know: capitalised name sequences accepted on evidence.
 * Evidence is one of
 *  - a known given name first ("Geert Vermeersch"), or initials before a surname ("J. Janssens");
 *  - a cue right before it: a role or kinship noun ("premier Verhofstadt", "zijn vrouw Mieke"), a
 *    compound role noun ("kamervoorzitter Lieve Maes"), a nationality ("de Brit Tom Hughes") or
 *    a verb of saying in a quote attribution ("zegt Vandewalle");
 *  - an age in brackets after it ("Karolien (34)");
 *  - the same person named in full elsewhere in the text: a bare surname ("Vermeersch", "De Paepe") or
 *    a bare given name ("Lieven") of someone introduced before or after it.
 * Sentence-initial words, headings in title case, organisations, places and works are kept out by
 * requiring that evidence and by the word lists in `name-cues.ts`.
 */
import type { Token } from '../text/tokenize';
import {
  AMBIGUOUS_GIVEN,
  CALENDAR_WORDS,
  DEMONYMS,
  FUNCTION_WORDS,
  NOT_A_PERSON_SUFFIXES,
  NOT_A_PERSON_WORDS,
  ORG_CUES,
  PARTICLES,
  ROLE_CUES,
  ROLE_SUFFIXES,
  SENTENCE_STARTERS,
  SPEECH_VERBS,
} from './name-cues';

export interface FoundName {
  start: number;
  end: number;
  /** The full name this mention refers to (for a bare surname: the full name given elsewhere). */
  name: string;
  confidence: number;
  /** Which evidence accepted it (for debugging and evaluation). */
  evidence: Evidence;
}

export type Evidence = 'given' | 'initials' | 'cue' | 'age' | 'surname' | 'given-alone';

export interface NameFinderLexicon {
  /** Folded given names. */
  given: ReadonlySet<string>;
  /** Folded words that are known non-person names here (knowledge-base places and organisations). */
  notPerson: ReadonlySet<string>;
}

const SENTENCE_END = /[.!?:;…]["'”’»)\]]*\s*["'“‘«([]*$|\n/u;
const SPACE = /^[ \u00a0]$/u;
const HYPHEN = /^[-\u2010\u2011]$/u;
const APOSTROPHE = /^['’]$/u;
const NAME_GAP = /^[ \u00a0]$|^[-\u2010\u2011]$/u;
/** Between an initial and what follows: "J. Janssens", "J.P. Morgan". */
const AFTER_INITIAL = /^\.[ \u00a0]?$/u;
/** An age in brackets right after a name: "Karolien (34)". */
const AGE = /^[ \u00a0]?\([ \u00a0]?(\d{2,3})[ \u00a0]?\)/u;
/** A regnal number after a name: "Albert II", "Johannes Paulus II". */
const REGNAL = /^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI)$/;
/** Titles written abbreviated before a name, folded. */
const ABBREVIATED_TITLES = new Set([
  'dr',
  'mevr',
  'dhr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'mme',
  'st',
  'sen',
  'rep',
  'gen',
  'lt',
  'col',
  'capt',
]);
const QUOTE_BEFORE = /[‘'"“«]\s*$/u;
const QUOTE_AFTER = /^\s*[’'"”»]/u;
/** Capitalised words of a name, particles and initials not counted. */
const MAX_WORDS = 4;

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060]/;
const INVISIBLE_ALL = /[\u00ad\u200b-\u200d\u2060]/g;

/** Capitalised, with a lowercase letter after it (not an acronym), letters only. */
function looksLikeName(t: Token): boolean {
  const c = t.raw.charCodeAt(0);
  // Fast exits for the common case: lowercase ASCII letters and digits never start a name.
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return false;
  const raw = INVISIBLE.test(t.raw) ? t.raw.replace(INVISIBLE_ALL, '') : t.raw;
  return /^\p{Lu}[\p{Ll}\p{M}]/u.test(raw) && /^[\p{L}\p{M}]+$/u.test(raw) && !FUNCTION_WORDS.has(t.norm);
}

const isInitial = (t: Token) => t.raw.length === 1 && /^\p{Lu}$/u.test(t.raw) && /^\p{Script=Latin}$/u.test(t.raw);
/** Dotted abbreviations that are not a person's initials ("U.S. Capitol Police", "P.O. Box"). */
const NOT_INITIALS = new Set(['us', 'uk', 'po', 'un', 'eu', 'dc', 'nv', 'bv', 'vs', 'ps', 'tv', 'pc']);
const isUpperStart = (t: Token) => /^\p{Lu}/u.test(t.raw);
const isLowerStart = (t: Token) => /^\p{Ll}/u.test(t.raw);

/** A lowercase particle, or a capitalised one inside a name ("Dries Van den Broeck", "Marine Le Pen"). */
const isParticle = (t: Token, inside: boolean) => PARTICLES.has(t.raw) || (inside && PARTICLES.has(t.norm) && t.raw.length <= 3);
/** A capitalised particle that may open a surname ("De Paepe", "Van Rompuy", "Di Rupo"). */
const isCapParticle = (t: Token) => PARTICLES.has(t.norm) && isUpperStart(t) && t.raw.length <= 3;

/**
 * A test for "norm is one of these words, or a compound ending in one" (the compound at least
 * three letters longer), indexed by the last three letters so that a word costs one lookup.
 */
function endingIn(list: readonly string[], compoundsOf: (s: string) => boolean = () => true): (norm: string) => boolean {
  const byEnd = new Map<string, string[]>();
  for (const s of list) byEnd.set(s.slice(-3), [...(byEnd.get(s.slice(-3)) ?? []), s]);
  return (norm) =>
    byEnd.get(norm.slice(-3))?.some((s) => norm === s || (compoundsOf(s) && norm.length > s.length + 2 && norm.endsWith(s))) ??
    false;
}
const roleEnding = endingIn(ROLE_SUFFIXES);
const isRoleCue = (norm: string) => ROLE_CUES.has(norm) || DEMONYMS.has(norm) || roleEnding(norm);
const isOrgCue = endingIn(ORG_CUES, (s) => s.length > 3);
const placeEnding = endingIn(NOT_A_PERSON_SUFFIXES);

function sentenceInitial(tokens: Token[], i: number): boolean {
  return i === 0 || SENTENCE_END.test(tokens[i]!.gap);
}

/** One word of a name: a token, or tokens joined by an apostrophe ("O'Brien", "D'Alema"). */
interface Word {
  /** First and last token. */
  k: number;
  e: number;
  norm: string;
}

const orgLike = (norm: string) =>
  NOT_A_PERSON_WORDS.has(norm) ||
  CALENDAR_WORDS.has(norm) ||
  DEMONYMS.has(norm) ||
  (placeEnding(norm) && !NOT_A_PERSON_SUFFIXES.includes(norm)) ||
  // Adjectives of nationality or place ("Congolese", "Amerikaanse", "Vlaamse"), not surnames.
  (norm.length > 6 && /(?:aanse|iaanse|ese|landse|ische)$/.test(norm));

/** A run of tokens that may be a name. */
interface Candidate {
  /** First and last token of the span. */
  i: number;
  j: number;
  /** The capitalised words (no particles, no initials). */
  words: Word[];
  /** Leading initials ("J." in "J. Janssens"). */
  initials: number;
  /** Starts with a capitalised particle ("De Paepe", "Van der Veken"). */
  leadParticle: boolean;
  /** Has particles after the first word ("Ursula von der Leyen"). */
  particles: boolean;
  /** Folded words and particles of the span, initials and regnal numbers left out. */
  parts: string[];
}

interface Known {
  name: string;
  /** Offset of the full name. */
  at: number;
}

interface Ctx {
  tokens: Token[];
  text: string;
  covered: (i: number) => boolean;
  lex: NameFinderLexicon;
  /** {@link orgLike}, {@link isRoleCue} and {@link isOrgCue}. */
  orgLike: (norm: string) => boolean;
  roleCue: (norm: string) => boolean;
  orgCue: (norm: string) => boolean;
  /** {@link looksLikeName} of token k, remembered. */
  nameLike: (k: number) => boolean;
  /** Folded surname (with its particles: "de paepe") -> the full name. */
  surnames: Map<string, Known>;
  /** Folded given name -> the full name, or null when two people share it. */
  given: Map<string, Known | null>;
}

/**
 * @param covered true for tokens already inside a knowledge-base mention
 */
export function findNames(tokens: Token[], text: string, covered: (i: number) => boolean, lex: NameFinderLexicon): FoundName[] {
  const nameLike = new Uint8Array(tokens.length);
  const ctx: Ctx = {
    tokens,
    text,
    covered,
    lex,
    orgLike,
    roleCue: isRoleCue,
    orgCue: isOrgCue,
    nameLike: (k) => {
      let v = nameLike[k]!;
      if (v === 0) nameLike[k] = v = looksLikeName(tokens[k]!) ? 1 : 2;
      return v === 1;
    },
    surnames: new Map(),
    given: new Map(),
  };
  // Two passes: the first learns who is named in full, the second also marks bare surnames and
  // given names that come before the full name (a heading "Vermeersch stapt op" above "Geert Vermeersch").
  scan(ctx, false);
  return scan(ctx, true);
}

function scan(ctx: Ctx, final: boolean): FoundName[] {
  const { tokens } = ctx;
  const found: FoundName[] = [];
  let i = 0;
  while (i < tokens.length) {
    const c = grow(ctx, i);
    if (!c) {
      i++;
      continue;
    }
    let result = judge(ctx, c, final);
    // "burgemeester Goossaert van Sint-Niklaas": without what follows the particle it may still be a name.
    if (!result?.found && c.particles) {
      const first = c.words[0]!;
      result = judge(ctx, { ...c, j: first.e, words: [first], particles: false, parts: [first.norm] }, final) ?? result;
    }
    if (result) {
      if (result.found) found.push(result.found);
      i = result.j + 1;
    } else i++;
  }
  return found;
}

/** Whether the token after e continues its word after an apostrophe ("O'|Brien", "D'|Alema"; not "Obama'|s"). */
function joinedAfter(ctx: Ctx, e: number): boolean {
  const next = ctx.tokens[e + 1];
  return (
    !!next &&
    APOSTROPHE.test(next.gap) &&
    next.raw.length > 1 &&
    next.norm !== 's' &&
    !ctx.covered(e + 1) &&
    /^\p{L}+$/u.test(next.raw)
  );
}

/** The name word starting at token k, or null. */
function wordAt(ctx: Ctx, k: number): Word | null {
  const { tokens, covered } = ctx;
  const t = tokens[k];
  if (!t || covered(k)) return null;
  let e = k;
  if (ctx.nameLike(k)) while (joinedAfter(ctx, e)) e++;
  // "O'Brien", "N'Dour", "D'Alema"
  else if (isInitial(t) && joinedAfter(ctx, k) && isUpperStart(tokens[k + 1]!)) e = k + 1;
  else return null;
  const norm =
    e === k
      ? t.norm
      : tokens
          .slice(k, e + 1)
          .map((x) => x.norm)
          .join('');
  return { k, e, norm };
}

/** The longest name-like run starting at token i, or null. */
function grow(ctx: Ctx, i: number): Candidate | null {
  const { tokens, covered, lex } = ctx;
  // Fast exit for the common case: a name starts with a capital, never a lowercase letter or a digit.
  const c0 = tokens[i]!.raw.charCodeAt(0);
  if ((c0 >= 97 && c0 <= 122) || (c0 >= 48 && c0 <= 57)) return null;
  const n = tokens.length;
  const parts: string[] = [];
  let k = i;
  let initials = 0;
  // "J. Janssens", "J.P. Morgan", "H. Van der Veken"
  while (k + 1 < n && isInitial(tokens[k]!) && AFTER_INITIAL.test(tokens[k + 1]!.gap) && !covered(k)) {
    initials++;
    k++;
  }
  // Not from the middle of "U.S." or "J.P.".
  if (initials > 0 && i > 0 && tokens[i]!.gap === '.' && isInitial(tokens[i - 1]!)) return null;
  if (initials > 0) {
    const letters = tokens
      .slice(i, k)
      .map((t) => t.norm)
      .join('');
    // Not after another abbreviation: "z. B. Arztbriefe", "d. h. Meier".
    const before = tokens[i - 1];
    if (
      NOT_INITIALS.has(letters) ||
      (before && before.raw.length === 1 && isLowerStart(before) && AFTER_INITIAL.test(tokens[i]!.gap))
    )
      return null;
  }
  // Capitalised particles opening a surname ("De Paepe", "Di Rupo"), or any after initials.
  const particleStart = k;
  while (
    k + 1 < n &&
    !covered(k) &&
    (initials > 0 || k > particleStart ? isParticle(tokens[k]!, true) : isCapParticle(tokens[k]!)) &&
    SPACE.test(tokens[k + 1]!.gap)
  )
    parts.push(tokens[k++]!.norm);
  const leadParticle = k > particleStart;
  if (k > i && !SPACE.test(tokens[k]!.gap) && !AFTER_INITIAL.test(tokens[k]!.gap)) return null;
  const first = wordAt(ctx, k);
  if (!first) return null;
  const words = [first];
  parts.push(first.norm);
  let j = first.e;
  let particles = false;
  while (words.length < MAX_WORDS) {
    const next = j + 1;
    // "Ursula von der Leyen", "Dries Van den Broeck": particles only right after a given name
    // (after a surname "van" means "of": "Vucic van Servië").
    if (words.length === 1 && initials === 0 && !leadParticle && lex.given.has(first.norm)) {
      let p = next;
      while (p < n && isParticle(tokens[p]!, true) && SPACE.test(tokens[p]!.gap) && !covered(p)) p++;
      const w = p > next && p < n && SPACE.test(tokens[p]!.gap) ? wordAt(ctx, p) : null;
      if (w) {
        for (let q = next; q < p; q++) parts.push(tokens[q]!.norm);
        words.push(w);
        parts.push(w.norm);
        j = w.e;
        particles = true;
        continue;
      }
    }
    // A middle initial: "John F. Kennedy", "George W. Bush".
    if (
      initials === 0 &&
      next + 1 < n &&
      isInitial(tokens[next]!) &&
      !covered(next) &&
      SPACE.test(tokens[next]!.gap) &&
      AFTER_INITIAL.test(tokens[next + 1]!.gap)
    ) {
      const w = wordAt(ctx, next + 1);
      if (w) {
        words.push(w);
        parts.push(w.norm);
        j = w.e;
        continue;
      }
    }
    const w = next < n && NAME_GAP.test(tokens[next]!.gap) ? wordAt(ctx, next) : null;
    if (!w) break;
    words.push(w);
    parts.push(w.norm);
    j = w.e;
  }
  // "koning Albert II"
  const after = tokens[j + 1];
  if (after && SPACE.test(after.gap) && REGNAL.test(after.raw) && !covered(j + 1)) j++;
  return { i, j, words, initials, leadParticle, particles, parts };
}

/** Whether w is a given name here. Given names that are also common words count only mid-sentence
 * and not inside a run of capitalised words ("Life As An Immigrant"), unless the line holds nothing
 * but the name (a byline: "An Claeys"). */
function givenAt(ctx: Ctx, c: Candidate, w: Word): boolean {
  const { lex, tokens } = ctx;
  if (!lex.given.has(w.norm) || lex.notPerson.has(w.norm)) return false;
  if (!AMBIGUOUS_GIVEN.has(w.norm)) return true;
  if (!sentenceInitial(tokens, w.k)) return !isUpperStart(tokens[w.k - 1]!);
  return w === c.words[0] && wholeLine(ctx, c);
}

/** The candidate is all its line holds: a byline or a signature. */
function wholeLine(ctx: Ctx, c: Candidate): boolean {
  const { tokens, text } = ctx;
  if (c.i > 0 && !tokens[c.i]!.gap.includes('\n')) return false;
  const end = tokens[c.j]!.end;
  const lineEnd = text.indexOf('\n', end);
  return !text.slice(end, lineEnd < 0 ? text.length : lineEnd).trim();
}

/**
 * The verdict on a candidate: a name (and the last token it takes), `found: null` when the whole
 * run is something else and must not be searched for a shorter name, or null to try from the next token.
 */
type Verdict = { found: FoundName | null; j: number } | null;

function judge(ctx: Ctx, c: Candidate, final: boolean): Verdict {
  const { tokens, text, lex } = ctx;
  let { words, j, parts } = c;
  // "Santa Fe Animal Shelter" hides no name; "Zuid-Afrikaanse Nelson Mandela" and "Brit Tom
  // Hughes" may hide one after the word that is not a name.
  if (ctx.orgLike(words[words.length - 1]!.norm)) return { found: null, j };
  for (let w = 0; w < words.length - 1; w++) {
    const norm = words[w]!.norm;
    // "Ruslanddeskundige Anna Peeters", "President Macron": the name starts after the role.
    if (ctx.orgLike(norm) || ctx.roleCue(norm) || ABBREVIATED_TITLES.has(norm)) return null;
  }
  const plain = c.initials === 0 && !c.leadParticle;
  const first = words[0]!;
  // "Mr", "Rep", "Prof" are titles, never names.
  if (ABBREVIATED_TITLES.has(words[words.length - 1]!.norm) || (plain && words.length === 1 && ctx.roleCue(first.norm)))
    return null;

  // Two people side by side ("toen Macron Scholz belde"): a known surname is not a given name.
  if (plain && words.length >= 2 && ctx.surnames.size && !ctx.surnames.has(parts.join(' '))) {
    const head = ctx.surnames.get(first.norm);
    if (head && head.at !== tokens[c.i]!.start && !givenAt(ctx, c, first)) {
      words = [first];
      j = first.e;
      parts = [first.norm];
    }
  }
  const key = parts.length === 1 ? parts[0]! : parts.join(' ');
  const last = words[words.length - 1]!;
  const single = words.length === 1 && plain;
  const start = tokens[c.i]!.start;
  const end = tokens[j]!.end;
  const gap = tokens[c.i]!.gap;
  const next = tokens[j + 1];

  // "Dr. Peeters", "Mevr. C. Claeys": the full stop of an abbreviated title ends no sentence.
  const afterTitle =
    c.i > 0 && AFTER_INITIAL.test(gap) && ABBREVIATED_TITLES.has(tokens[c.i - 1]!.norm) && !sentenceInitial(tokens, c.i - 1);
  const initialAt = sentenceInitial(tokens, c.i) && !afterTitle;
  const prev = c.i > 0 && !initialAt ? tokens[c.i - 1]! : null;
  const spaced = SPACE.test(gap) || afterTitle;
  const roleCue = !!prev && spaced && ctx.roleCue(prev.norm);
  // A quote attribution, the verb after the quote and the name closing the clause: '", zegt Vandewalle.',
  // '", said Smith, who ...' (not "He said WeWork needs", "zegt Groen-voorzitter Peeters").
  const speechCue =
    !!prev &&
    spaced &&
    SPEECH_VERBS.has(prev.norm) &&
    /[,"'”’»]\s*$/u.test(prev.gap) &&
    /^\s*(?:[.,;:!?"'”’»)]|$)/u.test(text.slice(end, end + 2));
  // "zakenbank Goldman Sachs", "the Rolling Stones", "softwarebedrijf Exact".
  if (prev && (spaced || HYPHEN.test(gap)) && ctx.orgCue(prev.norm)) return { found: null, j };
  // Titles and varieties in quotes ("'Pierre de Ronsard'" roses, "'Dracula'").
  if (QUOTE_BEFORE.test(gap) && QUOTE_AFTER.test(text.slice(end, end + 3))) return { found: null, j };
  if (single) {
    // Half of a compound ("Vermeersch-wet", "kabinet-Vermeersch", "Tesla-baas").
    if (next && HYPHEN.test(next.gap) && isLowerStart(next)) return null;
    if (prev && HYPHEN.test(gap) && isLowerStart(prev)) return null;
    // The rest of a surname whose particle did not make it ("De Paepe" at a sentence start).
    if (c.i > 0 && spaced && isCapParticle(tokens[c.i - 1]!)) return null;
    // The start of a longer name the knowledge base took ("Rik" before a knowledge-base "De Croo").
    if (next && SPACE.test(next.gap) && isUpperStart(next) && (isCapParticle(next) || ctx.covered(j + 1))) return null;
  }
  // The tail of a longer run of capitalised words ("Camp David"; not "Maar Peeters"), or a word in brackets.
  const aside = () =>
    (!!prev && spaced && !roleCue && ctx.nameLike(c.i - 1)) || (/\(\s*$/u.test(gap) && /^\s*\)/u.test(text.slice(end, end + 3)));

  // A bare surname (or particle surname) of someone named in full.
  const known = ctx.surnames.get(key);
  if (known && known.at !== start && (final || known.at < start) && !(single && (lex.notPerson.has(first.norm) || aside())))
    return {
      found: { start, end, name: known.name, confidence: known.at < start ? 0.85 : 0.8, evidence: 'surname' },
      j,
    };
  const firstGiven = plain && givenAt(ctx, c, first);
  // A bare given name of exactly one person named in full ("Lieven" after "Lieven De Paepe").
  if (single && final && firstGiven) {
    const ref = ctx.given.get(first.norm);
    if (ref && !aside()) return { found: { start, end, name: ref.name, confidence: 0.75, evidence: 'given-alone' }, j };
  }

  if (words.length > 1) {
    // "Acme Invest Marc Peeters": the name starts at the given name.
    if (plain && !firstGiven && !roleCue && !speechCue && words.slice(1, -1).some((w) => lex.given.has(w.norm))) return null;
    // Four capitalised words with no particle are a firm ("Merrill Lynch Pierce Fenner") more often than a person.
    if (words.length >= 4 && !c.particles && !roleCue && !speechCue) return { found: null, j };
  }
  if (words.some((w) => lex.notPerson.has(w.norm)) && !(firstGiven && words.length > 1 && !lex.notPerson.has(last.norm)))
    return null;

  let evidence: Evidence | null = null;
  // "Rolls-Royce", "Mercedes-Benz": a given name hyphened to a word that is not one is a brand or a team.
  if (words.length >= 2 && firstGiven && !(words.length === 2 && HYPHEN.test(tokens[last.k]!.gap) && !lex.given.has(last.norm)))
    evidence = 'given';
  // (One initial at the start of a line is a heading number as often as a name: "I. What ...".)
  else if (
    c.initials > 0 &&
    !(c.initials === 1 && (c.i === 0 || gap.includes('\n')) && !wholeLine(ctx, c)) &&
    !SENTENCE_STARTERS.has(last.norm) &&
    !lex.notPerson.has(last.norm)
  )
    evidence = 'initials';
  else if (roleCue || speechCue) evidence = 'cue';
  else if (!single || !initialAt || firstGiven) {
    const age = AGE.exec(text.slice(end, end + 8));
    if (age && Number(age[1]) >= 12 && Number(age[1]) <= 110) evidence = 'age';
  }
  if (!evidence) return null;
  const confidence = (roleCue || speechCue) && firstGiven ? 0.9 : 0.8;
  const found: FoundName = { start, end, name: text.slice(start, end).replace(/\s+/g, ' '), confidence, evidence };
  remember(ctx, { ...c, j, words, parts }, found, single && (evidence === 'cue' || evidence === 'age'));
  return { found, j };
}

/**
 * Record a full name, so that its surname and its given name can be recognised alone. A single
 * word counts as a surname to remember only when a cue introduced it ("manager Peeters").
 */
function remember(ctx: Ctx, c: Candidate, found: FoundName, cued: boolean): void {
  const { lex } = ctx;
  const keys = [c.parts.join(' ')];
  if (c.words.length >= 2 && !c.leadParticle) {
    // A surname with particles is only ever repeated with them ("De Paepe", "Von der Leyen"), and
    // "Jan van Gent" must not make every "Gent" a person.
    if (c.particles) keys.push(c.parts.slice(1).join(' '));
    else {
      keys.push(c.words[c.words.length - 1]!.norm);
      if (c.words.length >= 3) keys.push(c.parts.slice(1).join(' '));
    }
  } else if (!(c.words.length >= 2 || c.initials > 0 || c.leadParticle || cued)) return;
  for (const k of keys) if (!ctx.surnames.has(k)) ctx.surnames.set(k, { name: found.name, at: found.start });
  const first = c.words[0]!;
  if (c.words.length >= 2 && c.initials === 0 && !c.leadParticle && lex.given.has(first.norm)) {
    const had = ctx.given.get(first.norm);
    if (had === undefined) ctx.given.set(first.norm, { name: found.name, at: found.start });
    else if (had && had.name !== found.name) ctx.given.set(first.norm, null);
  }
}
