/**
 * Where the side panel goes: docked in the article's right margin when the margin has room for
 * it, else nowhere (null: it floats at the window's right edge, folded by default).
 */
import type { PanelProps } from '../panels/Panel';

/** Narrowest panel worth docking, and the widest. */
const PANEL_MIN = 260;
const PANEL_MAX = 340;

export function measureDock(root: Element | null, win: Window): PanelProps['dock'] {
  const rect = root?.getBoundingClientRect();
  const space = rect ? win.innerWidth - rect.right : 0;
  return !rect || space < PANEL_MIN + 48
    ? null
    : { left: Math.round(rect.right + 24), width: Math.round(Math.min(PANEL_MAX, space - 48)) };
}
