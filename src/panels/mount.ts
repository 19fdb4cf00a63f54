/**
 * The panel's container: a `<gloss-root>` element on `<html>` with an open shadow root that
 * holds the styles and the Preact tree. Page CSS cannot reach in (`:host { all: initial }`),
 * and keystrokes typed in the panel do not reach the page's own shortcuts.
 */
import { h, render } from 'preact';
import { Panel, type PanelProps } from './Panel';
import { TranslateContext, type Translate } from './i18n';
import { PANEL_CSS } from './styles';

export interface PanelHandle {
  update(props: PanelProps): void;
  /** The shadow root (for focus checks and tests). */
  root: ShadowRoot;
  destroy(): void;
}

export function mountPanel(doc: Document, t: Translate, props: PanelProps): PanelHandle {
  let host: HTMLElement = doc.createElement('gloss-root');
  let root: ShadowRoot;
  try {
    root = host.attachShadow({ mode: 'open' });
  } catch {
    // The page defined its own <gloss-root> (its constructor runs even for our createElement) and
    // took the shadow root: fall back to a plain element, which a page cannot redefine.
    host = doc.createElement('div');
    root = host.attachShadow({ mode: 'open' });
  }
  host.id = 'gloss-host';
  const style = doc.createElement('style');
  style.textContent = PANEL_CSS;
  const container = doc.createElement('div');
  root.append(style, container);
  for (const type of ['keydown', 'keyup', 'keypress'] as const)
    container.addEventListener(type, (e) => {
      if ((e as KeyboardEvent).key !== 'Escape') e.stopPropagation();
    });
  doc.documentElement.appendChild(host);
  const draw = (p: PanelProps) => render(h(TranslateContext.Provider, { value: t }, h(Panel, p)), container);
  draw(props);
  return {
    root,
    update: draw,
    destroy() {
      render(null, container);
      host.remove();
    },
  };
}
