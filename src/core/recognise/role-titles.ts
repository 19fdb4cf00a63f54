/**
 * The title words a role's labels hold ("president", "premier", "kanzler"): what a title right
 * before a surname is checked against ("President Bush" on the article's date). Only words the
 * recogniser can see as a title are kept, so the index can carry them instead of the labels.
 */
import type { IndexEntry } from '../../kb/compiled';
import { roleActiveAt } from '../../kb/dates';
import type { Localized } from '../../kb/schema';
import { fold } from '../text/fold';
import { ROLE_CUES } from './name-cues';

/**
 * Organisations whose head news calls by a noun with no title word of the office in it ("de
 * NAVO-chef", "the NATO chief" for the Secretary General of NATO): their names count as title words
 * of a role, so that such a noun is checked against who held the office on the article's date.
 */
export const ORGANISATION_TITLES = new Set('nato navo otan imf iwf fmi ecb ezb bce wto omc iaea'.split(' '));

/** A word of a role's label or of a role noun that is checked as a title ({@link ROLE_CUES}, {@link ORGANISATION_TITLES}). */
export const isTitleWord = (word: string): boolean => ROLE_CUES.has(word) || ORGANISATION_TITLES.has(word);

export function roleTitles(role: Localized<string>): string[] {
  const out = new Set<string>();
  for (const label of Object.values(role))
    for (const word of fold(label ?? '').split(/[^\p{L}\p{N}]+/u)) if (isTitleWord(word)) out.add(word);
  return [...out].sort();
}

/**
 * Whether a title word said in the text names an office held under the title word `held`: the same
 * word, or one a compound of the other, as Dutch and German write offices ("Finanzminister" for a
 * "minister", "Kanzler" for a "Bundeskanzler", "kanselier" for a "bondskanselier"). Short words
 * ("dr", "gen") only as themselves.
 */
export function titleFits(held: string, said: string): boolean {
  if (held === said) return true;
  if (held.length < 5 || said.length < 5) return false;
  return held.length > said.length ? held.endsWith(said) : said.endsWith(held);
}

/**
 * Whether a person held a role with one of these title words ({@link titleFits}) on `date`, or at
 * any time when the date is unknown: "President Bush" in 2003 (`score.ts`), or someone named
 * between a role noun and its candidate who could be the one meant (`role-reference.ts`).
 */
export function holdsTitle(entry: IndexEntry, titles: readonly string[], date: string | null): boolean {
  if (!titles.length || entry.category !== 'person') return false;
  return (entry.facts ?? []).some((f) => {
    if (f.type !== 'role' || (date && !roleActiveAt(f, date))) return false;
    const held = f.titles ?? roleTitles(f.role);
    return titles.some((t) => held.some((h) => titleFits(h, t)));
  });
}
