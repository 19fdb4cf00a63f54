/**
 * Marks with the CSS Custom Highlight API: ranges registered in `CSS.highlights`, styled with
 * `::highlight()`. The page's DOM is never touched, so page scripts (and frameworks that own the
 * DOM, like React) cannot be disturbed, and removing the marks leaves no trace.
 */
import type { Mention } from '../../core/recognise/mention';
import { rangeFor, type TextModel } from '../../core/text/text-model';
import { panelCategory } from '../../shared/settings';
import { atNode, hitTest, scrollBehavior, within, type MarkLayer, type MarkRange } from './mark-layer';
import { MARK_CATEGORIES } from './mark-styles';

type HighlightWindow = Window & typeof globalThis;

export function supportsHighlightApi(win: Window): boolean {
  const w = win as HighlightWindow;
  return typeof w.CSS !== 'undefined' && 'highlights' in w.CSS && typeof w.Highlight === 'function';
}

export function createHighlightLayer(doc: Document, model: TextModel, mentions: Mention[]): MarkLayer {
  const win = doc.defaultView! as HighlightWindow;
  const ranges: MarkRange[] = [];
  for (const mention of mentions) {
    const range = rangeFor(model, mention.start, mention.end, doc);
    if (range) ranges.push({ mention, range });
  }
  const registry = win.CSS.highlights;
  for (const cat of MARK_CATEGORIES) {
    const own = ranges.filter((r) => panelCategory(r.mention.category) === cat).map((r) => r.range);
    if (own.length) registry.set(`gloss-${cat}`, new win.Highlight(...own));
  }
  const byMention = new Map(ranges.map((r) => [r.mention, r.range]));
  return {
    mentionAt: (x, y) => hitTest(ranges, x, y),
    mentionAtNode: (node, offset) => atNode(ranges, node, offset),
    mentionWithin: (el) => within(ranges, el),
    rectOf: (m) => byMention.get(m)?.getBoundingClientRect() ?? null,
    setActive(m) {
      const range = m && byMention.get(m);
      if (range) registry.set('gloss-active', new win.Highlight(range));
      else registry.delete('gloss-active');
    },
    elementOf: (m) => byMention.get(m)?.startContainer.parentElement ?? null,
    reveal(m) {
      const el = byMention.get(m)?.startContainer.parentElement;
      el?.scrollIntoView({ block: 'center', behavior: scrollBehavior(win) });
    },
    destroy() {
      for (const cat of MARK_CATEGORIES) registry.delete(`gloss-${cat}`);
      registry.delete('gloss-active');
    },
  };
}
