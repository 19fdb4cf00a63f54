/**
 * Cards for keyboard readers. Highlight-API marks are not elements and cannot take focus, and
 * giving the article's text new tab stops would change the page; instead a card opens when the
 * keyboard brings the reader to a mark by the page's own means:
 *
 * - focus lands on an element that holds a marked mention (a linked name, or a wrapper mark in
 *   browsers without the Highlight API);
 * - the caret (caret browsing, F7) moves into a mark.
 *
 * These cards are previews like hover cards; Enter on a caret inside a mark pins it in the panel
 * (on a link, Enter keeps following the link), Escape closes it. The next/previous-mark commands
 * remain the way to walk every mark from anywhere.
 */
import type { Mention } from '../core/recognise/mention';

/** Elements whose focus counts as "on this mention": small things, not a whole focusable section. */
const FOCUS_TARGETS = 'a, button, gloss-mark, [tabindex], summary, abbr, dfn';
const MAX_TARGET_TEXT = 200;

export interface KeyboardFocusDeps {
  doc: Document;
  /** The article's root: focus and caret elsewhere are ignored. */
  root: Element;
  signal: AbortSignal;
  mentionAtNode: (node: Node, offset: number) => Mention | null;
  mentionWithin: (el: Element) => Mention | null;
  /** Open the card of a mention (a preview unless `pinned`). */
  open: (m: Mention, pinned: boolean) => void;
  /** Whether a preview (unpinned) card is showing. */
  previewOpen: () => boolean;
  /** Close the preview card, if one is showing (a pinned card stays). */
  closePreview: () => void;
}

export function watchKeyboardFocus(deps: KeyboardFocusDeps): void {
  const { doc, root, signal } = deps;
  /** Caret moves only count after a key press: a click also moves the caret, and clicks pin cards. */
  let byKeyboard = false;
  let shown: Mention | null = null;

  const show = (m: Mention | null) => {
    if (m === shown && (!m || deps.previewOpen())) return;
    if (shown && !m) deps.closePreview();
    shown = m;
    if (m?.entityId) deps.open(m, false);
  };

  const inArticle = (node: Node | null): node is Node => Boolean(node && root.contains(node));

  doc.addEventListener('keydown', () => (byKeyboard = true), { capture: true, signal });
  doc.addEventListener('pointerdown', () => (byKeyboard = false), { capture: true, signal });

  doc.addEventListener(
    'focusin',
    (e) => {
      const target = e.target as Element | null;
      const el = target?.closest?.(FOCUS_TARGETS);
      if (!el || !inArticle(el) || (el.textContent?.length ?? 0) > MAX_TARGET_TEXT) return show(null);
      show(deps.mentionWithin(el));
    },
    { capture: true, signal },
  );
  doc.addEventListener(
    'focusout',
    (e) => {
      // Focus leaving for nothing (to the page itself): the preview goes with it. Focus moving
      // into Gloss's own panel (the card) keeps it.
      const next = (e as FocusEvent).relatedTarget as Element | null;
      if (!next && shown && byKeyboard) show(null);
    },
    { capture: true, signal },
  );

  doc.addEventListener(
    'selectionchange',
    () => {
      if (!byKeyboard) return;
      const sel = doc.getSelection();
      if (!sel || !sel.isCollapsed || !inArticle(sel.anchorNode)) {
        if (shown && sel?.isCollapsed) show(null);
        return;
      }
      show(deps.mentionAtNode(sel.anchorNode, sel.anchorOffset));
    },
    { signal },
  );

  doc.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Enter' || !shown?.entityId || e.defaultPrevented) return;
      const active = doc.activeElement;
      // Enter on a link or control does what it always does.
      if (active && active !== doc.body && active.closest('a, button, input, textarea, select, [contenteditable]')) return;
      const sel = doc.getSelection();
      if (!sel?.isCollapsed || !inArticle(sel.anchorNode) || deps.mentionAtNode(sel.anchorNode, sel.anchorOffset) !== shown)
        return;
      const m = shown;
      shown = null;
      deps.open(m, true);
      e.preventDefault();
    },
    { signal },
  );
}
