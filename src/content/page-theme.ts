/**
 * Is the page light or dark? Read from the computed background behind the article, so the panel
 * and marks can match a dark news site even when the system theme is light (and vice versa).
 */
export function pageTheme(start: Element | null): 'light' | 'dark' | null {
  const win = start?.ownerDocument.defaultView;
  for (let el: Element | null = start; el && win; el = el.parentElement) {
    const rgba = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(win.getComputedStyle(el).backgroundColor);
    if (!rgba || (rgba[4] !== undefined && Number(rgba[4]) < 0.5)) continue;
    const [r, g, b] = [rgba[1], rgba[2], rgba[3]].map((c) => Number(c) / 255) as [number, number, number];
    // Relative luminance (sRGB, WCAG 2): below 0.2 reads as a dark page.
    const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b) < 0.2 ? 'dark' : 'light';
  }
  return null;
}
