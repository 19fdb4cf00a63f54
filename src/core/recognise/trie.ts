/**
 * A trie over folded tokens: one walk per text position, whose cost depends on the text and on the
 * longest form, not on how many forms the knowledge base holds.
 *
 * A node is named by its path: the folded tokens from the root joined by single spaces, which is
 * exactly how {@link CompiledForm.key} spells a form. So the whole trie is one map from path to the
 * forms ending there, plus the set of paths that go on. The content script builds it on every page
 * load, before the engine has optimised anything, so building does little more than call `Map`
 * and `Set` (a Map per node, or a hash table written in JavaScript, costs two to three times as
 * much there); walking looks up the text's words, one shared string per distinct word.
 */
import type { CompiledForm } from '../../kb/compiled';

/** Forms ending at a node: form indexes; null for a node that only leads on. */
export type NodeForms = number[] | null;

export class Trie {
  /** Path -> form indexes ending there (null: none). Holds every node. */
  private readonly nodes = new Map<string, NodeForms>();
  /** Paths of nodes with children. */
  private readonly inner = new Set<string>();
  /** Tokens found after the first in some form: the only ones a walk past the root can take. */
  private readonly later = new Set<string>();
  /**
   * One bit per {@link wordBit} of the first token of some form: most words of a text are ruled
   * out as a form's first word by one bit, without hashing the whole word for a map lookup.
   */
  private readonly openings = new Uint8Array(WORD_BITS >> 3);

  /** Adds form `index` with folded key `key` (tokens joined by single spaces). */
  add(key: string, index: number): void {
    const firstSpace = key.indexOf(' ');
    const bit = wordBit(key, firstSpace < 0 ? key.length : firstSpace);
    this.openings[bit >> 3]! |= 1 << (bit & 7);
    // Every proper prefix is a node that leads on.
    for (let space = key.indexOf(' '); space >= 0;) {
      const prefix = key.slice(0, space);
      if (!this.nodes.has(prefix)) this.nodes.set(prefix, null);
      this.inner.add(prefix);
      const next = key.indexOf(' ', space + 1);
      this.later.add(next < 0 ? key.slice(space + 1) : key.slice(space + 1, next));
      space = next;
    }
    const list = this.nodes.get(key);
    if (list) list.push(index);
    else this.nodes.set(key, [index]);
  }

  /**
   * False when no form starts with a word of this {@link wordBit}, so that {@link node} would find
   * nothing at the root for such a word; true when it may.
   */
  mayOpenBit(bit: number): boolean {
    return (this.openings[bit >> 3]! & (1 << (bit & 7))) !== 0;
  }

  /** Whether the trie holds any form. */
  get empty(): boolean {
    return this.nodes.size === 0;
  }

  /** The forms ending at node `path`: undefined when there is no such node, null when none end there. */
  node(path: string): NodeForms | undefined {
    return this.nodes.get(path);
  }

  /** The node one token below `path` (a node that leads on): as {@link node}, without building the path when it cannot exist. */
  child(path: string, token: string): NodeForms | undefined {
    return this.later.has(token) ? this.nodes.get(path + ' ' + token) : undefined;
  }

  /** Whether `token` follows some other token in some form (if not, no walk past the root takes it). */
  follows(token: string): boolean {
    return this.later.has(token);
  }

  /** Whether a walk can go on from node `path`. */
  leadsOn(path: string): boolean {
    return this.inner.has(path);
  }

  /**
   * Called with a text's distinct folded words before it is walked (and, when known, their
   * {@link WordBits}). This trie holds every form already; a `LazyTrie` (`lazy-trie.ts`) adds the
   * forms those words may open here.
   */
  prepareWords(norms: readonly string[], bits?: WordBits): void {
    void norms;
    void bits;
  }
}

export const WORD_BITS = 1 << 16;

/**
 * Per word of a text (by its index in the word table): its {@link wordBit}, and the bit of its
 * genitive base (the word without its final "s", when it is longer than three letters; else -1).
 * Worked out once per text: both matchers of a text and their lazy tries ask for them.
 */
export interface WordBits {
  word: Int32Array;
  genitive: Int32Array;
}

/** The {@link WordBits} of a text's distinct folded words. */
export function wordBits(norms: readonly string[]): WordBits {
  const word = new Int32Array(norms.length);
  const genitive = new Int32Array(norms.length);
  for (let w = 0; w < norms.length; w++) {
    const norm = norms[w]!;
    const n = norm.length;
    word[w] = wordBit(norm, n);
    genitive[w] = n > 3 && norm.charCodeAt(n - 1) === 115 /* s */ ? wordBit(norm, n - 1) : -1;
  }
  return { word, genitive };
}

/**
 * A hash of a word of length n starting `s` by its length and its first three and last
 * characters, below {@link WORD_BITS}: a cheap test before a word's whole hash is taken. (By the
 * first three letters alone, six distinct words in ten of Dutch news shared a form's first word's bit.)
 */
export function wordBit(s: string, n: number): number {
  if (n === 0) return 0;
  const h = s.charCodeAt(0) * 961 + (n > 1 ? s.charCodeAt(1) * 31 : 0) + (n > 2 ? s.charCodeAt(2) : 0);
  return Math.imul((h * 31 + s.charCodeAt(n - 1)) * 31 + n, 0x9e3779b1) >>> 16;
}

/** A trie over the forms `include` accepts. */
export function buildTrie(forms: readonly CompiledForm[], include: (f: CompiledForm) => boolean): Trie {
  const trie = new Trie();
  for (let i = 0; i < forms.length; i++) if (include(forms[i]!)) trie.add(forms[i]!.key, i);
  return trie;
}
