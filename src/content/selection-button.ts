/**
 * The small "Explain" button that appears by a text selection in the article. The button lives in
 * the panel's shadow root; this module only watches the selection and says where to put it.
 */

export interface SelectionSpot {
  text: string;
  left: number;
  top: number;
}

const MAX_CHARS = 80;

/** Calls `onChange` with the selected text and where it ends, or null when nothing fitting is selected. */
export function watchSelection(
  doc: Document,
  within: Element,
  onChange: (spot: SelectionSpot | null) => void,
  signal: AbortSignal,
): void {
  let frame = 0;
  const check = () => {
    frame = 0;
    const sel = doc.getSelection();
    const text = sel?.toString().replace(/\s+/g, ' ').trim() ?? '';
    if (!sel || sel.rangeCount === 0 || text.length < 2 || text.length > MAX_CHARS) return onChange(null);
    const range = sel.getRangeAt(0);
    if (!within.contains(range.commonAncestorContainer)) return onChange(null);
    const rects = range.getClientRects();
    const last = rects[rects.length - 1];
    if (!last) return onChange(null);
    onChange({ text, left: last.right + 4, top: last.bottom + 4 });
  };
  const schedule = () => {
    frame ||= doc.defaultView!.requestAnimationFrame(check);
  };
  doc.addEventListener('selectionchange', schedule, { signal, passive: true });
  signal.addEventListener('abort', () => frame && doc.defaultView!.cancelAnimationFrame(frame), { once: true });
}
