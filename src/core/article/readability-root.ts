/**
 * Mozilla Readability's choice of article content, mapped back onto the live document.
 *
 * Readability rewrites the document it is given, so it only ever sees a clone
 * (`doc.cloneNode(true)`); the live page is never touched. Text nodes keep their identity when
 * Readability moves them into its output, so the i-th text node of the clone is the i-th text node
 * of the live page: the live text nodes Readability kept are found through that index (or, for the
 * few it re-created when it retried with a stricter pass, by their data, in document order). Their
 * lowest common ancestor is the article root, and every element under it that holds text but none
 * of the kept text is left out.
 */
import { Readability } from '@mozilla/readability';

export interface ReadabilityRoot {
  root: Element;
  /** Live elements on the path from a kept text node up to the root. */
  keep: Set<Element>;
  /** Characters of text Readability kept. */
  length: number;
}

function textNodes(doc: Document): Text[] {
  const out: Text[] = [];
  const walker = doc.createTreeWalker(doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

const SPACE_ONLY = /^[ \t\n\r\f]*$/;

/** Runs Readability on a clone of `doc`; null when it finds no article. */
export function readabilityRoot(doc: Document): ReadabilityRoot | null {
  const clone = doc.cloneNode(true) as Document;
  const live = textNodes(doc);
  const index = new Map<Node, number>();
  textNodes(clone).forEach((t, i) => index.set(t, i));

  let content: Element | null | undefined;
  try {
    content = new Readability<Element>(clone, { serializer: (el) => el as Element, disableJSONLD: true }).parse()?.content;
  } catch {
    return null;
  }
  if (!content) return null;

  const kept: Text[] = [];
  let next = 0;
  let length = 0;
  const walker = content.ownerDocument.createTreeWalker(content, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    if (SPACE_ONLY.test(data)) continue;
    let i = index.get(n);
    if (i === undefined) {
      // Re-created by Readability: the next live text node with the same data.
      let j = next;
      while (j < live.length && live[j]!.data !== data) j++;
      i = j < live.length ? j : undefined;
    }
    if (i === undefined) continue;
    kept.push(live[i]!);
    length += data.length;
    next = i + 1;
  }
  if (kept.length === 0) return null;

  const keep = new Set<Element>();
  for (const t of kept) for (let el = t.parentElement; el && !keep.has(el); el = el.parentElement) keep.add(el);
  // The root: the deepest element that holds every kept node.
  let root: Element | null = kept[0]!.parentElement;
  for (const t of kept) while (root && !root.contains(t)) root = root.parentElement;
  if (!root) return null;
  for (let el = root.parentElement; el; el = el.parentElement) keep.delete(el);
  return { root, keep, length };
}
