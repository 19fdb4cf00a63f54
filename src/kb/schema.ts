/**
 * The knowledge base's source format: what a person writes in `src/kb/data/*.json`.
 *
 * One file per domain (`people-nato-eu.json`, `terms-nato.json`, ...), each a {@link KbSourceFile}.
 * `validate.ts` checks every rule stated here at build and test time; the build refuses a file
 * with a message that names the entry and the field. `docs/knowledge-base.md` is the authoring guide.
 */

export const LANGS = ['nl', 'en', 'fr', 'de'] as const;
export type Lang = (typeof LANGS)[number];

export const CATEGORIES = ['person', 'term', 'history', 'place', 'org'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Text per language. `nl` and `en` are required wherever a Localized field is required. */
export type Localized<T> = Partial<Record<Lang, T>>;

/**
 * A date as precise as the source allows: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * Never pad an unknown month or day: "2014" is honest, "2014-01-01" is invented.
 */
export type PartialDate = string;

/** An office or role held over a period; without `end` it is held to this day (as of the file's `reviewed` date). */
export interface RoleFact {
  type: 'role';
  /** "Secretary General of NATO" / "secretaris-generaal van de NAVO": the role, without dates. */
  role: Localized<string>;
  start?: PartialDate;
  end?: PartialDate;
  /** Entry id or plain name of whoever held the role before/after. */
  predecessor?: string;
  successor?: string;
}

/** Birth or death of a person. */
export interface LifeFact {
  type: 'born' | 'died';
  date: PartialDate;
}

/** Something that happened: a battle, a treaty signed, a summit, a conviction. */
export interface EventFact {
  type: 'event';
  label: Localized<string>;
  date: PartialDate;
  end?: PartialDate;
}

export type Fact = RoleFact | LifeFact | EventFact;

export interface OfficialSource {
  title: string;
  url?: string;
}

export interface Sources {
  /** Wikipedia article title per language, exactly as the wiki spells it (no URL). */
  wikipedia?: Localized<string>;
  /** Wikidata item id (`Q` + digits), only where certain. */
  wikidata?: string;
  /** Official texts: treaties, declarations, court judgements. */
  official?: OfficialSource[];
}

/** The fields of {@link MatchHints}: what the validator accepts and the index carries. */
export const MATCH_HINTS = [
  'surname',
  'surnameAlone',
  'compoundHeads',
  'context',
  'needsContext',
  'roleNouns',
  'salience',
  'ownLanguage',
] as const satisfies readonly (keyof MatchHints)[];

/** Hints for the recogniser. Everything here is optional; defaults suit most entries. */
export interface MatchHints {
  /**
   * Surname (or the short form news uses on its own): "Stoltenberg", "Poetin" / "Putin".
   * After the full name in an article, it always links to this person (coreference).
   */
  surname?: Localized<string>;
  /** True when the surname alone, in European news, nearly always means this person (Putin, Zelensky, Milošević). */
  surnameAlone?: boolean;
  /** Heads of closed compounds this entry licenses: nl "Sovjet" makes "Sovjettanks" a mention. */
  compoundHeads?: Localized<string[]>;
  /**
   * Words whose presence nearby makes this reading more likely (for ambiguous names and places). A
   * one-word organisation with context words needs one of them in the article to keep its name when
   * a given name precedes it or another name follows it ("Serge Dassault", "Leonardo DiCaprio").
   */
  context?: Localized<string[]>;
  /**
   * One-word names of this organisation that are more often someone else's ("Wagner" the composer,
   * "Leonardo" the painter), as written: alone they count only when the article holds one of its
   * context words. Longer forms ("Wagner Group", "Wagnergroep") always count.
   */
  needsContext?: string[];
  /** Role nouns that refer back to this entity after it was named ("de NAVO-chef" -> Stoltenberg), per language. */
  roleNouns?: Localized<string[]>;
  /** 'low' for entries worth looking up but not worth marking in running text (countries, continents). */
  salience?: 'normal' | 'low';
  /**
   * True when the entry's capitalised forms apply only on pages in their own language (and on pages
   * whose language is unknown): for names that are ordinary words elsewhere, such as German "Island"
   * (Iceland) in English text ("Rhode Island"). By default a capitalised form is a name and names
   * cross languages (a Dutch article may write "Putin").
   */
  ownLanguage?: boolean;
}

export interface Entry {
  /** Stable, lowercase, kebab-case, ASCII: `jens-stoltenberg`. Never reuse or rename. */
  id: string;
  category: Category;
  /** The name to show, per language; nl and en required, fr and de expected. */
  label: Localized<string>;
  /**
   * Further surface forms per language: spellings, transliterations, exonyms, full and short forms.
   * Leave out what the recogniser derives: genitive -s, English 's, French l'/d', hyphenated compounds, case.
   */
  aliases?: Localized<string[]>;
  /** One line, timeless, no dates that change: "Norwegian politician, NATO Secretary General 2014-2024". */
  description: Localized<string>;
  /** Two to four sentences: who or what, and why it matters in European security news. nl and en required. */
  explanation: Localized<string>;
  facts?: Fact[];
  /** Ids of related entries (validated to exist). */
  related?: string[];
  sources: Sources;
  match?: MatchHints;
}

export interface KbSourceFile {
  /** Short name of the domain this file covers. */
  domain: string;
  /** The day the facts in this file were last checked: "held to this day" means up to this date. */
  reviewed: PartialDate;
  entries: Entry[];
}
