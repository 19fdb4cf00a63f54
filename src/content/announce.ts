/**
 * Tells screen-reader users that Gloss was switched on or off (the keyboard command gives no
 * visual feedback of its own). A polite live region in its own shadow root, removed a few seconds
 * later so the page's DOM returns to what it was.
 */
const LINGER_MS = 4000;

export function announce(doc: Document, message: string): void {
  const host = doc.createElement('gloss-announcer');
  const root = host.attachShadow({ mode: 'open' });
  const region = doc.createElement('div');
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  region.style.cssText = 'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap';
  root.append(region);
  doc.documentElement.append(host);
  // Filled after insertion: live regions announce changes, not their initial content.
  setTimeout(() => (region.textContent = message), 50);
  setTimeout(() => host.remove(), LINGER_MS);
}
