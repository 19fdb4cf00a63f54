/**
 * Which person a role noun ("de NAVO-chef", "the president") refers back to.
 *
 * A reader takes the nearest fitting person: after "Jens Stoltenberg … Mark Rutte", "the NATO chief"
 * is Rutte. Someone else mentioned in between who holds a role with the same title word makes the
 * noun ambiguous ("Joe Biden met Xi Jinping. The president said …": Xi is a president too), and then
 * Gloss marks nothing rather than guess. A role noun used as a predicate ("Rutte werd NAVO-chef",
 * "el-Sisi became president") names an office, not a person already in the story.
 */
import type { IndexEntry as Entry, KbIndex } from '../../kb/compiled';
import { roleActiveAt } from '../../kb/dates';
import { fold, startsUpper } from '../text/fold';
import type { TokenizedText } from '../text/tokenize';
import { GAP_SENTENCE_END, GAP_SPACE } from '../text/gaps';
import { ROLE_CUES } from './name-cues';
import { roleTitles } from './role-titles';
import type { FormMatch } from './match-forms';
import type { Mention } from './mention';

/** How many mentions back a role noun looks for its entity: only a bound on the work, not on meaning. */
const MAX_ROLE_LOOKBACK = 1000;

/** Words after which a role noun is a predicate: copulas, "as", "elected", in nl, en, fr and de. */
const PREDICATE_WORDS = new Set(
  [
    'als werd wordt worden werden is was waren zijn blijft bleef gekozen benoemd verkozen',
    'as became become becomes becoming is was were be been being elected named appointed remains remained',
    'comme devient devenu devenue devenir est était élu élue nommé nommée reste restait',
    'wurde wird werden ist war sind waren bleibt blieb gewählt ernannt',
  ]
    .join(' ')
    .split(' ')
    .map(fold),
);

/** Words that may stand between the predicate word and the noun ("was the new president"). */
const BETWEEN_WORDS = new Set(
  [
    'de het een nieuwe volgende toekomstige huidige eerste voormalige vorige eerder ook nog opnieuw weer alsnog',
    'the a an new next future current first former also still again',
    'le la les l un une nouveau nouvelle nouvel prochain prochaine futur future ancien ancienne aussi encore',
    'der die das den dem des ein eine einen einem einer neue neuer neuen nächste nächster künftige künftiger',
    'ehemalige ehemaliger erste erster auch noch wieder erneut',
  ]
    .join(' ')
    .split(' ')
    .map(fold),
);

/**
 * Whether the role noun starting at token `first` is a predicate ("Rutte werd de nieuwe NAVO-chef").
 * Names may stand in between, as in Dutch and German word order ("Daarna werd Trump opnieuw president").
 */
export function isPredicate(tokenized: TokenizedText, first: number): boolean {
  const { word, norms, raws, gaps } = tokenized;
  for (let k = first - 1, skipped = 0; k >= 0 && skipped <= 4; k--, skipped++) {
    // Only within one sentence and one phrase: "… werd gekozen. De president …" is no predicate.
    if ((gaps[k + 1]! & GAP_SPACE) === 0 || (gaps[k + 1]! & GAP_SENTENCE_END) !== 0) return false;
    const norm = norms[word[k]!]!;
    if (PREDICATE_WORDS.has(norm)) return true;
    if (!BETWEEN_WORDS.has(norm) && !startsUpper(raws[word[k]!]!)) return false;
  }
  return false;
}

/** The title words a role noun holds ("president" in "de Amerikaanse president"). */
export function nounTitles(noun: string): string[] {
  return fold(noun)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => ROLE_CUES.has(w));
}

/**
 * Whether a person held a role with one of these title words on the article's date (any time when
 * the date is unknown): such a person, named between the role noun and its candidate, could be
 * the one meant.
 */
export function holdsTitle(entry: Entry, titles: readonly string[], date: string | null): boolean {
  if (!titles.length || entry.category !== 'person') return false;
  return (entry.facts ?? []).some((f) => {
    if (f.type !== 'role' || (date && !roleActiveAt(f, date))) return false;
    const held = f.titles ?? roleTitles(f.role);
    return titles.some((t) => held.includes(t));
  });
}

/**
 * Role nouns after their person was named link to that person ("de NAVO-chef" after "Jens
 * Stoltenberg"), unless the name itself follows (apposition: "NAVO-chef Stoltenberg"), the noun is
 * a predicate ("Rutte werd NAVO-chef") or someone else who could be meant was named in between.
 * `nouns` are the role nouns the matcher found in the text; `seen` the entities recognised so far,
 * in text order, those named in earlier slices first (start -1); `mentions` the mentions so far.
 */
export function roleMentions(
  text: string,
  tokenized: TokenizedText,
  nouns: readonly FormMatch[],
  kb: KbIndex,
  date: string | null,
  seen: readonly { start: number; entry: number }[],
  mentions: readonly Mention[],
): Mention[] {
  const out: Mention[] = [];
  const entries = kb.entries;
  /** Entries in the order they were last mentioned before the current noun (most recent last). */
  const recent: number[] = [];
  // Where a person's mention starts (asked once per noun: a scan of every mention was quadratic).
  const personAt = new Set<number>();
  for (const x of mentions) if (x.category === 'person') personAt.add(x.start);
  // Whether an entry holds one of the noun's titles, per title list, worked out once per entry: the
  // walk back asks it of the same few people for noun after noun (2 = not worked out yet).
  const holds = new Map<string, Uint8Array>();
  let p = 0;
  for (const m of nouns) {
    while (p < seen.length && seen[p]!.start < m.start) recent.push(seen[p++]!.entry);
    const next = m.last + 1;
    if (next < tokenized.length && (tokenized.gaps[next]! & GAP_SPACE) !== 0 && personAt.has(tokenized.starts[next]!)) continue;
    if (isPredicate(tokenized, m.first)) continue;
    const candidates = new Set(m.forms.map((f) => kb.forms[f]!.entry));
    const titles = nounTitles(text.slice(m.start, m.end));
    const key = titles.join(' ');
    let held = holds.get(key);
    if (!held) holds.set(key, (held = new Uint8Array(entries.length).fill(2)));
    let best = -1;
    // Walk back to the nearest person who fits; stop at one who could be meant instead.
    for (let k = recent.length - 1; k >= 0 && recent.length - k <= MAX_ROLE_LOOKBACK; k--) {
      const e = recent[k]!;
      if (candidates.has(e)) {
        best = e;
        break;
      }
      if (held[e] === 2) held[e] = holdsTitle(entries[e]!, titles, date) ? 1 : 0;
      if (held[e] === 1) break;
    }
    if (best < 0) continue;
    recent.push(best);
    const entry = entries[best]!;
    out.push({
      text: text.slice(m.start, m.end),
      start: m.start,
      end: m.end,
      category: entry.category,
      entityId: entry.id,
      confidence: 0.8,
      source: 'kb',
      salience: 'normal',
    });
  }
  return out;
}
