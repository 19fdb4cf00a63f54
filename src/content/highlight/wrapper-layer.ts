/**
 * Fallback marks for browsers without the Custom Highlight API: each mention's text is wrapped in
 * a `<gloss-mark>` element. Text nodes are split at the mention's edges (never rewritten), and
 * `destroy` unwraps and merges the pieces back into the original nodes, so the DOM (and its
 * `innerHTML`) is exactly what it was.
 */
import type { Mention } from '../../core/recognise/mention';
import { rangeFor, type TextModel } from '../../core/text/text-model';
import { panelCategory } from '../../shared/settings';
import { hitTest, type MarkLayer, type MarkRange } from './mark-layer';
import { adoptMarkStyles } from './mark-styles';

interface Wrapped {
  mention: Mention;
  elements: HTMLElement[];
}

/** The text nodes a range covers, split so that each lies wholly inside it. */
function wholeTextNodes(range: Range): Text[] {
  if (range.collapsed) return [];
  const doc = range.startContainer.ownerDocument!;
  const { endOffset: eo, startOffset: so } = range;
  let { startContainer: sc, endContainer: ec } = range;
  if (ec.nodeType === 3 && eo < (ec as Text).length) (ec as Text).splitText(eo);
  if (sc.nodeType === 3 && so > 0) {
    const tail = (sc as Text).splitText(so);
    if (ec === sc) ec = tail;
    sc = tail;
  }
  const nodes: Text[] = [];
  const root =
    range.commonAncestorContainer.nodeType === 3 ? range.commonAncestorContainer.parentNode! : range.commonAncestorContainer;
  const walker = doc.createTreeWalker(root, 4);
  let n: Node | null = (walker.currentNode = sc);
  while (n) {
    if (n.nodeType === 3 && (n as Text).length > 0) nodes.push(n as Text);
    if (n === ec) break;
    n = walker.nextNode();
  }
  return nodes;
}

export function createWrapperLayer(doc: Document, model: TextModel, mentions: Mention[]): MarkLayer {
  const removeStyles = adoptMarkStyles(doc);
  const ranges = mentions.flatMap((mention) => {
    const range = rangeFor(model, mention.start, mention.end, doc);
    return range ? [{ mention, range }] : [];
  });
  // Wrap from the last mention back, so splitting never invalidates a range not yet wrapped.
  const wrapped: Wrapped[] = [];
  for (const { mention, range } of [...ranges].reverse()) {
    const elements = wholeTextNodes(range).map((text) => {
      const mark = doc.createElement('gloss-mark');
      mark.dataset.category = panelCategory(mention.category);
      mark.dataset.entity = mention.entityId ?? '';
      mark.tabIndex = 0;
      text.parentNode!.insertBefore(mark, text);
      mark.appendChild(text);
      return mark;
    });
    wrapped.push({ mention, elements });
  }
  const live = (): MarkRange[] =>
    wrapped.flatMap((w) => {
      if (!w.elements.length) return [];
      const r = doc.createRange();
      r.setStartBefore(w.elements[0]!);
      r.setEndAfter(w.elements[w.elements.length - 1]!);
      return [{ mention: w.mention, range: r }];
    });
  const find = (m: Mention) => wrapped.find((w) => w.mention === m);
  return {
    mentionAt: (x, y) => hitTest(live(), x, y),
    rectOf: (m) => find(m)?.elements[0]?.getBoundingClientRect() ?? null,
    setActive(m) {
      for (const w of wrapped) for (const el of w.elements) el.toggleAttribute('data-active', w.mention === m);
    },
    elementOf: (m) => find(m)?.elements[0] ?? null,
    reveal(m) {
      find(m)?.elements[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    },
    destroy() {
      for (const w of wrapped) for (const el of w.elements) unwrap(el);
      wrapped.length = 0;
      removeStyles();
    },
  };
}

/** Put a mark's text back where it was and merge it with the neighbours it was split from. */
function unwrap(mark: HTMLElement) {
  const parent = mark.parentNode;
  if (!parent) return;
  const text = mark.firstChild;
  parent.insertBefore(text ?? mark.ownerDocument.createTextNode(''), mark);
  parent.removeChild(mark);
  if (text && text.nodeType === 3) mergeWithNeighbours(text as Text);
}

function mergeWithNeighbours(text: Text) {
  const prev = text.previousSibling;
  let node: Text = text;
  if (prev && prev.nodeType === 3) {
    (prev as Text).appendData(node.data);
    node.remove();
    node = prev as Text;
  }
  const next = node.nextSibling;
  if (next && next.nodeType === 3) {
    node.appendData((next as Text).data);
    next.remove();
  }
}
