/**
 * The compiled knowledge base: what the build writes to `kb/kb.json` and what the recogniser
 * and the cards load. Produced by `compile.ts` from validated sources; never written by hand.
 */
import type { Entry, Fact, Lang } from './schema';

/** How a surface form relates to its entry; the recogniser trusts them differently. */
export type FormKind = 'name' | 'surname' | 'head' | 'role';

/** One surface form, already folded and tokenised, pointing at one entry. */
export interface CompiledForm {
  /** Folded tokens joined by single spaces: "vladimir poetin". */
  key: string;
  /** Index into {@link CompiledKb.entries}. */
  entry: number;
  kind: FormKind;
  /** Bit i set: token i must start with a capital letter in the text (case is evidence). */
  upper: number;
  /**
   * Bit i (below {@link MIXED_CAPS_BIT}) set: token i is a short abbreviation that must be all
   * capitals in the text ("UN", not "Un"). Bit {@link MIXED_CAPS_BIT} set: the form is one short
   * word with a capital after a lowercase letter ("AfD", "PiS") and the text must write it so too.
   * Bit {@link ALL_CAPS_BIT} set: the form is one longer word in capitals ("PVDA") and the text must
   * not write it with inner capitals ("PvdA" is another abbreviation).
   */
  caps?: number;
  /**
   * How the form's words are joined, one letter per gap: "h" hyphen, "s" space, or the joining
   * character itself ("9/11"). Absent when all gaps are spaces. "de-escalatie" must not match
   * "De escalatie".
   */
  joins?: string;
  /** Languages whose pages use this form; absent = every language (proper names travel). */
  langs?: Lang[];
}

/** The bit of {@link CompiledForm.caps} for a one-word form with inner capitals ("AfD"). */
export const MIXED_CAPS_BIT = 15;
/** A short word that starts with a capital and has another after a lowercase letter: "AfD", "PiS", "PfP". */
export const MIXED_CAPS = /^\p{Lu}\p{Ll}{1,2}\p{Lu}$/u;
/**
 * The bit of {@link CompiledForm.caps} for a one-word form of four or more capitals ("PVDA"): text
 * that writes it {@link MIXED_CAPS} ("PvdA") means another abbreviation (Belgian PVDA, Dutch PvdA).
 */
export const ALL_CAPS_BIT = 16;

export interface CompiledKb {
  format: 1;
  /** Oldest `reviewed` date of the source files: facts are known up to this day. */
  reviewed: string;
  entries: Entry[];
  forms: CompiledForm[];
  /** Folded given names for the name finder (lexicon plus the first names of person entries). */
  givenNames: string[];
}

/**
 * What recognition and the panel's list need of an entry: names, matching hints and the dates of
 * its facts. The content script loads only these at page load (`kb/index.json`, without aliases:
 * recognition has them as forms); descriptions, explanations, sources and aliases for cards and
 * search come later from `kb/entries.json`.
 */
export type IndexEntry = Pick<Entry, 'id' | 'category' | 'label' | 'aliases' | 'match' | 'related'> & { facts?: IndexFact[] };

/**
 * A fact as the index keeps it. Role labels stay in `entries.json`; a role keeps the title words
 * they hold (`core/recognise/role-titles.ts`), which the recogniser needs to read "President Bush"
 * on the article's date.
 */
export type IndexFact = Fact & { titles?: string[] };

/** The recogniser's input: a compiled knowledge base with full or index-only entries. */
export interface KbIndex {
  format: 1;
  reviewed: string;
  entries: IndexEntry[];
  forms: CompiledForm[];
  givenNames: string[];
}

/** `kb/entries.json`: the full entries, for cards, search and the options page. */
export interface KbEntriesFile {
  format: 1;
  reviewed: string;
  entries: Entry[];
}
