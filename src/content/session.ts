/**
 * One Gloss session on one page: marks, panel, cards and their listeners, all hanging off one
 * AbortSignal. `destroy()` removes every mark, element and listener and leaves the page's DOM
 * exactly as it was.
 */
import type { DetectedArticle } from '../core/article/detect';
import type { PipelineResult } from '../core/pipeline';
import type { Mention } from '../core/recognise/mention';
import type { Recogniser } from '../core/recognise/recogniser';
import { LANGS, type Lang } from '../kb/schema';
import type { Translate } from '../panels/i18n';
import { mountPanel, type PanelHandle } from '../panels/mount';
import type { CardState, PanelProps } from '../panels/Panel';
import type { Settings } from '../shared/settings';
import { createHighlightLayer, supportsHighlightApi } from './highlight/highlight-api-layer';
import type { MarkLayer } from './highlight/mark-layer';
import { createWrapperLayer } from './highlight/wrapper-layer';
import { markedMentions, panelItems, type PanelItem } from './select-marks';

export interface SessionDeps {
  doc: Document;
  article: DetectedArticle;
  result: PipelineResult;
  recogniser: Recogniser;
  t: Translate;
  today: string;
  onCount?: (count: number) => void;
}

export interface Session {
  update(settings: Settings): void;
  /** Show the card for a piece of text the reader selected ("Explain"); false if nothing matched. */
  explain(text: string): boolean;
  count(): number;
  destroy(): void;
}

const HOVER_DELAY_MS = 300;
const HOVER_GRACE_MS = 250;
const PANEL_MIN = 260;

export function startSession(deps: SessionDeps, initial: Settings): Session {
  const { doc, result, recogniser, t } = deps;
  const win = doc.defaultView!;
  const controller = new AbortController();
  const { signal } = controller;
  const lang: Lang = LANGS.includes(result.lang as Lang) ? (result.lang as Lang) : 'en';
  let settings = initial;
  let items: PanelItem[] = [];
  let marked: Mention[] = [];
  let layer: MarkLayer | null = null;
  let card: CardState | null = null;
  let hovered: Mention | null = null;
  let cardHovered = false;
  let dwell = 0;
  let grace = 0;
  let returnFocus: HTMLElement | null = null;

  const dock = (): PanelProps['dock'] => {
    const rect = deps.article.root?.getBoundingClientRect();
    const space = rect ? win.innerWidth - rect.right : 0;
    if (!rect || space < PANEL_MIN + 48) return null;
    return { left: Math.round(rect.right + 24), width: Math.round(Math.min(340, space - 48)) };
  };
  let collapsed = dock() === null;

  const props = (): PanelProps => ({
    items,
    entry: (id) => recogniser.entry(id),
    lang,
    day: result.date,
    today: deps.today,
    card,
    dock: dock(),
    collapsed,
    onSelect: (id) => openCard(id, true, true),
    onCloseCard: closeCard,
    onToggleCollapsed: () => {
      collapsed = !collapsed;
      panel.update(props());
    },
    onCardHover: (inside) => {
      cardHovered = inside;
      if (!inside && card && !card.pinned) scheduleHoverClose();
    },
  });

  const panel: PanelHandle = mountPanel(doc, t, props());

  function redraw() {
    panel.update(props());
  }

  function applySettings() {
    layer?.destroy();
    items = panelItems(result.mentions, settings);
    marked = markedMentions(result.mentions, settings);
    layer = supportsHighlightApi(win)
      ? createHighlightLayer(doc, result.model, marked)
      : createWrapperLayer(doc, result.model, marked);
    if (card && !items.some((i) => i.entityId === card!.entityId)) card = null;
    deps.onCount?.(items.length);
    redraw();
  }

  function openCard(entityId: string, pinned: boolean, reveal = false) {
    const item = items.find((i) => i.entityId === entityId);
    const mention = marked.find((m) => m.entityId === entityId) ?? item?.first ?? null;
    if (pinned) {
      collapsed = false;
      returnFocus = (doc.activeElement as HTMLElement | null) ?? null;
    }
    const rect = mention && !pinned ? layer?.rectOf(mention) : null;
    card = { entityId, pinned, ...(rect ? { anchor: { left: rect.left, top: rect.top, bottom: rect.bottom } } : {}) };
    layer?.setActive(mention);
    if (reveal && mention) layer?.reveal(mention);
    redraw();
  }

  function closeCard() {
    if (!card) return;
    card = null;
    layer?.setActive(null);
    redraw();
    returnFocus?.focus?.();
    returnFocus = null;
  }

  function scheduleHoverClose() {
    win.clearTimeout(grace);
    grace = win.setTimeout(() => {
      if (card && !card.pinned && !cardHovered && !hovered) closeCard();
    }, HOVER_GRACE_MS);
  }

  let frame = 0;
  doc.addEventListener(
    'pointermove',
    (e) => {
      if (frame) return;
      const { clientX: x, clientY: y } = e;
      // One hit test per frame at most: pointermove fires far more often than the screen updates.
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        const m = layer?.mentionAt(x, y) ?? null;
        if (m === hovered) return;
        hovered = m;
        win.clearTimeout(dwell);
        if (m) dwell = win.setTimeout(() => hovered === m && !card?.pinned && openCard(m.entityId!, false), HOVER_DELAY_MS);
        else if (card && !card.pinned) scheduleHoverClose();
      });
    },
    { passive: true, signal },
  );

  doc.addEventListener(
    'click',
    (e) => {
      if (e.defaultPrevented || (e.target as Element | null)?.closest?.('a, button, input, textarea, select, gloss-root')) return;
      const m = layer?.mentionAt(e.clientX, e.clientY);
      if (m?.entityId) openCard(m.entityId, true);
    },
    { signal },
  );

  doc.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape' && card) {
        closeCard();
        e.stopPropagation();
      }
    },
    { signal, capture: true },
  );

  win.addEventListener('resize', () => redraw(), { signal, passive: true });

  applySettings();

  return {
    update(next) {
      settings = next;
      applySettings();
    },
    explain(text) {
      const found = recogniser.recognise(text, { lang: result.lang, date: result.date }).find((m) => m.entityId);
      if (!found) return false;
      if (!items.some((i) => i.entityId === found.entityId))
        items = [
          ...items,
          { entityId: found.entityId!, category: found.category === 'org' ? 'term' : found.category, count: 0, first: found },
        ];
      openCard(found.entityId!, true);
      return true;
    },
    count: () => items.length,
    destroy() {
      controller.abort();
      win.clearTimeout(dwell);
      win.clearTimeout(grace);
      if (frame) win.cancelAnimationFrame(frame);
      layer?.destroy();
      layer = null;
      panel.destroy();
      deps.onCount?.(0);
    },
  };
}
