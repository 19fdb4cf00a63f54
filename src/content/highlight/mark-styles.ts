/**
 * The only styles Gloss puts into the page itself: how marks look. Subtle underlines coloured by
 * category, readable on light and dark pages; everything else lives in the panel's shadow root.
 * Colours are custom properties (`--gloss-*`) so a page or a theme can adjust them.
 */
export const MARK_CATEGORIES = ['person', 'term', 'history', 'place'] as const;

export const PAGE_MARK_CSS = `
:root {
  --gloss-person: #2f6fd6;
  --gloss-term: #b8590b;
  --gloss-history: #8a3fc4;
  --gloss-place: #1c8a5a;
  --gloss-active-bg: rgba(255, 214, 10, 0.35);
}
${MARK_CATEGORIES.map(
  (c) => `::highlight(gloss-${c}) { text-decoration: underline 2px dotted var(--gloss-${c}); text-underline-offset: 3px; }`,
).join('\n')}
::highlight(gloss-active) { background-color: var(--gloss-active-bg); }
gloss-mark { all: unset; display: inline; text-decoration: underline 2px dotted var(--gloss-term); text-underline-offset: 3px; cursor: help; }
${MARK_CATEGORIES.map((c) => `gloss-mark[data-category="${c}"] { text-decoration-color: var(--gloss-${c}); }`).join('\n')}
gloss-mark[data-active] { background-color: var(--gloss-active-bg); }
gloss-mark:focus-visible { outline: 2px solid var(--gloss-person); outline-offset: 1px; }
`;

/**
 * Adds the mark styles to the document without adding an element to it (an adopted stylesheet);
 * returns the function that takes them away again. Where adopted stylesheets are missing, a
 * `<style>` element in `<head>` does the same job and is removed the same way.
 */
export function adoptMarkStyles(doc: Document): () => void {
  const View = doc.defaultView as (Window & typeof globalThis) | null;
  if (View && Array.isArray(doc.adoptedStyleSheets) && typeof View.CSSStyleSheet?.prototype.replaceSync === 'function') {
    const sheet = new View.CSSStyleSheet();
    sheet.replaceSync(PAGE_MARK_CSS);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }
  const style = doc.createElement('style');
  style.textContent = PAGE_MARK_CSS;
  (doc.head ?? doc.documentElement).appendChild(style);
  return () => style.remove();
}
