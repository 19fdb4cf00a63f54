/**
 * Finds knowledge-base forms in tokenised text: longest match first, with what news text does to
 * names: genitive -s (nl/de "Poetins", "Ruslands"), hyphenated compounds ("NAVO-landen": the
 * tokeniser already splits them), elision ("l'OTAN": likewise), closed compounds for declared
 * heads ("Sovjettanks"), and case as evidence (a capitalised form needs a capitalised word).
 */
import { ALL_CAPS_BIT, MIXED_CAPS, MIXED_CAPS_BIT, type CompiledForm } from '../../kb/compiled';
import { GAP_INITIAL, GAP_JOINS, GAP_LITERAL, GAP_ONE_SPACE, GAP_PARAGRAPH, gapFlags, joinCode } from '../text/gaps';
import { TokenizedText, type Token } from '../text/tokenize';
import { wordBits, type NodeForms, type Trie, type WordBits } from './trie';

/** The {@link WordBits} of each tokenised text, shared by its two matchers (names, role nouns). */
const BITS = new WeakMap<TokenizedText, WordBits>();

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

/** The text joins the words the way the form does: hyphen for hyphen, space for space. */
function joinsFit(form: CompiledForm, t: TokenizedText, first: number, count: number): boolean {
  for (let k = 1; k < count; k++) {
    const flags = t.gaps[first + k]!;
    // Only a literal join ("9/11") needs the gap's text.
    if (joinCode(flags, flags & GAP_LITERAL ? t.gap(first + k) : '') !== (form.joins?.[k - 1] ?? 's')) return false;
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

function caseFits(form: CompiledForm, t: TokenizedText, first: number, count: number): boolean {
  if (form.upper === 0) return true;
  for (let i = 0; i < count && i < 31; i++) {
    if (form.upper & (1 << i)) {
      const ch = firstVisible(t.raws[t.word[first + i]!]!);
      if (ch === ch.toLowerCase()) return false;
    }
  }
  if (form.caps) {
    if (form.caps & (1 << MIXED_CAPS_BIT) && !MIXED_CAPS.test(t.raws[t.word[first]!]!)) return false;
    if (form.caps & (1 << ALL_CAPS_BIT) && MIXED_CAPS.test(t.raws[t.word[first]!]!)) return false;
    for (let i = 0; i < count && i < MIXED_CAPS_BIT; i++) {
      if (!(form.caps & (1 << i))) continue;
      const raw = t.raws[t.word[first + i]!]!;
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
  t: TokenizedText,
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
    if (caseFits(form, t, first, count) && joinsFit(form, t, first, count)) (out ??= []).push(f);
  }
  return out;
}

/** May token j continue a multi-word form started before it? (Its gap's flags, from the tokeniser.) */
function joins(t: TokenizedText, j: number): boolean {
  const g = t.gaps[j]!;
  if (g & GAP_ONE_SPACE) return true; // by far the most common case
  // A paragraph break ends every name: "…Jens</p><p>Stoltenberg…" is two mentions at most.
  if (g & GAP_PARAGRAPH) return false;
  return (g & GAP_JOINS) !== 0 || ((g & GAP_INITIAL) !== 0 && t.ends[j - 1]! - t.starts[j - 1]! === 1);
}

/** Tokens as the tokeniser would give them for this text, for callers that only have token objects. */
function fromTokens(tokens: Token[]): TokenizedText {
  const n = tokens.length;
  const norms: string[] = [];
  const raws: string[] = [];
  const word = new Int32Array(n);
  const gaps = new Int32Array(n);
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  let text = '';
  for (let k = 0; k < n; k++) {
    const t = tokens[k]!;
    word[k] = k;
    norms.push(t.norm);
    raws.push(t.raw);
    gaps[k] = gapFlags(t.gap);
    text += t.gap;
    starts[k] = t.start;
    text += t.raw;
    ends[k] = t.end;
  }
  return new TokenizedText(text, word, norms, raws, gaps, new Uint8Array(n), starts, ends, []);
}

/**
 * @param tokens the tokeniser's output (each distinct word is then looked up once, not once per
 *               occurrence), or token objects; `text`, when given, is the tokeniser's output for them
 */
export function matchForms(tokens: TokenizedText | Token[], opts: MatchOptions, text?: TokenizedText): FormMatch[] {
  const t = text ?? (Array.isArray(tokens) ? fromTokens(tokens) : tokens);
  const out: FormMatch[] = [];
  const { forms, trie, allowed } = opts;
  let bits = BITS.get(t);
  if (!bits) BITS.set(t, (bits = wordBits(t.norms)));
  trie.prepareWords(t.norms, bits);
  const walk = !trie.empty;
  const heads = opts.headStarts.size > 0;
  const { word, norms, starts, ends } = t;
  const n = word.length;
  // Per distinct word, 2 = not yet known: `starts` 0 = starts no form and is no compound head
  // (skip it), 1 = look closer; `goesOn` 0 = continues no form past its first word, 1 = may.
  const mayStartAt = new Uint8Array(norms.length).fill(2);
  const goesOn = new Uint8Array(norms.length).fill(2);
  // Per distinct word, as an index into a short list (most words have neither, and a typed array
  // costs less than an array of that many slots): `nodeOf` its trie node from the root (0 = none),
  // `headAt` its compound head match (0 = not looked for yet, 1 = none).
  const nodeOf = new Int32Array(norms.length);
  const nodes: NodeForms[] = [null];
  const headAt = new Int32Array(heads ? norms.length : 0);
  const headList: HeadMatch[] = [];
  let i = 0;
  while (i < n) {
    const w = word[i]!;
    let s = mayStartAt[w]!;
    if (s === 2) {
      const norm = norms[w]!;
      // A word no form opens with (most words, by the trie's bits of first words) needs no lookup.
      const node = trie.mayOpenBit(bits.word[w]!) ? trie.node(norm) : undefined;
      if (node !== undefined) nodeOf[w] = nodes.push(node) - 1;
      s = mayStartAt[w] = mayStart(norm, node, bits.genitive[w]!, opts) ? 1 : 0;
    }
    if (s === 0) {
      i++;
      continue;
    }
    let best: FormMatch | null = null;
    // The walk: `path` names the trie node reached so far (tokens i..j-1), "" before the first.
    let path = '';
    for (let j = i; j < n && walk; j++) {
      const norm = norms[word[j]!]!;
      if (j > i && !joins(t, j)) break;
      const count = j - i + 1;
      if (j > i) {
        // Most walks stop here ("de" starts forms, the next word continues none of them).
        const wj = word[j]!;
        let g = goesOn[wj]!;
        if (g === 2) g = goesOn[wj] = mayContinue(norm, opts) ? 1 : 0;
        if (g === 0) break;
      }
      const exact = j === i ? (nodeOf[w] === 0 ? undefined : nodes[nodeOf[w]!]) : trie.child(path, norm);
      const exactForms = exact ? fitting(exact, forms, allowed, t, i, count, false) : null;
      if (exactForms) best = { first: i, last: j, start: starts[i]!, end: ends[j]!, forms: exactForms, how: 'exact' };
      else if (opts.genitiveS && norm.length > 3 && norm.charCodeAt(norm.length - 1) === 115 /* s */) {
        // "Poetins", "Bidens": only names (capitalised forms) take a genitive -s.
        const base = norm.slice(0, -1);
        const gen = j === i ? trie.node(base) : trie.child(path, base);
        const genForms = gen ? fitting(gen, forms, allowed, t, i, count, true) : null;
        if (genForms) best = { first: i, last: j, start: starts[i]!, end: ends[j]!, forms: genForms, how: 'genitive' };
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
    if (heads) {
      let at = headAt[w]!;
      if (at === 0) {
        const found = matchHead(norms[w]!, t.raws[w]!, opts);
        at = headAt[w] = found ? headList.push(found) + 1 : 1;
      }
      const head = at > 1 ? headList[at - 2]! : null;
      if (head)
        out.push({
          first: i,
          last: i,
          start: starts[i]!,
          end: starts[i]! + head.length,
          forms: head.forms.slice(),
          how: 'compound-head',
        });
    }
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

/**
 * Whether a word could start a match at all (`node`: its trie node from the root; `genitive`: the
 * `wordBit` of its genitive base, -1 for none): a first word of a form (or its genitive), or a compound head.
 */
function mayStart(norm: string, node: NodeForms | undefined, genitive: number, opts: MatchOptions): boolean {
  const trie = opts.trie;
  if (node !== undefined) return true;
  if (opts.genitiveS && genitive >= 0 && trie.mayOpenBit(genitive) && trie.node(norm.slice(0, -1)) !== undefined) return true;
  return norm.length >= 4 && opts.headStarts.has((norm.charCodeAt(0) << 16) | norm.charCodeAt(1));
}

/** A compound head found at the start of a word: its length, and the forms that fit. */
interface HeadMatch {
  length: number;
  forms: number[];
}

/** "Sovjettanks" -> the head "Sovjet" when an entry declares it (and the rest is a real word). */
function matchHead(norm: string, raw: string, opts: MatchOptions): HeadMatch | null {
  // A head leaves at least three letters behind, so words under four letters never qualify.
  if (norm.length < 4 || !opts.headStarts.has((norm.charCodeAt(0) << 16) | norm.charCodeAt(1))) return null;
  const candidates = opts.headPrefixes.get(norm.slice(0, 3));
  if (!candidates) return null;
  for (const head of candidates) {
    // Folding may change length (ß -> ss); only map back when it did not.
    if (norm.length < head.length + 3 || !norm.startsWith(head) || norm.length !== raw.length) continue;
    const fits = opts.heads.get(head)!.filter((f) => opts.forms[f]!.upper === 0 || raw.charAt(0) !== raw.charAt(0).toLowerCase());
    if (fits.length) return { length: head.length, forms: fits };
  }
  return null;
}
