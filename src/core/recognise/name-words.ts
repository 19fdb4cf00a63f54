/**
 * What the name finder asks about a word: its shape ("capitalised, then lowercase letters",
 * "an initial") and which of the word lists in `name-cues.ts` or the lexicon hold it.
 *
 * Speed: every answer depends on the word alone, so it is worked out once per distinct word of
 * the text (the tokeniser's word table) the first time it is asked, and kept as a bit; later
 * tokens of the same word cost one typed-array read. Words of a name joined by an apostrophe
 * ("O'Brien") have no entry in the table and are asked through {@link normIs} instead.
 */
import {
  AMBIGUOUS_GIVEN,
  CALENDAR_WORDS,
  DEMONYMS,
  functionWords,
  NOT_A_PERSON_SUFFIXES,
  NOT_A_PERSON_WORDS,
  ORG_CUES,
  PARTICLES,
  ROLE_CUES,
  ROLE_SUFFIXES,
  SENTENCE_STARTERS,
  SPEECH_VERBS,
} from './name-cues';

export interface NameFinderLexicon {
  /** Folded given names. */
  given: ReadonlySet<string>;
  /** Folded words that are known non-person names here (knowledge-base places and organisations). */
  notPerson: { has(norm: string): boolean };
}

// Questions about the word as written (raw).
/** Capitalised, with a lowercase letter after it (not an acronym), letters only, not a function word. */
export const NAME_LIKE = 1 << 0;
/** One capital Latin letter ("J" of "J. Janssens"). */
export const INITIAL = 1 << 1;
/** Starts with an uppercase letter. */
export const UPPER_START = 1 << 2;
/** Starts with a lowercase letter. */
export const LOWER_START = 1 << 3;
/** A particle as written ("van", "de"), or a short one in any case ("Van", "De", "LE"). */
export const PARTICLE = 1 << 4;
/** A capitalised particle that may open a surname ("De Paepe", "Van Rompuy", "Di Rupo"). */
export const CAP_PARTICLE = 1 << 5;
/** May follow an apostrophe inside a name ("Brien" of "O'Brien"; not the "s" of "Obama's"): letters only, more than one. */
export const AFTER_APOSTROPHE = 1 << 6;
/** A regnal number ("II" of "Albert II") or "Jr"/"Sr": ends a name, never starts one. */
export const REGNAL = 1 << 7;
// Questions about the folded word (norm): also asked of words joined by an apostrophe.
/** A given name in the lexicon. */
export const GIVEN = 1 << 8;
/** A one-word place or organisation of the knowledge base. */
export const NOT_PERSON = 1 << 9;
/** Makes a capitalised run an organisation, place, work or date ({@link orgLike}). */
export const ORG_LIKE = 1 << 10;
/** A role, kinship or nationality noun before a name ("premier", "zijn vrouw", "de Brit"). */
export const ROLE_CUE = 1 << 11;
/** A word before a firm or a work ("zakenbank Goldman Sachs"). */
export const ORG_CUE = 1 << 12;
/** A title written abbreviated ("dr", "mevr", "prof"). */
export const ABBREVIATED_TITLE = 1 << 13;
/** A verb of saying ("zegt", "said"). */
export const SPEECH_VERB = 1 << 14;
/** A given name that is also a common word ("An", "Elke", "Storm"). */
export const AMBIGUOUS = 1 << 15;
/** An adverb that opens Dutch sentences ("Daarna"). */
export const SENTENCE_STARTER = 1 << 16;
/** One syllable of a romanised Korean or Chinese given name, the parts of "Jae-in", "Ing-wen", "Kai-shek". */
export const SYLLABLE = 1 << 17;
/** A monarch's or pope's title ("Prince", "Queen", "Koning", "Papst"): part of the name readers know. */
export const SOVEREIGN = 1 << 18;

/** Titles of monarchs, their families and popes in nl, en, fr and de, folded. */
const SOVEREIGN_TITLES = new Set(
  'king queen prince princess pope koning koningin prins prinses paus roi reine prince princesse pape konig konigin prinz prinzessin papst'.split(
    ' ',
  ),
);

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
  // More of the abbreviations US and British news write before names ("Sgt. Bowe", "Adm. Rogers", "Gov. Newsom", "Rev. Jackson").
  'sgt',
  'adm',
  'maj',
  'cpl',
  'pvt',
  'spc',
  'cmdr',
  'brig',
  'gov',
  'rev',
  // "Hon. Funke Adedoyin": Honourable, before the names of Commonwealth and Nigerian legislators.
  'hon',
]);
/** Regnal numbers, and the generational suffixes that stand where they do ('Robert Downey Jr.'). */
const REGNAL_NUMBER = /^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI|Jr|Sr|Jnr|Snr)$/;

