/**
 * Splits text into word tokens with their offsets in the original string.
 *
 * A word is a run of letters, combining marks and digits; soft hyphens and zero-width characters
 * inside a word stay part of it (and vanish when folded). Everything else (spaces, hyphens,
 * apostrophes, quotes, dashes) separates words, so "NAVO-landen" is "NAVO" + "landen" joined by a
 * hyphen and "l'OTAN" is "l" + "OTAN": the matcher sees the joiners through {@link Token.gap}.
 *
 * Speed (this runs over every article on every page): characters are classified through a table,
 * and every distinct word of one text is sliced and folded once. Tokens of the same word share
 * the same `raw` and `norm` strings, so later set and map lookups on them hash each word once.
 */
import { gapFlags } from './gaps';
import { hashKey, shortKey, slotOf, WordTable, wordKey } from './word-table';

export interface Token {
  /** The word as written. */
  raw: string;
  /** Folded form used for lookups. */
  norm: string;
  start: number;
  end: number;
  /** The characters between the previous token and this one ("" for the first token). */
  gap: string;
}

/** Letters, marks and digits outside ASCII: tested once per character code, then looked up in {@link CLASS}. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** Invisible characters that may sit inside a word (soft hyphen, zero-width joiners). */
const INSIDE_CHAR = /[\u00ad\u200b-\u200d\u2060]/;

const UNKNOWN = 0;
const WORD = 1;
const INSIDE = 2;
const OTHER = 3;
/** Class of every UTF-16 code unit: ASCII filled now, the rest when first seen. */
const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) CLASS[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? WORD : OTHER;

function classify(code: number): number {
  const ch = String.fromCharCode(code);
  const k = WORD_CHAR.test(ch) ? WORD : INSIDE_CHAR.test(ch) ? INSIDE : OTHER;
  CLASS[code] = k;
  return k;
}

/**
 * Gaps of one or two characters (by far the most common) are shared strings, not fresh slices, and
 * their flags ({@link gapFlags}) are worked out once: one character below U+0100 by its code, the
 * others by a small integer key (one character c0, or two characters below U+8000).
 */
const ONE_GAP_FLAGS = new Int32Array(256).fill(-1);
const SHORT_GAPS = new Map<number, number>();
const SHORT_STRINGS: string[] = [];
const SHORT_FLAGS: number[] = [];
/** Longer gaps (". \u201c", ".\n\n"): their flags by string, while there are not too many. */
const LONG_FLAGS = new Map<string, number>();
const EMPTY_FLAGS = gapFlags('');

/** The gap text[at, at + length) (length > 0) as a string, and its flags in `gapOut.flags`. */
function gapAt(text: string, at: number, length: number, gapOut: { flags: number }): string {
  const c0 = text.charCodeAt(at);
  if (length === 1 && c0 < 256) {
    const gap = text.charAt(at); // the engine keeps these as single-character strings
    let f = ONE_GAP_FLAGS[c0]!;
    if (f < 0) f = ONE_GAP_FLAGS[c0] = gapFlags(gap);
    gapOut.flags = f;
    return gap;
  }
  const c1 = length === 1 ? -1 : length === 2 ? text.charCodeAt(at + 1) : 0x8000;
  if (c0 >= 0x8000 || c1 >= 0x8000) {
    const gap = text.slice(at, at + length);
    let f = LONG_FLAGS.get(gap);
    if (f === undefined) {
      f = gapFlags(gap);
      if (LONG_FLAGS.size < 4096) LONG_FLAGS.set(gap, f);
    }
    gapOut.flags = f;
    return gap;
  }
  const key = c0 * 0x10000 + c1;
  let slot = SHORT_GAPS.get(key);
  if (slot === undefined) {
    const gap = text.slice(at, at + length);
    const f = gapFlags(gap);
    if (SHORT_GAPS.size >= 4096) {
      gapOut.flags = f;
      return gap;
    }
    slot = SHORT_STRINGS.length;
    SHORT_STRINGS.push(gap);
    SHORT_FLAGS.push(f);
    SHORT_GAPS.set(key, slot);
  }
  gapOut.flags = SHORT_FLAGS[slot]!;
  return SHORT_STRINGS[slot]!;
}

export function tokenize(text: string): Token[] {
  return tokenizeText(text).tokens;
}

/**
 * Tokens, and the distinct words among them, as arrays indexed by token: what the recogniser
 * reads. Token objects ({@link tokens}) are made only when asked for: writing them for every token
 * of every text, each pointing at this text's fresh word strings, was most of the garbage
 * collector's work.
 */
export class TokenizedText {
  private made: Token[] | null = null;
  /** Word indexes by key, for {@link wordOf}: made when first asked. */
  private byKey: Int32Array | null = null;

  constructor(
    /** The text tokenised. */
    readonly text: string,
    /** Per token: the index of its word in {@link norms} and {@link raws}. */
    readonly word: Int32Array,
    /** Folded form of each distinct word, once per spelling ("NAVO" and "Navo" are two words, both "navo"). */
    readonly norms: readonly string[],
    /** Each distinct word as written (`raw` of its tokens). */
    readonly raws: readonly string[],
    /** Per token: the flags of the gap before it (`GAP_*` in `gaps.ts`). */
    readonly gaps: Int32Array,
    /** Per token: 1 when it starts with an ASCII lowercase letter or digit (so it can start no name). */
    readonly lower: Uint8Array,
    /** Per token: its `start` and `end` offsets in the text. */
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    private readonly pool: Token[],
    /** Per word: its key (`wordKey` in `word-table.ts`); worked out from {@link raws} when not given. */
    private readonly keys: Int32Array | null = null,
  ) {}

  /**
   * The index of the word written exactly `raw`, or -1 when the text does not hold it. A question
   * about a few words ("does the text write 'whether' in lowercase?", "where is 'said'?") costs a
   * lookup each, not a pass over every distinct word of the text with a string hashed per word.
   */
  wordOf(raw: string): number {
    const slots = (this.byKey ??= this.keyTable());
    const mask = slots.length - 1;
    for (let s = slotOf(wordKey(raw), mask), e = slots[s]!; e !== 0; s = (s + 1) & mask, e = slots[s]!)
      if (this.raws[e - 1] === raw) return e - 1;
    return -1;
  }

  private keyTable(): Int32Array {
    const { raws } = this;
    let size = 16;
    while (size < raws.length * 2) size *= 2;
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let w = 0; w < raws.length; w++) {
      let s = slotOf(this.keys ? this.keys[w]! : wordKey(raws[w]!), mask);
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = w + 1;
    }
    return slots;
  }

  /** Number of tokens. */
  get length(): number {
    return this.word.length;
  }

  /** The token objects, made on first use (from the buffer's pool when there is one). */
  get tokens(): Token[] {
    if (this.made) return this.made;
    const { text, word, norms, raws, starts, ends, pool } = this;
    const count = word.length;
    let last = 0;
    for (let k = 0; k < count; k++) {
      const start = starts[k]!;
      const end = ends[k]!;
      const gap = start === last ? '' : gapAt(text, last, start - last, gapOut);
      const raw = raws[word[k]!]!;
      const norm = norms[word[k]!]!;
      if (k < pool.length) {
        const t = pool[k]!;
        t.raw = raw;
        t.norm = norm;
        t.start = start;
        t.end = end;
        t.gap = gap;
      } else pool.push({ raw, norm, start, end, gap });
      last = end;
    }
    // The buffer's own array is handed out, cut to this text's tokens; objects cut off are simply
    // allocated again when a longer text comes.
    if (pool.length > count) pool.length = count;
    return (this.made = pool);
  }

  /** The characters between token k - 1 (or the start of the text) and token k. */
  gap(k: number): string {
    const from = k === 0 ? 0 : this.ends[k - 1]!;
    return this.text.slice(from, this.starts[k]!);
  }
}

