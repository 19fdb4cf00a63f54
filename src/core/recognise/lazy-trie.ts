/**
 * A {@link Trie} that adds a form only once a text holds the form's first word.
 *
 * The content script prepares the recogniser on every article page, in code the engine has not
 * optimised yet: adding all ~5,000 name forms to a trie cost about as much as recognising the
 * whole seed article (10-15 ms of the page's main thread), though an article opens a few dozen of
 * them. Here preparing only files each form under a hash of its first word (typed-array writes, no
 * strings made); `matchForms` hands over the text's distinct words first ({@link prepareWords}),
 * and the forms filed under their hashes are added then, each hash once. After that every look-up
 * is the plain trie's, so matching itself is unchanged.
 *
 * Why the answers are the same as from a trie built with every form: a walk starts at the node of
 * a word of this text (or of its genitive base, "poetin" of "poetins") and only ever extends a
 * path that starts with that word, and every form starting with it was filed under the word's hash
 * and so added before the walk. Forms under one hash are added in index order, so each node lists
 * its forms in the order an eagerly built trie does. `tests/unit/lazy-trie.test.ts` checks it.
 */
import type { CompiledForm } from '../../kb/compiled';
import { Trie, WORD_BITS, wordBit, wordBits, type WordBits } from './trie';

const HASH_BITS = 16;

/** FNV-1a over the first `n` characters of `s`, cut to {@link HASH_BITS} bits. */
function wordHash(s: string, n: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < n; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> (32 - HASH_BITS);
}

export class LazyTrie extends Trie {
  /** Per hash, the last form filed under it, plus one (0: none, or added already). */
  private readonly last = new Int32Array(1 << HASH_BITS);
  /** Per form index, the form filed before it under the same hash, plus one. */
  private readonly before: Int32Array;
  private filed = 0;
  /**
   * The {@link wordBit}s of every filed form's first word: nine words in ten of a news text open no
   * form and need no more than this bit.
   */
  private readonly filedWords = new Uint8Array(WORD_BITS >> 3);

  constructor(private readonly forms: readonly CompiledForm[]) {
    super();
    this.before = new Int32Array(forms.length);
  }

  /** Files form `index` (of the forms given to the constructor); it is added when a text needs it. */
  defer(index: number): void {
    const key = this.forms[index]!.key;
    const space = key.indexOf(' ');
    const first = space < 0 ? key.length : space;
    const h = wordHash(key, first);
    const bit = wordBit(key, first);
    this.filedWords[bit >> 3]! |= 1 << (bit & 7);
    this.before[index] = this.last[h]!;
    this.last[h] = index + 1;
    this.filed++;
  }

  override get empty(): boolean {
    return this.filed === 0;
  }

  override prepareWords(norms: readonly string[], bits: WordBits = wordBits(norms)): void {
    for (let w = 0; w < norms.length; w++) {
      const norm = norms[w]!;
      const n = norm.length;
      if (this.mayBeFiled(bits.word[w]!)) this.addFiled(wordHash(norm, n));
      // The genitive base (see match-forms.ts): "Poetins" opens the forms of "poetin".
      const genitive = bits.genitive[w]!;
      if (genitive >= 0 && this.mayBeFiled(genitive)) this.addFiled(wordHash(norm, n - 1));
    }
  }

  /** False when no form filed has a first word with this {@link wordBit}. */
  private mayBeFiled(bit: number): boolean {
    return (this.filedWords[bit >> 3]! & (1 << (bit & 7))) !== 0;
  }

  /** Adds the forms filed under hash `h`, first filed first. */
  private addFiled(h: number): void {
    let k = this.last[h]!;
    if (k === 0) return;
    this.last[h] = 0;
    const chain: number[] = [];
    for (; k !== 0; k = this.before[k - 1]!) chain.push(k - 1);
    for (let c = chain.length - 1; c >= 0; c--) this.add(this.forms[chain[c]!]!.key, chain[c]!);
  }
}