/** Whether a word as written is a regnal number or a generational suffix ("III", "Jr"). */
export function regnalMark(raw: string): boolean {
  const c = raw.charCodeAt(0);
  // None is longer than four letters ("VIII") and each starts with I, V, X, J or S: most words need no RegExp.
  return raw.length <= 4 && (c === 73 || c === 86 || c === 88 || c === 74 || c === 83) && REGNAL_NUMBER.test(raw);
}
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060]/;
const INVISIBLE_ALL = /[\u00ad\u200b-\u200d\u2060]/g;
const CAPITAL_THEN_LOWER = /^\p{Lu}[\p{Ll}\p{M}]/u;
const LETTERS_AND_MARKS = /^[\p{L}\p{M}]+$/u;
const LETTERS = /^\p{L}+$/u;
const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const CAPITAL = /^\p{Lu}$/u;
const LATIN = /^\p{Script=Latin}$/u;
/** Also Dutch adjectives of a city or region on a consonant and "-se" ("Antwerpse", "Brusselse", "Limburgse"). */
const NATIONALITY_ADJECTIVE = /(?:aanse|iaanse|ese|landse|ische|[bdgklpt]se)$/;
/**
 * A syllable as romanised Korean (Revised and McCune-Reischauer) and Chinese (Pinyin, Wade-Giles)
 * write them: an onset of one or two consonants, up to three vowels, one closing consonant or "ng".
 * English words after a hyphen ("Biden-era", "Putin-backed", "Xi-led") do not fit.
 */
const NAME_SYLLABLE = /^(?:[bcdfghjklmnprstwyz]|ch|hs|sh|ts|zh|kk|tt|pp|ss|jj)?[aeiouyw]{1,3}(?:ng|[nklmpt])?$/;

/**
 * A test for "norm is one of these words, or a compound ending in one" (the compound at least
 * three letters longer), indexed by the last three letters so that a word costs one lookup.
 */
function endingIn(list: readonly string[], compoundsOf: (s: string) => boolean = () => true): (norm: string) => boolean {
  // Keyed by the last three characters as one small integer (no slice per word asked); endings
  // with a character that does not fit one are keyed by their string.
  const byEnd = new Map<number | string, string[]>();
  const key = (s: string) => {
    const k = lastThree(s);
    return k < 0 ? s.slice(-3) : k;
  };
  for (const s of list) byEnd.set(key(s), [...(byEnd.get(key(s)) ?? []), s]);
  // A loop, not `some` with an arrow function: that allocated a closure per word asked.
  return (norm) => {
    const endings = byEnd.get(key(norm));
    if (endings)
      for (const s of endings) if (norm === s || (compoundsOf(s) && norm.length > s.length + 2 && norm.endsWith(s))) return true;
    return false;
  };
}

/** The last three characters of `s` (fewer when shorter) as one small integer; -1 when one is U+0200 or above. */
function lastThree(s: string): number {
  const n = s.length;
  let key = n < 3 ? n : 3;
  for (let k = n < 3 ? 0 : n - 3; k < n; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0x200) return -1;
    key = (key << 9) | c;
  }
  return key;
}

const roleEnding = endingIn(ROLE_SUFFIXES);
const orgCueEnding = endingIn(ORG_CUES, (s) => s.length > 3);
const placeEnding = endingIn(NOT_A_PERSON_SUFFIXES);

function orgLike(norm: string): boolean {
  // Adjectives of nationality or place ("Congolese", "Amerikaanse", "Vlaamse"), not surnames.
  return listedNotPerson(norm) || shapedLikeAdjective(norm);
}

/** Organisation, place and date words, demonyms and place endings: the lists `orgLike` asks. */
function listedNotPerson(norm: string): boolean {
  return (
    NOT_A_PERSON_WORDS.has(norm) ||
    CALENDAR_WORDS.has(norm) ||
    DEMONYMS.has(norm) ||
    (placeEnding(norm) && !NOT_A_PERSON_SUFFIXES.includes(norm))
  );
}

/** Whether a folded word has the shape of an adjective of nationality or place ("Congolese", "Amerikaanse"). */
function shapedLikeAdjective(norm: string): boolean {
  return norm.length > 6 && NATIONALITY_ADJECTIVE.test(norm);
}

/**
 * Whether a folded word is org-like only for its adjective shape, in none of the lists: after a
 * given name such a word is a surname ("Nicholas Maronese", "Frank Genovese").
 */
export function surnameShapedLikeAdjective(norm: string): boolean {
  return shapedLikeAdjective(norm) && !listedNotPerson(norm);
}

