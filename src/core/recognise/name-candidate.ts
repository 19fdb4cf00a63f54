/**
 * Scanning for the name finder: the longest run of tokens from a given token on that may be a
 * person's name (initials, particles, up to four capitalised words, a regnal number), before any
 * judgement on whether it is one (`name-finder.ts` judges).
 *
 * Speed: this runs at every capitalised token of every article. One {@link Candidate} is reused
 * for every run (typed arrays and a parts array overwritten in place), word questions go through
 * {@link NameWords} (answered once per distinct word) and gap questions through the tokeniser's
 * gap flags, so a run that turns out to be nothing allocates nothing.
 */
import { GAP_AFTER_INITIAL, GAP_APOSTROPHE, GAP_DOT, GAP_HYPHEN, GAP_SPACE } from '../text/gaps';
import { nicknameEnd } from './nickname';
import {
  AFTER_APOSTROPHE,
  CAP_PARTICLE,
  GIVEN,
  INITIAL,
  LOWER_START,
  NAME_LIKE,
  type NameWords,
  normIs,
  PARTICLE,
  REGNAL,
  SYLLABLE,
  UPPER_START,
} from './name-words';

/** Articles of Arabic names, written joined to the next word by a hyphen ("al-Abadi", "el-Sisi"). */
export const ARABIC_ARTICLES = new Set(['al', 'el']);

/** Capitalised words of a name, particles and initials not counted. */
export const MAX_WORDS = 4;

/** Numbers kept per saved candidate: i, j, count, initials, particle flags, partCount, first part, first string, then k, e, id per word. */
const STRIDE = 8 + 3 * MAX_WORDS;

/**
 * Candidates grown once and read again: what grows from a token does not depend on what the name
 * finder has learnt, so its second pass loads the first pass's runs instead of growing them again.
 */
export class CandidateStore {
  ints = new Int32Array(STRIDE * 256);
  /** The parts of every candidate, as word-table indexes (-1: the next of {@link strings}). */
  parts = new Int32Array(1024);
  partUsed = 0;
  /** Words and parts of several tokens ("O'Brien"), in the order saved. */
  readonly strings: string[] = [];
  count = 0;
  private static shared: CandidateStore | null = null;

  /**
   * An empty store, the same for every call of the name finder (it is synchronous and never
   * re-entered): a store of its own per call grew its arrays by doubling from scratch on every
   * long text, about 2% of recognising 1 MB of news.
   */
  static emptied(): CandidateStore {
    const store = (CandidateStore.shared ??= new CandidateStore());
    store.count = 0;
    store.partUsed = 0;
    store.strings.length = 0;
    return store;
  }
}