/**
 * Token objects and per-token arrays kept by one owner between calls and overwritten by the next
 * call: a recogniser that tokenises slice after slice allocates (and the garbage collector moves)
 * little after the first. What a call returns (its arrays, and its tokens when asked for) is valid
 * only until the next call with the same buffer.
 */
export class TokenBuffer {
  tokens: Token[] = [];
  /**
   * The distinct words (`TokenizedText.raws` and `norms`), written over by each call: arrays of
   * more than 16,384 words (a text of about half a megabyte) are large objects to the engine, and
   * making two of them per call cost 2 ms in Node, more than they hold is worth.
   */
  raws: string[] = [];
  norms: string[] = [];
  word = new Int32Array(256);
  gaps = new Int32Array(256);
  lower = new Uint8Array(256);
  starts = new Int32Array(256);
  ends = new Int32Array(256);

  /** Makes room for twice as many tokens, keeping the first `count`. */
  grow(count: number): void {
    const size = Math.max(256, this.word.length * 2);
    const word = new Int32Array(size);
    word.set(this.word.subarray(0, count));
    this.word = word;
    const gaps = new Int32Array(size);
    gaps.set(this.gaps.subarray(0, count));
    this.gaps = gaps;
    const lower = new Uint8Array(size);
    lower.set(this.lower.subarray(0, count));
    this.lower = lower;
    const starts = new Int32Array(size);
    starts.set(this.starts.subarray(0, count));
    this.starts = starts;
    const ends = new Int32Array(size);
    ends.set(this.ends.subarray(0, count));
    this.ends = ends;
  }
}

/** Where {@link gapAt} leaves a gap's flags (one object for all calls: no allocation per token). */
const gapOut = { flags: 0 };

/** Flags of gaps of two ASCII characters (", ", ". "), by `c0 * 128 + c1`; -1 until first seen. */
const TWO_GAP_FLAGS = new Int32Array(128 * 128).fill(-1);
/**
 * Flags of gaps of three or four ASCII characters (" , ", " . " between words and punctuation
 * written apart), by their codes packed into one small integer: no string made for them.
 */
