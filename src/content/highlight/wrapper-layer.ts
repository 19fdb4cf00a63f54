/**
 * Fallback marks for browsers without the Custom Highlight API: each mention's text is wrapped in
 * a `<gloss-mark>` element. Text nodes are split at the mention's edges (never rewritten), and
 * `destroy` unwraps the marks and merges every split back into the node it came from, so the DOM
 * (its `innerHTML`, and the very text node objects a page script or framework may hold) is exactly
 * what it was.
 *
 * Only text the model collected is wrapped: a mention's range may also cross text the reader does
 * not see as prose (a `<script>` or `<style>` between two words, a hidden or editable element, a
 * skipped subtree), and wrapping that would change the page (a `<style>`'s rules, a `<textarea>`'s
 * value) while marked.
 */
import type { Mention } from '../../core/recognise/mention';
import { rangeFor, type TextModel } from '../../core/text/text-model';
import { panelCategory } from '../../shared/settings';
import { atNode, hitTest, scrollBehavior, within, type MarkLayer, type MarkRange } from './mark-layer';

interface Wrapped {
  mention: Mention;
  elements: HTMLElement[];
}

/** A text node split in two: `tail` was cut off the end of `head`. */
interface Split {
  head: Text;
  tail: Text;
}

/** The collected text nodes a range covers, split so that each lies wholly inside it. */
function wholeTextNodes(range: Range, split: (node: Text, offset: number) => Text, collected: Set<Node>): Text[] {
  if (range.collapsed) return [];
  const doc = range.startContainer.ownerDocument!;
  const { endOffset: eo, startOffset: so } = range;
  let { startContainer: sc, endContainer: ec } = range;
  if (ec.nodeType === 3 && eo < (ec as Text).length) split(ec as Text, eo);
  if (sc.nodeType === 3 && so > 0) {
    const tail = split(sc as Text, so);
    if (ec === sc) ec = tail;
    sc = tail;
  }
  const nodes: Text[] = [];
  const root =
    range.commonAncestorContainer.nodeType === 3 ? range.commonAncestorContainer.parentNode! : range.commonAncestorContainer;
  const walker = doc.createTreeWalker(root, 4);
  let n: Node | null = (walker.currentNode = sc);
  while (n) {
    if (n.nodeType === 3 && (n as Text).length > 0 && collected.has(n)) nodes.push(n as Text);
    if (n === ec) break;
    n = walker.nextNode();
  }
  return nodes;
}

export function createWrapperLayer(doc: Document, model: TextModel, mentions: Mention[]): MarkLayer {
  const ranges = mentions.flatMap((mention) => {
    const range = rangeFor(model, mention.start, mention.end, doc);
    return range ? [{ mention, range }] : [];
  });
  const collected = new Set<Node>(model.segments.map((s) => s.node));
  const splits: Split[] = [];
  const split = (head: Text, offset: number): Text => {
    const tail = head.splitText(offset);
    if (collected.has(head)) collected.add(tail);
    splits.push({ head, tail });
    return tail;
  };
  // Wrap from the last mention back, so splitting never invalidates a range not yet wrapped.
  const wrapped: Wrapped[] = [];
  for (const { mention, range } of [...ranges].reverse()) {
    const elements = wholeTextNodes(range, split, collected).map((text) => {
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
    mentionAtNode: (node, offset) => atNode(live(), node, offset),
    mentionWithin: (el) => within(live(), el),
    rectOf: (m) => find(m)?.elements[0]?.getBoundingClientRect() ?? null,
    setActive(m) {
      for (const w of wrapped) for (const el of w.elements) el.toggleAttribute('data-active', w.mention === m);
    },
    elementOf: (m) => find(m)?.elements[0] ?? null,
    reveal(m) {
      find(m)?.elements[0]?.scrollIntoView({ block: 'center', behavior: scrollBehavior(doc.defaultView!) });
    },
    destroy() {
      for (const w of wrapped) for (const el of w.elements) unwrap(el);
      wrapped.length = 0;
      // Last split first: each tail is then right after its head again (unless the page moved it).
      for (const { head, tail } of splits.reverse())
        if (tail.previousSibling === head) {
          head.appendData(tail.data);
          tail.remove();
        }
      splits.length = 0;
    },
  };
}

/** Put a mark's content back where the mark was. */
function unwrap(mark: HTMLElement) {
  const parent = mark.parentNode;
  if (!parent) return;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  parent.removeChild(mark);
}
