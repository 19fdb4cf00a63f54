/**
 * Finds knowledge-base forms in tokenised text: longest match first, with what news text does to
 * names: genitive -s (nl/de "Poetins", "Ruslands"), hyphenated compounds ("NAVO-landen": the
 * tokeniser already splits them), elision ("l'OTAN": likewise), closed compounds for declared
 * heads ("Sovjettanks"), and case as evidence (a capitalised form needs a capitalised word).
 */
import type { CompiledForm } from '../../kb/compiled';
import type { Token, TokenizedText } from '../text/tokenize';
import type { Trie } from './trie';

export interface FormMatch {
  /** Token range [first, last] and character range [start, end) in the text. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** Form indexes that matched this span (possibly several entries). */
  forms: number[];
  /** How the span was matched. */
  how: 'exact' | 'genitive' | 'compound-head';
}

/** Characters allowed between the tokens of one multi-word form: spaces and hyphens, nothing else. */
const JOINER = /^[ \t\n\u00a0\u00ad\u2010\u2011-]{1,3}$/u;
/** After an initial, a full stop belongs to the name: "George W. Bush". */
const INITIAL_GAP = /^\.[\s\u00a0]{1,2}$/u;

/** A hyphen joins a compound; spaces (or a line break) join separate words. */
const HYPHEN_GAP = /^[-\u2010\u2011\u00ad]$/u;

/** Single punctuation that joins the words of some forms ("9/11", "AT&T"); only an exact fit counts. */
const LITERAL_GAP = /^[/&+.]$/;
/** Joins written differently in text and form but meaning the same: apostrophes, "2% ". */
const APOSTROPHE_GAP = /^['\u2019]$/;
const PERCENT_GAP = /^%[ \u00a0]$/;

/** How the text joins two words, in the letters of `CompiledForm.joins`. */
function joinCode(gap: string): string {
  if (HYPHEN_GAP.test(gap)) return 'h';
  if (APOSTROPHE_GAP.test(gap)) return 'a';
  if (PERCENT_GAP.test(gap)) return 'p';
  return LITERAL_GAP.test(gap) ? gap : 's';
}

/** The text joins the words the way the form does: hyphen for hyphen, space for space. */
function joinsFit(form: CompiledForm, tokens: Token[], first: number, count: number): boolean {
  for (let k = 1; k < count; k++) {
    if (joinCode(tokens[first + k]!.gap) !== (form.joins?.[k - 1] ?? 's')) return false;
  }
  return true;
}

/** The first character of a word, ignoring the invisible characters a word may hold (soft hyphens). */
function firstVisible(raw: string): string {
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c !== 0xad && !(c >= 0x200b && c <= 0x200d) && c !== 0x2060) return raw.charAt(k);
  }
  return '';
}

function caseFits(form: CompiledForm, tokens: Token[], first: number, count: number): boolean {
  if (form.upper === 0) return true;
  for (let i = 0; i < count && i < 31; i++) {
    if (form.upper & (1 << i)) {
      const ch = firstVisible(tokens[first + i]!.raw);
      if (ch === ch.toLowerCase()) return false;
    }
  }
  if (form.caps) {
    for (let i = 0; i < count && i < 31; i++) {
      if (!(form.caps & (1 << i))) continue;
      const raw = tokens[first + i]!.raw;
      if (raw !== raw.toUpperCase()) return false;
    }
  }
  return true;
}

export interface MatchOptions {
  forms: readonly CompiledForm[];
  trie: Trie;
  /** Per form index: 1 when the form applies here (its language fits); null = every form applies. */
  allowed: Uint8Array | null;
  /** Compound heads (folded) -> form indexes, for closed compounds. */
  heads: Map<string, number[]>;
  /** First three letters -> compound heads starting with them, so most words need one lookup. */
  headPrefixes: Map<string, string[]>;
  /** First two letters of every compound head, as `c0 << 16 | c1`: most words need no lookup at all. */
  headStarts: Set<number>;
  /** Whether a trailing -s may be a genitive (Dutch, German). */
  genitiveS: boolean;
}

/** Forms in `list` whose case and joins fit tokens [first, first + count); null when none (no allocation). */
function fitting(
  list: number[] | null,
  forms: readonly CompiledForm[],
  allowed: Uint8Array | null,
  tokens: Token[],
  first: number,
  count: number,
  namesOnly: boolean,
): number[] | null {
  if (!list) return null;
  let out: number[] | null = null;
  for (const f of list) {
    if (allowed && allowed[f] === 0) continue;
    const form = forms[f]!;
    if (namesOnly && form.upper === 0) continue;
    if (caseFits(form, tokens, first, count) && joinsFit(form, tokens, first, count)) (out ??= []).push(f);
  }
  return out;
}

/** May token j continue a multi-word form started before it? */
function joins(tokens: Token[], j: number): boolean {
  const gap = tokens[j]!.gap;
  if (gap === ' ') return true; // by far the most common case: skip the regular expressions
  // A paragraph break ends every name: "…Jens</p><p>Stoltenberg…" is two mentions at most.
  if (gap.includes('\n\n')) return false;
  return (
    JOINER.test(gap) ||
    LITERAL_GAP.test(gap) ||
    APOSTROPHE_GAP.test(gap) ||
    PERCENT_GAP.test(gap) ||
    (INITIAL_GAP.test(gap) && tokens[j - 1]!.raw.length === 1)
  );
}

