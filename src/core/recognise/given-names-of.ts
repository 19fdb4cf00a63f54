/**
 * The given names the knowledge base writes for each person: the first word of every full-name
 * form ("alexander" for "Alexander De Croo"). A known given name right before a surname that is
 * none of these means someone else of that name ("Herman De Croo", "Jeb Bush"): the person's
 * entry must not claim the surname, and the name finder may find the whole name instead.
 */
import type { CompiledForm, IndexEntry } from '../../kb/compiled';
import { capitalThenLower } from '../text/fold';
import { GAP_SENTENCE_END, GAP_SPACE } from '../text/gaps';
import type { TokenizedText } from '../text/tokenize';
import { PARTICLES } from './name-cues';

/**
 * Whether a one-word mention at token `k` of a person is the given name of someone else: a known
 * given name right before a capitalised word that starts no other mention ("Fidan Dogan" after
 * "Hakan Fidan", "Kim Yo-jong" after "Kim Jong Un"). Not in German, where that word may be any
 * noun ("dass Kim Raketen testet"). `startsMention(k)`: whether a knowledge-base span starts at token k.
 */
export function givenNameOfAnother(
  t: TokenizedText,
  k: number,
  lang: string | null,
  isGiven: (norm: string) => boolean,
  startsMention: (k: number) => boolean,
): boolean {
  const next = k + 1;
  if (lang === 'de' || next >= t.length || (t.gaps[next]! & GAP_SPACE) === 0 || (t.gaps[next]! & GAP_SENTENCE_END) !== 0)
    return false;
  return capitalThenLower(t.raws[t.word[next]!]!) && isGiven(t.norms[t.word[k]!]!) && !startsMention(next);
}

export class GivenNamesOf {
  private byEntry: Map<number, string[]> | null = null;

  constructor(
    private readonly forms: readonly CompiledForm[],
    private readonly entries: readonly IndexEntry[],
  ) {}

  /**
   * Whether `given` (folded) before a mention rules out entry `e`: it does when the entry is a
   * person with known given names and `given` is none of them, nor a spelling of one
   * ("wladimir"/"vladimir") or a short form with the same first letter ("joe"/"joseph"). Once the
   * text has named the person (`named`), a short form no longer counts: "Jill Biden" after "Joe
   * Biden" is someone else, the text having shown how it writes his name.
   */
  rulesOut(e: number, given: string, named = false): boolean {
    if (this.entries[e]!.category !== 'person') return false;
    const known = this.index().get(e);
    if (!known) return false;
    return !known.some((k) => k === given || (!named && k[0] === given[0]) || closeSpelling(k, given));
  }

  /**
   * Whether `given` (folded) is one of person `e`'s given names as the knowledge base writes them,
   * or a spelling of one ("valery"/"valerii"), not merely a name of the same first letter: such a
   * given name belongs in the person's mark ("Valery Zaluzhnyi", not only "Zaluzhnyi").
   */
  spells(e: number, given: string): boolean {
    if (this.entries[e]!.category !== 'person') return false;
    return (this.index().get(e) ?? []).some((k) => k === given || closeSpelling(k, given));
  }

  private index(): Map<number, string[]> {
    if (this.byEntry) return this.byEntry;
    const out = new Map<number, string[]>();
    for (const f of this.forms) {
      if (f.kind !== 'name' || !(f.upper & 1)) continue;
      const space = f.key.indexOf(' ');
      if (space < 0) continue;
      const first = f.key.slice(0, space);
      if (PARTICLES.has(first)) continue; // "De Croo" names no given name
      const list = out.get(f.entry);
      if (!list) out.set(f.entry, [first]);
      else if (!list.includes(first)) list.push(first);
    }
    return (this.byEntry = out);
  }
}

/** At most one letter changed, added or dropped. */
function closeSpelling(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: string, skip: number) => x.slice(i + skip);
  return rest(a, 1) === rest(b, 1) || rest(a, 1) === rest(b, 0) || rest(a, 0) === rest(b, 1);
}