/** The answer to a question about a folded word. */
export function normIs(lex: NameFinderLexicon, norm: string, question: number): boolean {
  switch (question) {
    case GIVEN:
      return lex.given.has(norm);
    case NOT_PERSON:
      return lex.notPerson.has(norm);
    case ORG_LIKE:
      return orgLike(norm);
    case ROLE_CUE:
      return ROLE_CUES.has(norm) || DEMONYMS.has(norm) || roleEnding(norm);
    case ORG_CUE:
      return orgCueEnding(norm);
    case ABBREVIATED_TITLE:
      return ABBREVIATED_TITLES.has(norm);
    case SPEECH_VERB:
      return SPEECH_VERBS.has(norm);
    case AMBIGUOUS:
      return AMBIGUOUS_GIVEN.has(norm);
    case SENTENCE_STARTER:
      return SENTENCE_STARTERS.has(norm);
    case SYLLABLE:
      return NAME_SYLLABLE.test(norm);
    case SOVEREIGN:
      return SOVEREIGN_TITLES.has(norm);
  }
  throw new Error(`not a question about a folded word: ${question}`);
}

/**
 * French civilities written before a surname ("M. Barnier", "MM. Briand et Barthou", "Mme Borne",
 * "Me Dupond-Moretti"): in French text "M." is Monsieur, a title, not an initial.
 */
const FRENCH_TITLES = new Set(['M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Me']);

const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;

/** What {@link asciiLetters} finds. */
const LETTERS_ONLY = 0;
const NOT_LETTERS = 1;
const NOT_ASCII = 2;

/** Whether `s` is ASCII letters only ({@link LETTERS_ONLY}), ASCII with something else, or not ASCII. */
function asciiLetters(s: string): number {
  let out = LETTERS_ONLY;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 128) return NOT_ASCII;
    if (!isUpper(c) && !isLower(c)) out = NOT_LETTERS;
  }
  return out;
}

/** The answer to a question about a word, as written and folded, in a text in `lang`. */
function wordIs(lex: NameFinderLexicon, raw: string, norm: string, question: number, lang: string | null): boolean {
  if (lang === 'fr' && FRENCH_TITLES.has(raw)) {
    if (question === INITIAL) return false;
    if (question === ABBREVIATED_TITLE || question === ROLE_CUE) return true;
  }
  // "Col. John Dorrian", "Lt. Col. Dorrian": Colonel in English, but a mountain pass in French ("le col Agnel").
  if (lang === 'en' && raw === 'Col' && question === ROLE_CUE) return true;
  const c = raw.charCodeAt(0);
  // Words of ASCII characters are answered from their codes: the regular expressions below say the
  // same of them (ASCII has no marks or invisible characters; its letters are Latin) and cost more.
  switch (question) {
    case NAME_LIKE: {
      // Fast exits for the common case: lowercase ASCII letters and digits never start a name.
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return false;
      const ascii = asciiLetters(raw);
      if (ascii !== NOT_ASCII)
        return ascii === LETTERS_ONLY && isUpper(c) && isLower(raw.charCodeAt(1)) && !functionWords(lang).has(norm);
      const visible = INVISIBLE.test(raw) ? raw.replace(INVISIBLE_ALL, '') : raw;
      return CAPITAL_THEN_LOWER.test(visible) && LETTERS_AND_MARKS.test(visible) && !functionWords(lang).has(norm);
    }
    case INITIAL:
      if (raw.length !== 1) return false;
      return c < 128 ? isUpper(c) : CAPITAL.test(raw) && LATIN.test(raw);
    case UPPER_START:
      return c < 128 ? isUpper(c) : UPPER.test(raw);
    case LOWER_START:
      return c < 128 ? isLower(c) : LOWER.test(raw);
    case PARTICLE:
      return PARTICLES.has(raw) || (PARTICLES.has(norm) && raw.length <= 3);
    case CAP_PARTICLE:
      return raw.length <= 3 && PARTICLES.has(norm) && (c < 128 ? isUpper(c) : UPPER.test(raw));
    case AFTER_APOSTROPHE: {
      if (raw.length <= 1 || norm === 's') return false;
      const ascii = asciiLetters(raw);
      return ascii === NOT_ASCII ? LETTERS.test(raw) : ascii === LETTERS_ONLY;
    }
    case REGNAL:
      return regnalMark(raw);
  }
  return normIs(lex, norm, question);
}

/** The answers for the distinct words of one text, worked out as they are asked. */
export class NameWords {
  /** Per word: which questions have been answered, and the answers. */
  private readonly known: Int32Array;
  private readonly yes: Int32Array;

  constructor(
    private readonly raws: readonly string[],
    private readonly norms: readonly string[],
    readonly lex: NameFinderLexicon,
    /** The text's language: in French "M." is Monsieur ({@link FRENCH_TITLES}), in English "Col." is Colonel. */
    private readonly lang: string | null = null,
  ) {
    this.known = new Int32Array(norms.length);
    this.yes = new Int32Array(norms.length);
  }

  /** Whether word `w` (an index into the tokeniser's word table) answers `question` (one of the flags above) with yes. */
  is(w: number, question: number): boolean {
    if ((this.known[w]! & question) !== 0) return (this.yes[w]! & question) !== 0;
    const v = wordIs(this.lex, this.raws[w]!, this.norms[w]!, question, this.lang);
    this.known[w] = this.known[w]! | question;
    if (v) this.yes[w] = this.yes[w]! | question;
    return v;
  }
}