/**
 * @param text the tokeniser's word table for `tokens`, when at hand: each distinct word is then
 *             looked up once, not once per occurrence
 */
export function matchForms(tokens: Token[], opts: MatchOptions, text?: TokenizedText): FormMatch[] {
  const out: FormMatch[] = [];
  const { forms, trie, allowed } = opts;
  const walk = !trie.empty;
  const heads = opts.headStarts.size > 0;
  const n = tokens.length;
  // Per distinct word, 2 = not yet known: `starts` 0 = starts no form and is no compound head
  // (skip it), 1 = look closer; `goesOn` 0 = continues no form past its first word, 1 = may.
  const word = text?.word;
  const starts = text ? new Uint8Array(text.norms.length).fill(2) : null;
  const goesOn = text ? new Uint8Array(text.norms.length).fill(2) : null;
  let i = 0;
  while (i < n) {
    if (starts) {
      const w = word![i]!;
      let s = starts[w]!;
      if (s === 2) s = starts[w] = mayStart(tokens[i]!.norm, opts) ? 1 : 0;
      if (s === 0) {
        i++;
        continue;
      }
    }
    let best: FormMatch | null = null;
    // The walk: `path` names the trie node reached so far (tokens i..j-1), "" before the first.
    let path = '';
    for (let j = i; j < n && walk; j++) {
      const tok = tokens[j]!;
      if (j > i && !joins(tokens, j)) break;
      const count = j - i + 1;
      const norm = tok.norm;
      if (j > i && goesOn) {
        // Most walks stop here ("de" starts forms, the next word continues none of them).
        const w = word![j]!;
        let g = goesOn[w]!;
        if (g === 2) g = goesOn[w] = mayContinue(norm, opts) ? 1 : 0;
        if (g === 0) break;
      }
      const exact = j === i ? trie.node(norm) : trie.child(path, norm);
      const exactForms = exact ? fitting(exact, forms, allowed, tokens, i, count, false) : null;
      if (exactForms) best = { first: i, last: j, start: tokens[i]!.start, end: tok.end, forms: exactForms, how: 'exact' };
      else if (opts.genitiveS && norm.length > 3 && norm.charCodeAt(norm.length - 1) === 115 /* s */) {
        // "Poetins", "Bidens": only names (capitalised forms) take a genitive -s.
        const base = norm.slice(0, -1);
        const gen = j === i ? trie.node(base) : trie.child(path, base);
        const genForms = gen ? fitting(gen, forms, allowed, tokens, i, count, true) : null;
        if (genForms) best = { first: i, last: j, start: tokens[i]!.start, end: tok.end, forms: genForms, how: 'genitive' };
      }
      if (exact === undefined) break;
      path = j === i ? norm : path + ' ' + norm;
      if (!trie.leadsOn(path)) break;
    }
    if (best) {
      out.push(best);
      i = best.last + 1;
      continue;
    }
    const head = heads ? matchHead(tokens[i]!, opts) : null;
    if (head) out.push({ first: i, last: i, ...head, how: 'compound-head' });
    i++;
  }
  return out;
}

/** Whether a word could be the second or a later word of a match (or, with -s, of a genitive). */
function mayContinue(norm: string, opts: MatchOptions): boolean {
  const trie = opts.trie;
  if (trie.follows(norm)) return true;
  return opts.genitiveS && norm.length > 3 && norm.charCodeAt(norm.length - 1) === 115 && trie.follows(norm.slice(0, -1));
}

/** Whether a word could start a match at all: a first word of a form (or its genitive), or a compound head. */
function mayStart(norm: string, opts: MatchOptions): boolean {
  const trie = opts.trie;
  if (trie.node(norm) !== undefined) return true;
  if (opts.genitiveS && norm.length > 3 && norm.charCodeAt(norm.length - 1) === 115 && trie.node(norm.slice(0, -1)) !== undefined)
    return true;
  return norm.length >= 4 && opts.headStarts.has((norm.charCodeAt(0) << 16) | norm.charCodeAt(1));
}

/** "Sovjettanks" -> the head "Sovjet" when an entry declares it (and the rest is a real word). */
function matchHead(tok: Token, opts: MatchOptions): { start: number; end: number; forms: number[] } | null {
  const norm = tok.norm;
  // A head leaves at least three letters behind, so words under four letters never qualify.
  if (norm.length < 4 || !opts.headStarts.has((norm.charCodeAt(0) << 16) | norm.charCodeAt(1))) return null;
  const candidates = opts.headPrefixes.get(norm.slice(0, 3));
  if (!candidates) return null;
  for (const head of candidates) {
    // Folding may change length (ß -> ss); only map back when it did not.
    if (tok.norm.length < head.length + 3 || !tok.norm.startsWith(head) || tok.norm.length !== tok.raw.length) continue;
    const fits = opts.heads
      .get(head)!
      .filter((f) => opts.forms[f]!.upper === 0 || tok.raw.charAt(0) !== tok.raw.charAt(0).toLowerCase());
    if (fits.length) return { start: tok.start, end: tok.start + head.length, forms: fits };
  }
  return null;
}
