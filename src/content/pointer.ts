/**
 * Hover and click on marks. Highlight-API marks are not elements, so the pointer is hit-tested
 * against the marks' rectangles, at most once per animation frame. A card opens after a short
 * dwell (so sweeping the mouse over a paragraph opens nothing) and closes shortly after the
 * pointer leaves both the mark and the card.
 */
import type { Mention } from '../core/recognise/mention';

const HOVER_DELAY_MS = 300;
const HOVER_GRACE_MS = 250;

export interface PointerDeps {
  doc: Document;
  signal: AbortSignal;
  mentionAt: (x: number, y: number) => Mention | null;
  isPinned: () => boolean;
  hasHoverCard: () => boolean;
  open: (m: Mention, pinned: boolean) => void;
  close: () => void;
}

export function watchPointer(deps: PointerDeps) {
  const { doc, signal } = deps;
  const win = doc.defaultView!;
  let hovered: Mention | null = null;
  let cardHovered = false;
  let dwell = 0;
  let grace = 0;
  let frame = 0;

  const scheduleClose = () => {
    win.clearTimeout(grace);
    grace = win.setTimeout(() => {
      if (deps.hasHoverCard() && !cardHovered && !hovered) deps.close();
    }, HOVER_GRACE_MS);
  };

  doc.addEventListener(
    'pointermove',
    (e) => {
      if (frame) return;
      const { clientX: x, clientY: y } = e;
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        const m = deps.mentionAt(x, y);
        if (m === hovered) return;
        hovered = m;
        win.clearTimeout(dwell);
        if (m) dwell = win.setTimeout(() => hovered === m && !deps.isPinned() && deps.open(m, false), HOVER_DELAY_MS);
        else if (deps.hasHoverCard()) scheduleClose();
      });
    },
    { passive: true, signal },
  );

  doc.addEventListener(
    'click',
    (e) => {
      // Links, controls and our own panel keep their own clicks; a selection is not a click on a mark.
      if (e.defaultPrevented || (e.target as Element | null)?.closest?.('a, button, input, textarea, select, #gloss-host'))
        return;
      if (doc.getSelection()?.toString()) return;
      const m = deps.mentionAt(e.clientX, e.clientY);
      if (m?.entityId) deps.open(m, true);
    },
    { signal },
  );

  return {
    cardHovered(inside: boolean) {
      cardHovered = inside;
      if (!inside && deps.hasHoverCard()) scheduleClose();
    },
    stop() {
      win.clearTimeout(dwell);
      win.clearTimeout(grace);
      if (frame) win.cancelAnimationFrame(frame);
    },
  };
}
