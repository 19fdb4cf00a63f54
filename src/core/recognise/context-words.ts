/**
 * The knowledge base's context words (`match.context`, see `score.ts`), and which of them a text
 * holds. Scoring asks about a few of them per span; a text's distinct words are searched for all of
 * them once, on the first question.
 */
import type { IndexEntry } from '../../kb/compiled';
import { contextVocabulary } from './score';

export class ContextWords {
  private readonly words: Set<string>;
  /** One bit per {@link shapeBit} of a context word: a word whose bit is clear is none of them, unhashed. */
  private readonly shapes = new Uint8Array(1 << 13);

  constructor(entries: readonly IndexEntry[]) {
    this.words = contextVocabulary(entries);
    for (const w of this.words) {
      const b = shapeBit(w);
      this.shapes[b >> 3]! |= 1 << (b & 7);
    }
  }

  /** Whether a folded word is among `norms` (a text's distinct words), for scoring's questions. */
  inText(norms: readonly string[]): (word: string) => boolean {
    let found: Set<string> | null = null;
    return (w) => {
      if (!this.words.has(w)) return norms.includes(w); // never the case: scoring asks only context words
      if (!found) {
        found = new Set();
        // An index loop: this runs once per text, often before the engine optimises it, and an
        // array iterator then allocated one result object per distinct word (1 MB per MB of text).
        for (let k = 0; k < norms.length; k++) {
          const norm = norms[k]!;
          const b = shapeBit(norm);
          if ((this.shapes[b >> 3]! & (1 << (b & 7))) !== 0 && this.words.has(norm)) found.add(norm);
        }
      }
      return found.has(w);
    };
  }
}

/** A word's length and first and last characters, as one of 65,536 bits (no hash of the whole string). */
function shapeBit(w: string): number {
  const n = w.length;
  if (n === 0) return 0;
  return (Math.imul((n * 31 + w.charCodeAt(0)) * 31 + w.charCodeAt(n - 1), 0x9e3779b1) >>> 16) & 0xffff;
}