function doubled(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Dotted abbreviations that are not a person's initials ("U.S. Capitol Police", "P.O. Box"). */
const NOT_INITIALS = new Set(['us', 'uk', 'po', 'un', 'eu', 'dc', 'nv', 'bv', 'vs', 'ps', 'tv', 'pc']);

/** The text the name finder works on: tokens with their word indexes and gap flags, and what the knowledge base took. */
export interface NameText {
  text: string;
  /** Per token: its offsets in the text. */
  starts: Int32Array;
  ends: Int32Array;
  /** Per token: its index in the tokeniser's word table. */
  word: Int32Array;
  /** Per token: the flags of the gap before it (`gaps.ts`). */
  gaps: Int32Array;
  /** Per token: 1 when it starts with a lowercase ASCII letter or a digit. */
  lower: Uint8Array;
  norms: readonly string[];
  /** Per token: 1 when a knowledge-base mention covers it. */
  covered: Uint8Array;
  words: NameWords;
}

/**
 * A run of tokens that may be a name. A word of the name is a token, or tokens joined by an
 * apostrophe ("O'Brien", "D'Alema"): word `x` spans tokens `k[x]..e[x]`.
 */
export class Candidate {
  /** First and last token of the span. */
  i = 0;
  j = 0;
  /** Number of capitalised words (no particles, no initials). */
  count = 0;
  readonly k = new Int32Array(MAX_WORDS);
  readonly e = new Int32Array(MAX_WORDS);
  /** Per word: its folded form (tokens joined by an apostrophe are folded and run together). */
  readonly norm: string[] = new Array<string>(MAX_WORDS).fill('');
  /** Per word: its index in the word table, or -1 for a word of several tokens. */
  readonly id = new Int32Array(MAX_WORDS);
  /** Leading initials ("J." in "J. Janssens"). */
  initials = 0;
  /** Starts with a capitalised particle ("De Paepe", "Van der Veken"). */
  leadParticle = false;
  /** Has particles after the first word ("Ursula von der Leyen"). */
  particles = false;
  /** Folded words and particles of the span, initials and regnal numbers left out: the first `partCount`. */
  readonly parts: string[] = [];
  /** Per part: its index in the word table, or -1 for a word of several tokens. */
  private partIds = new Int32Array(8);
  partCount = 0;

  private addPart(norm: string, id: number): void {
    if (this.partCount === this.partIds.length) this.partIds = doubled(this.partIds);
    this.partIds[this.partCount] = id;
    this.parts[this.partCount++] = norm;
  }

  /** Whether word x answers a question about folded words (`name-words.ts`) with yes. */
  wordIs(t: NameText, x: number, question: number): boolean {
    const id = this.id[x]!;
    return id >= 0 ? t.words.is(id, question) : normIs(t.words.lex, this.norm[x]!, question);
  }

  /** How many of the first `count` words are joined to the word before by a hyphen ("Marie-Agnes Strack-Zimmermann": two). */
  hyphenJoined(t: NameText, count: number): number {
    let n = 0;
    for (let w = 1; w < count; w++) if ((t.gaps[this.k[w]!]! & GAP_HYPHEN) !== 0) n++;
    return n;
  }

  /**
   * Fills this with the longest name-like run starting at token i; false when there is none. The
   * name finder's scan does not ask at tokens that start lowercase or with a digit (`t.lower`): no
   * name starts there, and this would say so only after its word questions.
   */
  grow(t: NameText, i: number): boolean {
    const { word, gaps, covered, words } = t;
    // "Jr", "IV": the end of a name, never its start ("Martin Luther King Jr." gives no "Jr").
    if (words.is(word[i]!, REGNAL)) return false;
    // Not from the middle of a hyphened name ("Lee" of "Sui-Lee Wee", "Exupéry" of "Saint-Exupéry").
    if (i > 0 && (gaps[i]! & GAP_HYPHEN) !== 0 && covered[i - 1] === 0 && words.is(word[i - 1]!, UPPER_START)) return false;
    const n = word.length;
    this.partCount = 0;
    this.count = 0;
    let k = i;
    let initials = 0;
    // "J. Janssens", "J.P. Morgan", "H. Van der Veken"
    while (k + 1 < n && words.is(word[k]!, INITIAL) && (gaps[k + 1]! & GAP_AFTER_INITIAL) !== 0 && covered[k] === 0) {
      initials++;
      k++;
    }
    if (initials > 0) {
      // Not from the middle of "U.S." or "J.P.".
      if (i > 0 && (gaps[i]! & GAP_DOT) !== 0 && words.is(word[i - 1]!, INITIAL)) return false;
      let letters = '';
      for (let x = i; x < k; x++) letters += t.norms[word[x]!]!;
      // Not after another abbreviation: "z. B. Arztbriefe", "d. h. Meier".
      if (
        NOT_INITIALS.has(letters) ||
        (i > 0 &&
          t.ends[i - 1]! - t.starts[i - 1]! === 1 &&
          words.is(word[i - 1]!, LOWER_START) &&
          (gaps[i]! & GAP_AFTER_INITIAL) !== 0)
      )
        return false;
    }
    // Capitalised particles opening a surname ("De Paepe", "Di Rupo"), or any after initials.
    const particleStart = k;
    while (
      k + 1 < n &&
      covered[k] === 0 &&
      words.is(word[k]!, initials > 0 || k > particleStart ? PARTICLE : CAP_PARTICLE) &&
      (gaps[k + 1]! & GAP_SPACE) !== 0
    )
      this.addPart(t.norms[word[k]!]!, word[k++]!);
    const leadParticle = k > particleStart;
    if (k > i && (gaps[k]! & (GAP_SPACE | GAP_AFTER_INITIAL)) === 0) return false;
    if (!this.wordAt(t, k)) return false;
    this.addPart(this.norm[0]!, this.id[0]!);
    let j = this.e[0]!;
    let particles = false;
    while (this.count < MAX_WORDS) {
      const next = j + 1;
      // "Ursula von der Leyen", "Dries Van den Broeck": particles only right after a given name, or
      // two ("Fritz Eckart von Weizsäcker"); after a surname "van" means "of": "Vucic van Servië".
      if (
        (this.count === 1 || (this.count === 2 && this.wordIs(t, 1, GIVEN))) &&
        initials === 0 &&
        !leadParticle &&
        this.wordIs(t, 0, GIVEN)
      ) {
        let p = next;
        while (p < n && words.is(word[p]!, PARTICLE) && (gaps[p]! & GAP_SPACE) !== 0 && covered[p] === 0) p++;
        if (p > next && p < n && (gaps[p]! & GAP_SPACE) !== 0 && this.wordAt(t, p)) {
          const x = this.count - 1;
          const norm = this.norm[x]!;
          for (let q = next; q < p; q++) this.addPart(t.norms[word[q]!]!, word[q]!);
          this.addPart(norm, this.id[x]!);
          j = this.e[x]!;
          particles = true;
          continue;
        }
      }
      // An Arabic article joined by a hyphen: "Saad al-Hadithi", "Mohammed el-Baradei".
      if (
        next + 1 < n &&
        covered[next] === 0 &&
        covered[next + 1] === 0 &&
        // The gaps first: a set lookup hashes the word, and few words are followed by a hyphened one.
        (gaps[next + 1]! & GAP_HYPHEN) !== 0 &&
        (gaps[next]! & GAP_SPACE) !== 0 &&
        ARABIC_ARTICLES.has(t.norms[word[next]!]!) &&
        this.wordAt(t, next + 1)
      ) {
        const x = this.count - 1;
        const norm = this.norm[x]!;
        this.addPart(t.norms[word[next]!]!, word[next]!);
        this.addPart(norm, this.id[x]!);
        j = this.e[x]!;
        particles = true;
        continue;
      }
      // A middle initial: "John F. Kennedy", "George W. Bush".
      if (
        initials === 0 &&
        next + 1 < n &&
        words.is(word[next]!, INITIAL) &&
        covered[next] === 0 &&
        (gaps[next]! & GAP_SPACE) !== 0 &&
        (gaps[next + 1]! & GAP_AFTER_INITIAL) !== 0 &&
        this.wordAt(t, next + 1)
      ) {
        this.addPart(this.norm[this.count - 1]!, this.id[this.count - 1]!);
        j = this.e[this.count - 1]!;
        continue;
      }
      // A nickname in quotes after the given name: "John “J.D.” Dorrian", "Richard 'Tex' Coe".
      if (this.count === 1 && initials === 0 && !leadParticle) {
        const after = nicknameEnd(t, j);
        if (after >= 0 && this.wordAt(t, after)) {
          this.addPart(this.norm[1]!, this.id[1]!);
          j = this.e[1]!;
          continue;
        }
      }
      // A regnal number or "Jr" is no word of the name (it is taken after the loop): the surname is
      // the word before it ("Downey" of "Robert Downey Jr.").
      if (!(next < n && (gaps[next]! & (GAP_SPACE | GAP_HYPHEN)) !== 0 && !words.is(word[next]!, REGNAL) && this.wordAt(t, next)))
        break;
      this.addPart(this.norm[this.count - 1]!, this.id[this.count - 1]!);
      j = this.e[this.count - 1]!;
    }
    // "koning Albert II"
    if (j + 1 < n && (gaps[j + 1]! & GAP_SPACE) !== 0 && words.is(word[j + 1]!, REGNAL) && covered[j + 1] === 0) j++;
    this.i = i;
    this.j = j;
    this.initials = initials;
    this.leadParticle = leadParticle;
    this.particles = particles;
    return true;
  }

  /**
   * Keeps this candidate (as {@link grow} left it) in `store`; the index to {@link load} it by.
   * Words and parts are kept as word-table indexes: only those of several tokens keep a string.
   */
  save(store: CandidateStore): number {
    const at = store.count++;
    const base = at * STRIDE;
    if (base + STRIDE > store.ints.length) store.ints = doubled(store.ints);
    while (store.partUsed + this.partCount > store.parts.length) store.parts = doubled(store.parts);
    const ints = store.ints;
    ints[base] = this.i;
    ints[base + 1] = this.j;
    ints[base + 2] = this.count;
    ints[base + 3] = this.initials;
    ints[base + 4] = (this.leadParticle ? 1 : 0) | (this.particles ? 2 : 0);
    ints[base + 5] = this.partCount;
    ints[base + 6] = store.partUsed;
    ints[base + 7] = store.strings.length;
    for (let x = 0; x < this.count; x++) {
      ints[base + 8 + x] = this.k[x]!;
      ints[base + 8 + MAX_WORDS + x] = this.e[x]!;
      ints[base + 8 + 2 * MAX_WORDS + x] = this.id[x]!;
      if (this.id[x]! < 0) store.strings.push(this.norm[x]!);
    }
    for (let p = 0; p < this.partCount; p++) {
      store.parts[store.partUsed++] = this.partIds[p]!;
      if (this.partIds[p]! < 0) store.strings.push(this.parts[p]!);
    }
    return at;
  }

  /** Makes this the candidate saved at `at` from text `t`, exactly as {@link grow} left it. */
  load(t: NameText, store: CandidateStore, at: number): void {
    const ints = store.ints;
    const base = at * STRIDE;
    const norms = t.norms;
    this.i = ints[base]!;
    this.j = ints[base + 1]!;
    this.count = ints[base + 2]!;
    this.initials = ints[base + 3]!;
    this.leadParticle = (ints[base + 4]! & 1) !== 0;
    this.particles = (ints[base + 4]! & 2) !== 0;
    this.partCount = ints[base + 5]!;
    let part = ints[base + 6]!;
    let str = ints[base + 7]!;
    for (let x = 0; x < this.count; x++) {
      this.k[x] = ints[base + 8 + x]!;
      this.e[x] = ints[base + 8 + MAX_WORDS + x]!;
      const id = (this.id[x] = ints[base + 8 + 2 * MAX_WORDS + x]!);
      this.norm[x] = id >= 0 ? norms[id]! : store.strings[str++]!;
    }
    if (this.partCount > this.partIds.length) this.partIds = new Int32Array(this.partCount * 2);
    for (let p = 0; p < this.partCount; p++) {
      const id = (this.partIds[p] = store.parts[part++]!);
      this.parts[p] = id >= 0 ? norms[id]! : store.strings[str++]!;
    }
  }

  /** Whether the token after e continues its word after an apostrophe ("O'|Brien", "D'|Alema"; not "Obama'|s"). */
  private joinedAfter(t: NameText, e: number): boolean {
    return (
      e + 1 < t.word.length &&
      (t.gaps[e + 1]! & GAP_APOSTROPHE) !== 0 &&
      t.words.is(t.word[e + 1]!, AFTER_APOSTROPHE) &&
      t.covered[e + 1] === 0
    );
  }

  /** Whether token k and the next are the two syllables of a hyphened given name ("Jae-in", not "Biden-era"). */
  private syllableAfter(t: NameText, k: number): boolean {
    const { word, gaps, words } = t;
    return (
      k + 1 < word.length &&
      (gaps[k + 1]! & GAP_HYPHEN) !== 0 &&
      t.covered[k + 1] === 0 &&
      words.is(word[k + 1]!, LOWER_START) &&
      words.is(word[k + 1]!, SYLLABLE) &&
      words.is(word[k]!, SYLLABLE)
    );
  }

  /** Adds the name word starting at token k as the next word; false (and nothing added) when there is none. */
  private wordAt(t: NameText, k: number): boolean {
    const { word, covered, words } = t;
    if (k >= word.length || covered[k] !== 0) return false;
    let e = k;
    if (words.is(word[k]!, NAME_LIKE)) {
      while (this.joinedAfter(t, e)) e++;
      // "Jae-in", "Geun-hye", "Ing-wen": a given name of two syllables, the second in lowercase.
      if (e === k && this.syllableAfter(t, k)) e = k + 1;
    }
    // "O'Brien", "N'Dour", "D'Alema"
    else if (words.is(word[k]!, INITIAL) && this.joinedAfter(t, k) && words.is(word[k + 1]!, UPPER_START)) e = k + 1;
    else return false;
    const x = this.count++;
    this.k[x] = k;
    this.e[x] = e;
    if (e === k) {
      this.id[x] = word[k]!;
      this.norm[x] = t.norms[word[k]!]!;
    } else {
      let norm = '';
      for (let q = k; q <= e; q++) norm += t.norms[word[q]!]!;
      this.id[x] = -1;
      this.norm[x] = norm;
    }
    return true;
  }
}