const SHORT_ASCII_FLAGS = new Map<number, number>();

/** The flags of the gap text[at, at + length) (length > 0): for the common short gaps without making its string. */
function gapFlagsAt(text: string, at: number, length: number): number {
  const c0 = text.charCodeAt(at);
  if (length === 1 && c0 < 256) {
    const f = ONE_GAP_FLAGS[c0]!;
    if (f >= 0) return f;
  } else if (length === 2 && c0 < 128) {
    const c1 = text.charCodeAt(at + 1);
    if (c1 < 128) {
      const key = c0 * 128 + c1;
      const f = TWO_GAP_FLAGS[key]!;
      if (f >= 0) return f;
      return (TWO_GAP_FLAGS[key] = gapFlags(text.slice(at, at + 2)));
    }
  } else if (length <= 4) {
    let key = length;
    for (let k = 0; k < length; k++) {
      const c = text.charCodeAt(at + k);
      if (c >= 128) {
        key = -1;
        break;
      }
      key = key * 128 + c;
    }
    if (key >= 0) {
      let f = SHORT_ASCII_FLAGS.get(key);
      if (f === undefined) {
        f = gapFlags(text.slice(at, at + length));
        if (SHORT_ASCII_FLAGS.size < 4096) SHORT_ASCII_FLAGS.set(key, f);
      }
      return f;
    }
  }
  gapAt(text, at, length, gapOut);
  return gapOut.flags;
}

export function tokenizeText(text: string, buffer?: TokenBuffer): TokenizedText {
  const buf = buffer ?? new TokenBuffer();
  let { word, gaps, lower, starts, ends } = buf;
  // Dutch and English news has about one distinct word per 40 characters.
  const words = new WordTable(text.length >> 5, buffer);
  const n = text.length;
  let count = 0;
  let last = 0;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    let k = CLASS[code]!;
    if (k === UNKNOWN) k = classify(code);
    if (k !== WORD) {
      i++;
      continue;
    }
    const start = i;
    let end = i + 1;
    // 0: lowercase ASCII letters and digits, 1: ASCII, 2: other (see WordTable.find).
    let kind = code >= 65 && code <= 90 ? 1 : code < 128 ? 0 : 2;
    // FNV-1a over the word's characters (invisible ones included: they are part of `raw`).
    let h = Math.imul(0x811c9dc5 ^ code, 0x01000193);
    let j = end;
    // Extend over word characters, and over invisible characters followed by more of the word.
    while (j < n) {
      const c = text.charCodeAt(j);
      // Lowercase ASCII letters and digits right after the word so far (most characters of news
      // text): no class lookup, and the word's kind stays what it was.
      if (j === end && ((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
        h = Math.imul(h ^ c, 0x01000193);
        end = ++j;
        continue;
      }
      let kc = CLASS[c]!;
      if (kc === UNKNOWN) kc = classify(c);
      if (kc === WORD) {
        // Invisible characters just passed over are inside the word after all.
        for (let m = end; m < j; m++) h = Math.imul(h ^ text.charCodeAt(m), 0x01000193);
        h = Math.imul(h ^ c, 0x01000193);
        if (c > 127 || j > end)
          kind = 2; // fold() removes the invisible ones
        else if (c <= 90 && c >= 65 && kind === 0) kind = 1;
        end = ++j;
      } else if (kc === INSIDE) j++;
      else break;
    }
    // A word of up to four ASCII characters is its own key: found again without comparing characters.
    const w = words.find(text, start, end, kind < 2 && end - start <= 4 ? shortKey(text, start, end) : hashKey(h), kind);
    const flags = start === last ? EMPTY_FLAGS : gapFlagsAt(text, last, start - last);
    if (count === word.length) {
      buf.grow(count);
      ({ word, gaps, lower, starts, ends } = buf);
    }
    gaps[count] = flags;
    lower[count] = (code >= 97 && code <= 122) || (code >= 48 && code <= 57) ? 1 : 0;
    starts[count] = start;
    ends[count] = end;
    word[count++] = w;
    last = end;
    i = end;
  }
  const keys = words.finish();
  return new TokenizedText(
    text,
    word.subarray(0, count),
    words.norm,
    words.raw,
    gaps.subarray(0, count),
    lower.subarray(0, count),
    starts.subarray(0, count),
    ends.subarray(0, count),
    buf.tokens,
    keys,
  );
}

/**
 * Scratch for {@link formTokens}, which copies what it needs before it returns: a new buffer per
 * call (five typed arrays) cost more than tokenising a short form.
 */
const formBuffer = new TokenBuffer();

/** Folded tokens of a knowledge-base form, as the matcher keys them. */
export function formTokens(form: string): string[] {
  return tokenizeText(form, formBuffer).tokens.map((t) => t.norm);
}
