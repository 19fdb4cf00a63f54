/**
 * The word table of the tokeniser (`tokenize.ts`): each distinct word of a text once, as written
 * and folded, found by its characters in the text without slicing them.
 */
import { fold } from './fold';

/**
 * Set in the key of a word of at most four ASCII characters, which are the rest of the key (seven
 * bits each); the key of any other word is a 30-bit hash of its characters, so never has it.
 */
export const SHORT_KEY = 1 << 30;

/** The key of a word whose FNV-1a hash over its characters is `h`: 30 bits, so never {@link SHORT_KEY}. */
export function hashKey(h: number): number {
  return h & 0x3fffffff;
}

/**
 * The key the tokeniser (`tokenize.ts`) gives a word written `raw`: its characters packed when they are at
 * most four and ASCII ({@link shortKey}), else the FNV-1a hash of all of them (invisible ones
 * included) cut to 30 bits. The tokeniser works it out as it reads the word; this is for a word
 * asked about afterwards (`TokenizedText.wordOf`).
 */
export function wordKey(raw: string): number {
  let ascii = true;
  let h = 0x811c9dc5;
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c > 127) ascii = false;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return ascii && raw.length <= 4 ? shortKey(raw, 0, raw.length) : hashKey(h);
}

/** The characters of text[start, end) (ASCII, at most four) packed into one integer, marked by bit 30 (see `WordTable.find`). */
export function shortKey(text: string, start: number, end: number): number {
  let key = 0;
  for (let k = start; k < end; k++) key = key * 128 + text.charCodeAt(k);
  return key | SHORT_KEY;
}

/** Slots of the smallest table (a power of two). */
const MIN_SLOTS = 1024;

/** The first slot to probe for key `h` in a table of `mask + 1` slots (short keys' low bits are their last letters: mixed). */
export function slotOf(h: number, mask: number): number {
  const x = Math.imul(h, 0x9e3779b1);
  return (x ^ (x >>> 15)) & mask;
}

/**
 * The distinct words of one text: an open-addressing hash table over the text's characters, so a
 * word seen before costs no slice and no fold. A candidate is compared with the word's first
 * occurrence in the same text (no copy of its characters). The table's arrays are scratch space
 * shared by every call (`tokenizeText` is synchronous and never re-entered), cleared per text:
 * only `raw` and `norm`, which the tokenised text keeps, are new per text (unless the caller's
 * token buffer holds them).
 */
export class WordTable {
  /**
   * Each word as written and folded, in order of first use. Made at the expected size (and cut to
   * the words found by {@link finish}): grown by push from empty, their copies were a fifth of what
   * recognising 1 MB allocated (1.6 of 7.9 MB, heap sampling). Or the arrays of the caller's
   * {@link TokenBuffer}, written over from the start.
   */
  readonly raw: string[];
  readonly norm: string[];
  /** Number of words so far. */
  private count = 0;
  private static slots = new Int32Array(MIN_SLOTS);
  /** Per word: hash, length, and offset of its first occurrence in the text. */
  private static hashes = new Int32Array(512);
  private static lengths = new Int32Array(512);
  private static offsets = new Int32Array(512);
  private slots: Int32Array<ArrayBuffer>;
  private hashes: Int32Array<ArrayBuffer>;
  private lengths: Int32Array<ArrayBuffer>;
  private offsets: Int32Array<ArrayBuffer>;

  /**
   * `expected`: a guess at the number of distinct words, to size the table once. `into`: arrays to
   * write the words into instead of new ones (what they held is written over, then cut).
   */
  constructor(expected: number, into?: { raws: string[]; norms: string[] }) {
    let size = MIN_SLOTS;
    while (size < expected * 2) size *= 2;
    this.slots = WordTable.cleared(size);
    this.hashes = WordTable.hashes;
    this.lengths = WordTable.lengths;
    this.offsets = WordTable.offsets;
    this.raw = into ? into.raws : new Array<string>(expected);
    this.norm = into ? into.norms : new Array<string>(expected);
  }

  /**
   * Cuts {@link raw} and {@link norm} to the words found, once the text is done; returns the key of
   * each word (a copy: the table's arrays serve the next text).
   */
  finish(): Int32Array {
    this.raw.length = this.norm.length = this.count;
    return this.hashes.slice(0, this.count);
  }

  /**
   * The index of the word text[start, end) with key `h`, added when new: its {@link SHORT_KEY}
   * (equal keys, equal words), or a hash (equal keys, then the characters compared). `kind`: 0 =
   * lowercase ASCII letters and digits only (its own folded form), 1 = ASCII, 2 = anything else.
   */
  find(text: string, start: number, end: number, h: number, kind: number): number {
    const length = end - start;
    let mask = this.slots.length - 1;
    let s = slotOf(h, mask);
    for (let e = this.slots[s]!; e !== 0; e = this.slots[s]!) {
      const w = e - 1;
      if (this.hashes[w] === h && this.lengths[w] === length && (h >= SHORT_KEY || same(text, this.offsets[w]!, start, length)))
        return w;
      s = (s + 1) & mask;
    }
    const w = this.count++;
    const raw = text.slice(start, end);
    this.raw[w] = raw;
    this.norm[w] = kind === 0 ? raw : kind === 1 ? raw.toLowerCase() : fold(raw);
    if (w === this.hashes.length) {
      this.hashes = WordTable.hashes = grown(this.hashes, w);
      this.lengths = WordTable.lengths = grown(this.lengths, w);
      this.offsets = WordTable.offsets = grown(this.offsets, w);
    }
    this.hashes[w] = h;
    this.lengths[w] = length;
    this.offsets[w] = start;
    if (this.count * 2 > this.slots.length) {
      this.grow();
      mask = this.slots.length - 1;
      for (s = slotOf(h, mask); this.slots[s] !== 0; s = (s + 1) & mask);
    }
    this.slots[s] = w + 1;
    return w;
  }

  /**
   * `size` empty slots: the start of the shared array, which grows to what the largest text needed
   * but is cleared only as far as this text uses it. Clearing all of it made every later call pay
   * for the largest text: after one long article, each of the hundreds of one-word calls of a page
   * (a mention's name, a form) cleared half a megabyte.
   */
  private static cleared(size: number): Int32Array<ArrayBuffer> {
    if (WordTable.slots.length < size) return (WordTable.slots = new Int32Array(size));
    const slots = size === WordTable.slots.length ? WordTable.slots : WordTable.slots.subarray(0, size);
    return slots.fill(0);
  }

  private grow(): void {
    // The larger table may overlap the current one (both start the shared array): every word is
    // placed again from its hash, not copied from the old slots.
    const slots = (this.slots = WordTable.cleared(this.slots.length * 2));
    const mask = slots.length - 1;
    for (let w = 0; w < this.count - 1; w++) {
      let s = slotOf(this.hashes[w]!, mask);
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = w + 1;
    }
  }
}

/** Whether text[a, a + length) and text[b, b + length) hold the same characters. */
function same(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}

function grown(a: Int32Array<ArrayBuffer>, used: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a.subarray(0, used));
  return b;
}
