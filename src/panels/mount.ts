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
  const host = doc.createElement('gloss-root');
  host.id = 'gloss-host';
  const root = host.attachShadow({ mode: 'open' });
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
