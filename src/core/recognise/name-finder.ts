/**
 * Finds people the knowledge base does not know: capitalised name sequences accepted on evidence.
 * Evidence is one of
 *  - a known given name first ("Geert Vermeersch"), or initials before a surname ("J. Janssens");
 *  - a cue right before it: a role or kinship noun ("premier Verhofstadt", "zijn vrouw Mieke"), a
 *    compound role noun ("kamervoorzitter Lieve Maes"), a nationality ("de Brit Tom Hughes") or
 *    a verb of saying in a quote attribution ("zegt Vandewalle"); a role noun in apposition right
 *    after it ("Pouria Amirshahi, député socialiste") or before a full name set off by commas
 *    ("The Conservative leader, Kemi Badenoch, said"; both in `after-name.ts`);
 *  - an age in brackets after it ("Karolien (34)");
 *  - the same person named in full elsewhere in the text: a bare surname ("Vermeersch", "De Paepe") or
 *    a bare given name ("Lieven") of someone introduced before or after it.
 * Sentence-initial words, headings in title case, organisations, places and works are kept out by
 * requiring that evidence and by the word lists in `name-cues.ts`.
 *
 * This file scans the text's runs; `name-judge.ts` judges them, `name-memory.ts` remembers who was
 * named (for the bare surnames and given names), `name-candidate.ts` grows the runs and
 * `name-words.ts` answers what a word is. Nothing allocates for a run that is not a name: verdicts
 * are token indexes, the accepted name is left in the context, and surname keys are built only
 * when the first two parts could make one.
 */
import type { TokenizedText } from '../text/tokenize';
import { Candidate, CandidateStore } from './name-candidate';
import { ScratchInts } from './scratch-ints';
import { NameWords, type NameFinderLexicon } from './name-words';
import { bearsOn, emptyMemory } from './name-memory';
import { clearVerdicts, keepVerdict, verdictFound, verdictNext } from './name-verdicts';
import { judge, type Ctx, type FoundName } from './name-judge';

export type { NameFinderLexicon } from './name-words';
export type { Evidence, FoundName } from './name-judge';

/** The `grown` array of {@link findNames}, kept between calls (see `scratch-ints.ts`). */
const GROWN = new ScratchInts();

/**
 * @param covered per token, 1 when it is already inside a knowledge-base mention
 */
export function findNames(
  tokenized: TokenizedText,
  text: string,
  covered: Uint8Array,
  lex: NameFinderLexicon,
  lang: string | null = null,
): FoundName[] {
  const ctx: Ctx = {
    text,
    starts: tokenized.starts,
    ends: tokenized.ends,
    word: tokenized.word,
    gaps: tokenized.gaps,
    lower: tokenized.lower,
    norms: tokenized.norms,
    covered,
    words: new NameWords(tokenized.raws, tokenized.norms, lex, lang),
    lex,
    ...emptyMemory(tokenized.length, tokenized.norms.length),
    found: null,
    english: lang === 'en',
    lang,
    german: lang === 'de',
    dutchOrGerman: lang === 'nl' || lang === 'de',
    tokenized,
  };
  // Two passes: the first learns who is named in full, the second also marks bare surnames and
  // given names that come before the full name (a heading "Vermeersch stapt op" above "Geert Vermeersch").
  const c = new Candidate();
  // What grows from a token does not depend on the pass: the second pass does not try again where
  // nothing grew in the first, and loads what did grow (`grown`: per token, 0 = not tried yet,
  // -1 = nothing grows, k + 1 = saved candidate k).
  const grown = GROWN.zeros(ctx.word.length);
  const store = CandidateStore.emptied();
  scan(ctx, c, grown, store, false);
  const out = scan(ctx, c, grown, store, true);
  clearVerdicts(store.count);
  return out;
}

function scan(ctx: Ctx, c: Candidate, grown: Int32Array, store: CandidateStore, final: boolean): FoundName[] {
  const n = ctx.word.length;
  const out: FoundName[] = [];
  const lower = ctx.lower;
  let i = 0;
  while (i < n) {
    // Most tokens start with a lowercase letter or a digit and start no name (`Candidate.grow`'s
    // first test): skipped here, without a call.
    if (lower[i] === 1) {
      i++;
      continue;
    }
    const g = grown[i]!;
    let at: number;
    if (g > 0) {
      at = g - 1;
      c.load(ctx, store, at);
      // Only the second pass loads, and only runs the first judged. The first pass's verdict
      // stands unless something remembered bears on the run (about 3 runs in 10 of a long text):
      // the rest of the verdict depends on the run and the text alone.
      if (!bearsOn(ctx, c)) {
        const found = verdictFound(at);
        if (found) out.push(found);
        const next = verdictNext(at);
        i = next >= 0 ? next : i + 1;
        continue;
      }
    } else if (g < 0) {
      i++;
      continue;
    } else if (!c.grow(ctx, i)) {
      grown[i] = -1;
      i++;
      continue;
    } else grown[i] = (at = c.save(store)) + 1;
    let j = judge(ctx, c, final, false);
    let found = ctx.found;
    // "burgemeester Goossaert van Sint-Niklaas": without what follows the particle it may still be a name.
    if (!found && c.particles) {
      const retry = judge(ctx, c, final, true);
      if (retry >= 0) {
        j = retry;
        found = ctx.found;
      }
    }
    if (!final) keepVerdict(at, j >= 0 ? j + 1 : -1, found);
    if (j >= 0) {
      if (found) out.push(found);
      i = j + 1;
    } else i++;
  }
  return out;
}
