import type { Mention } from '../../core/recognise/mention';

/**
 * Marks drawn over the article text. Two implementations: the CSS Custom Highlight API (no change
 * to the page's DOM at all) and reversible wrapper elements where that API is missing.
 */
export interface MarkLayer {
  /** The marked mention under a viewport point, if any. */
  mentionAt(x: number, y: number): Mention | null;
  /** The marked mention at a DOM position (a caret), if any. */
  mentionAtNode(node: Node, offset: number): Mention | null;
  /** The first marked mention inside an element (a focused link or mark), if any. */
  mentionWithin(el: Element): Mention | null;
  /** Bounding rectangle of a mention on screen (for placing its card). */
  rectOf(m: Mention): DOMRect | null;
  /** Emphasise one mention (the one whose card is open), or none. */
  setActive(m: Mention | null): void;
  /** The element holding a mention's text (for finding its paragraph). */
  elementOf(m: Mention): Element | null;
  /** Scroll a mention into view. */
  reveal(m: Mention): void;
  /** Remove every mark; the page's DOM is left exactly as it was. */
  destroy(): void;
}

export interface MarkRange {
  mention: Mention;
  range: Range;
}

/** Shared geometry: the mention whose range has a client rect containing the point. */
export function hitTest(ranges: MarkRange[], x: number, y: number): Mention | null {
  for (const { mention, range } of ranges)
    for (const r of Array.from(range.getClientRects()))
      if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return mention;
  return null;
}

/** The mention whose range holds a DOM position (ranges from another document never do). */
export function atNode(ranges: MarkRange[], node: Node, offset: number): Mention | null {
  for (const { mention, range } of ranges) {
    try {
      if (range.isPointInRange(node, offset)) return mention;
    } catch {
      // A position in another document or a doctype: not in any mark.
    }
  }
  return null;
}

/** The first mention whose text lies (at least partly) inside an element. */
export function within(ranges: MarkRange[], el: Element): Mention | null {
  for (const { mention, range } of ranges) if (el.contains(range.startContainer) || range.intersectsNode(el)) return mention;
  return null;
}

/** Smooth scrolling, unless the reader asked the system for reduced motion. */
export function scrollBehavior(win: Window): ScrollBehavior {
  return win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}
