/**
 * Finding the live element whose text best matches a reference text (JSON-LD `articleBody`, or
 * the text Readability extracted from a clone), in one bottom-up pass over the document.
 *
 * Every text node's words are counted once: how many there are, and how many of them occur in
 * the reference's vocabulary. Summed up the tree, that gives each element an approximate
 * bag-of-words F1 against the reference; the best element is the article root, and the per-element
 * counts let the caller leave out blocks whose words the reference does not have.
 */
import { isOpaque } from '../text/text-model';

const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}\p{M}]+/gu;

export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

export interface Counts {
  /** Words in the element's collectable text. */
  total: number;
  /** Of those, words the reference has. */
  hits: number;
}

export interface TextMatch {
  el: Element;
  /** Approximate bag-of-words F1 between the element's text and the reference. */
  f1: number;
  counts: Map<Element, Counts>;
}

/** The element under `scope` whose text best matches `reference`; null when nothing matches. */
export function bestMatch(scope: Element, reference: string): TextMatch | null {
  const refWords = words(reference);
  if (refWords.length === 0) return null;
  const vocab = new Set(refWords);
  const counts = new Map<Element, Counts>();
  // Iterative post-order walk: article DOMs can be deeper than the call stack.
  const stack: { node: Node; leaving: boolean }[] = [{ node: scope, leaving: false }];
  while (stack.length) {
    const { node, leaving } = stack.pop()!;
    if (node.nodeType === 3) {
      const ws = words((node as Text).data);
      if (ws.length === 0) continue;
      let hits = 0;
      for (const w of ws) if (vocab.has(w)) hits++;
      const parent = node.parentElement;
      const c = parent && counts.get(parent);
      if (c) {
        c.total += ws.length;
        c.hits += hits;
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (leaving) {
      const c = counts.get(el)!;
      const parent = el === scope ? null : el.parentElement;
      const pc = parent && counts.get(parent);
      if (pc) {
        pc.total += c.total;
        pc.hits += c.hits;
      }
      continue;
    }
    if (el !== scope && isOpaque(el)) continue;
    counts.set(el, { total: 0, hits: 0 });
    stack.push({ node: el, leaving: true });
    for (let k = el.childNodes.length - 1; k >= 0; k--) stack.push({ node: el.childNodes[k]!, leaving: false });
  }
  let best: Element | null = null;
  let bestF1 = 0;
  const refTotal = refWords.length;
  for (const [el, c] of counts) {
    if (c.total === 0) continue;
    const f1 = (2 * Math.min(c.hits, refTotal)) / (c.total + refTotal);
    // Ties go to the innermost element (visited later in document order).
    if (f1 >= bestF1) [best, bestF1] = [el, f1];
  }
  return best ? { el: best, f1: bestF1, counts } : null;
}
