/**
 * The article as one string plus a map back to the DOM.
 *
 * Recognition works on `text`; rendering turns `[start, end)` offsets back into DOM Ranges with
 * {@link rangeFor}. Whitespace is collapsed the way a reader sees it (runs become one space,
 * blocks are separated by a blank line), so offsets are not positions in `textContent`: the
 * segment table is the only bridge between the two.
 */

import { runSteps, type Steps } from '../steps';

/** A run of `length` characters of `text` copied from `node` starting at `offset`. */
export interface Segment {
  start: number;
  length: number;
  node: Text;
  offset: number;
}

export interface TextModel {
  text: string;
  segments: Segment[];
  /** Start offsets of the blocks (paragraphs, headings, list items) in `text`. */
  blocks: number[];
}

/** Elements whose content starts a new paragraph in the text. */
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'BR',
]);

/** Never prose, never marked: code, controls, editable and embedded content. */
const OPAQUE = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'BUTTON',
  'INPUT',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'LABEL',
  'HEAD',
  'TITLE',
  'IMG',
  'PICTURE',
]);

/** The whitespace HTML collapses: space, tab, line feed, carriage return, form feed. */
const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 12;

export interface CollectOptions {
  /** Subtrees to leave out (page furniture inside the article root). */
  skip?: (el: Element) => boolean;
}

/** `contenteditable` values that make an element editable (ASCII case-insensitive, per HTML). */
const EDITABLE = new Set(['', 'true', 'plaintext-only']);

/** True for elements whose text is never collected, whatever the article detector says. */
export function isOpaque(el: Element): boolean {
  const editable = el.getAttribute('contenteditable');
  return (
    OPAQUE.has(el.tagName.toUpperCase()) ||
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    (editable !== null && EDITABLE.has(editable.toLowerCase()))
  );
}

/** Collect the prose under `roots` (in document order) into a {@link TextModel}. */
export function collectText(roots: Element[], options: CollectOptions = {}): TextModel {
  return runSteps(collectTextSteps(roots, options));
}

/** Nodes visited between pause points of {@link collectTextSteps}. */
const NODES_PER_STEP = 512;

/**
 * {@link collectText} with pause points, for callers that slice long work (see `core/steps.ts`).
 * The DOM must not change between slices; the content script checks that it did not.
 */
export function* collectTextSteps(roots: Element[], options: CollectOptions = {}): Steps<TextModel> {
  const out: string[] = [];
  const segments: Segment[] = [];
  const blocks: number[] = [];
  let pos = 0;
  let breakPending = false;
  let space: { node: Text; offset: number } | null = null;
  let atBlockStart = true;

  const emit = (str: string, node: Text | null, offset: number) => {
    if (node) segments.push({ start: pos, length: str.length, node, offset });
    out.push(str);
    pos += str.length;
  };

  const visitText = (node: Text) => {
    const data = node.data;
    const n = data.length;
    let i = 0;
    while (i < n) {
      if (isSpace(data.charCodeAt(i))) {
        if (!atBlockStart && !space) space = { node, offset: i };
        i++;
        continue;
      }
      // One segment for the longest run that needs no collapsing: words joined by single spaces
      // are copied as they are, so a typical paragraph is one segment, not one per word.
      let j = i + 1;
      while (j < n) {
        const c = data.charCodeAt(j);
        if (!isSpace(c) || (c === 32 && j + 1 < n && !isSpace(data.charCodeAt(j + 1)))) j++;
        else break;
      }
      if (breakPending && pos > 0) {
        emit('\n\n', null, 0);
        space = null;
      }
      if (breakPending || pos === 0) blocks.push(pos === 0 ? 0 : pos);
      breakPending = false;
      if (space) emit(' ', space.node, space.offset);
      space = null;
      emit(data.slice(i, j), node, i);
      atBlockStart = false;
      i = j;
    }
  };

  const startBlock = () => {
    breakPending = true;
    atBlockStart = true;
    space = null;
  };

  // Iterative walk: article DOMs can be deep enough to overflow a recursive one. The stack holds
  // nodes still to visit, and `null` where a block element ends (a new block starts after it):
  // no object per node, which matters on pages with tens of thousands of them.
  for (const root of roots) {
    startBlock();
    const stack: (Node | null)[] = [root];
    let visited = 0;
    while (stack.length) {
      if (++visited % NODES_PER_STEP === 0) yield;
      const node = stack.pop()!;
      if (node === null) {
        startBlock();
        continue;
      }
      if (node.nodeType === 3) {
        visitText(node as Text);
        continue;
      }
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      if (el !== root && (isOpaque(el) || options.skip?.(el))) continue;
      if (BLOCK.has(el.tagName.toUpperCase())) {
        startBlock();
        stack.push(null);
      }
      for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
  return { text: out.join(''), segments, blocks };
}

/** The segment holding text offset `pos` (binary search); null inside a paragraph break. */
export function segmentAt(model: TextModel, pos: number): Segment | null {
  const segs = model.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.start + s.length) lo = mid + 1;
    else return s;
  }
  return null;
}

/** A DOM Range covering text offsets `[start, end)`, or null if they do not map to text nodes. */
export function rangeFor(model: TextModel, start: number, end: number, doc: Document): Range | null {
  const a = segmentAt(model, start);
  const b = segmentAt(model, end - 1);
  if (!a || !b || end <= start) return null;
  const range = doc.createRange();
  range.setStart(a.node, a.offset + (start - a.start));
  range.setEnd(b.node, b.offset + (end - 1 - b.start) + 1);
  return range;
}
