/**
 * One Gloss session on one page: marks, panel, cards and their listeners, all hanging off one
 * AbortSignal. `destroy()` removes every mark, element and listener and leaves the page's DOM
 * exactly as it was.
 */
import type { DetectedArticle } from '../core/article/detect-core';
import type { PipelineResult } from '../core/pipeline';
import { LANGS, type Lang } from '../kb/schema';
import { pick } from '../kb/card-facts';
import type { RecognisedMention } from '../shared/kb-answers';
import { Corrections } from './corrections';
import { withStandIns } from './inferred-entry';
import { measureDock } from './dock';
import { liveCards, type LiveRequest } from './live-cards';
import type { KbClient } from './kb-client';
import { otherReadings as readingsOf } from './other-readings';
import type { CardActions } from '../panels/Card';
import type { Translate } from '../panels/i18n';
import { mountPanel, type PanelHandle } from '../panels/mount';
import type { CardState, PanelProps } from '../panels/Panel';
import type { Settings } from '../shared/settings';
import type { LiveResult } from '../lib/wiki/types';
import type { Entry } from '../kb/schema';
import { createHighlightLayer, supportsHighlightApi } from './highlight/highlight-api-layer';
import { scrollBehavior, type MarkLayer } from './highlight/mark-layer';
import { createWrapperLayer } from './highlight/wrapper-layer';
import { announce } from './announce';
import { pageTheme } from './page-theme';
import { watchKeyboardFocus } from './keyboard-focus';
import { watchPointer } from './pointer';
import { watchInView } from './scroll-spy';
import { markedMentions, panelItems, type PanelItem } from './select-marks';
import { watchSelection, type SelectionSpot } from './selection-button';

export interface SessionDeps {
  doc: Document;
  host: string;
  article: DetectedArticle;
  result: PageResult;
  /** The knowledge base, which lives in the background; it already holds the mentions' entries. */
  kb: KbClient;
  t: Translate;
  today: string;
  onCount?: (count: number) => void;
  /** Persist a settings change (mute, collapsed panel); every tab then follows through storage. */
  changeSettings: (change: (s: Settings) => Settings) => void;
  /** Keep the panel folded or open as it was (a rescan of the same page); default: by the page's room. */
  collapsed?: boolean;
  /** Ask the background for a live Wikipedia/Wikidata look-up. */
  lookup: (request: LiveRequest) => Promise<LiveResult>;
}

/** The pipeline's result as the background answers it: mentions with their other readings. */
export type PageResult = Omit<PipelineResult, 'mentions'> & { mentions: RecognisedMention[] };

export interface Session {
  update(settings: Settings): void;
  /**
   * The article changed and was recognised again (see recogniseChanged): new text model and
   * mentions; `moved` maps old mention starts to new ones so open cards and corrections follow.
   */
  replace(result: PageResult, moved: ReadonlyMap<number, number>): void;
  /** Show the card for a piece of text the reader selected ("Explain"); false if nothing matched. */
  explain(text: string): Promise<boolean>;
  /** Move to the next (+1) or previous (-1) marked mention and open its card. */
  step(direction: 1 | -1): void;
  count(): number;
  /** Whether the panel is folded away (carried over when the page is rescanned). */
  isCollapsed(): boolean;
  destroy(): void;
}

export function startSession(deps: SessionDeps, initial: Settings): Session {
  const { doc, kb, t } = deps;
  let result = deps.result;
  const win = doc.defaultView!;
  const controller = new AbortController();
  const { signal } = controller;
  const articleLang: Lang = LANGS.includes(result.lang as Lang) ? (result.lang as Lang) : 'en';
  let settings = initial;
  let items: PanelItem[] = [];
  let marked: RecognisedMention[] = [];
  let layer: MarkLayer | null = null;
  let card: CardState | null = null;
  let notice: string | null = null;
  let inView: Set<string> = new Set();
  let selection: SelectionSpot | null = null;
  let returnFocus: HTMLElement | null = null;
  let stepIndex = -1;
  /** Where the reader was before the panel scrolled the page to a mention. */
  let scrollBack: number | null = null;
  /** "Not this one?" choices on this page. */
  const corrections = new Corrections();
  let layerSignal: AbortController | null = null;
  const detectedTheme = pageTheme(deps.article.root);

  const lang = (): Lang => (settings.cardLanguage === 'article' ? articleLang : settings.cardLanguage);
  /**
   * Where the panel docks, measured once and again on resize: reading the article's box after
   * Gloss changed the page forces a layout of the whole page, on every redraw.
   */
  let docked: PanelProps['dock'] | undefined;
  const dock = (): PanelProps['dock'] => (docked === undefined ? (docked = measureDock(deps.article.root, win)) : docked);
  let collapsed = deps.collapsed ?? (dock() === null || settings.collapsedSites.includes(deps.host));

  /**
   * People the name finder found get a stand-in entry ("inferred:<name>"), so the panel, marks and
   * cards treat them like knowledge-base entries; a live look-up can later add their offices.
   */
  const inferred = new Map<string, Entry>();
  /** Full entries arrive after the page is marked (cards are the first to need them). */
  const needFull = (ids: Iterable<string>): Promise<void> =>
    kb.loadFull(ids).then(
      () => {
        // The list shows names only: only a card waiting for its entry needs drawing again.
        if (card && !signal.aborted) redraw();
      },
      () => undefined,
    );
  const entryOf = (id: string): Entry | undefined => {
    const light = inferred.get(id) ?? kb.entry(id);
    // Until the full entry is in, an index entry stands in for the panel's list (names only).
    return light && ({ description: {}, explanation: {}, sources: {}, ...light } as Entry);
  };
  const cardReady = (id: string) => kb.fullEntry(id) !== undefined || inferred.has(id);
  const standIns = (ms: RecognisedMention[]) => withStandIns(ms, inferred, t('notInKb'));
  let withInferred = standIns(result.mentions);

  /** The mentions after the reader's corrections on this page. */
  const mentions = (): RecognisedMention[] => corrections.apply(withInferred, entryOf);

  /** What else a marked span may mean, for "Not this one?" (the background listed them). */
  const otherReadings = (mention: RecognisedMention | undefined, current: string): string[] =>
    mention ? readingsOf(mention, current, settings.muted) : [];

  const actionsFor = (c: CardState | null): CardActions | undefined => {
    if (!c) return undefined;
    const mention = c.mentionStart !== undefined ? mentions().find((m) => m.start === c.mentionStart) : undefined;
    return {
      alternatives: otherReadings(mention, c.entityId).flatMap((id) => entryOf(id) ?? []),
      onChoose: (id) => {
        if (mention) corrections.set(mention.start, id);
        applySettings();
        openCard(id, true, mention?.start);
      },
      onHideMark: mention
        ? () => {
            corrections.set(mention.start, null);
            closeCard();
            applySettings();
          }
        : undefined,
      onMute: () => {
        const id = c.entityId;
        closeCard();
        deps.changeSettings((s) => ({ ...s, muted: [...s.muted, id] }));
      },
    };
  };

  const props = (): PanelProps => ({
    items,
    entry: entryOf,
    search: (q) => kb.search(q, lang()).catch((): Entry[] => []),
    lang: lang(),
    day: result.date,
    today: deps.today,
    reviewed: kb.reviewed,
    card: card && cardReady(card.entityId) ? card : null,
    actions: actionsFor(card),
    live: card ? lives.state(card.entityId) : undefined,
    onLiveChoose: (title) => card && lives.choose(card.entityId, title),
    onScrollBack:
      scrollBack === null
        ? undefined
        : () => {
            win.scrollTo({ top: scrollBack ?? 0, behavior: scrollBehavior(win) });
            scrollBack = null;
            redraw();
          },
    notice,
    inView,
    dock: dock(),
    collapsed,
    theme: settings.theme === 'auto' ? (detectedTheme ?? 'auto') : settings.theme,
    selection,
    onSelect: (id) => openCard(id, true, undefined, true),
    onLookup: (id) => openCard(id, true),
    onCloseCard: closeCard,
    onToggleCollapsed: () => {
      collapsed = !collapsed;
      redraw();
      deps.changeSettings((s) => ({
        ...s,
        collapsedSites: collapsed ? [...s.collapsedSites, deps.host] : s.collapsedSites.filter((h) => h !== deps.host),
      }));
    },
    onCardHover: (inside) => pointer.cardHovered(inside),
    onExplainSelection: () => {
      const text = selection?.text;
      selection = null;
      if (text) void explain(text).then((found) => found || redraw());
    },
  });

  /** Mounted once the marks are made, so its first drawing is its full one (see the end). */
  let panel: PanelHandle | null = null;
  const redraw = () => panel?.update(props());
  const lives = liveCards({
    lookup: deps.lookup,
    entryOf,
    inferred,
    lang,
    allowed: () => settings.liveLookups,
    changed: () => !signal.aborted && redraw(),
    signal,
  });

  function applySettings() {
    layer?.destroy();
    layerSignal?.abort();
    layerSignal = new AbortController();
    const current = mentions();
    items = panelItems(current, settings);
    marked = markedMentions(current, settings);
    layer = supportsHighlightApi(win)
      ? createHighlightLayer(doc, result.model, marked)
      : createWrapperLayer(doc, result.model, marked);
    const l = layer;
    watchInView(
      (m) => l.elementOf(m),
      marked,
      (ids) => ((inView = ids), redraw()),
      layerSignal.signal,
    );
    if (card && !entryOf(card.entityId)) card = null;
    if (card && settings.muted.includes(card.entityId)) card = null;
    deps.onCount?.(items.length);
    redraw();
  }

  function openCard(entityId: string, pinned: boolean, mentionStart?: number, reveal = false) {
    const mention =
      (mentionStart !== undefined ? marked.find((m) => m.start === mentionStart) : undefined) ??
      marked.find((m) => m.entityId === entityId) ??
      null;
    if (pinned) {
      collapsed = false;
      returnFocus ??= (doc.activeElement as HTMLElement | null) ?? null;
    }
    notice = null;
    const rect = mention && !pinned ? layer?.rectOf(mention) : null;
    const present = new Set(items.map((i) => i.entityId));
    const related = (id: string) => kb.entry(id)?.related ?? [];
    // Related either way round ("NATO" lists Stoltenberg; Stoltenberg lists NATO), and named here.
    const alsoHere = [...present].filter(
      (id) => id !== entityId && (related(entityId).includes(id) || related(id).includes(entityId)),
    );
    card = {
      entityId,
      pinned,
      alsoHere,
      ...(rect ? { anchor: { left: rect.left, top: rect.top, bottom: rect.bottom } } : {}),
      ...(mention ? { mentionStart: mention.start } : {}),
    };
    layer?.setActive(mention);
    // Scroll only to a mention out of sight, and offer the way back.
    const box = reveal && mention ? layer?.rectOf(mention) : null;
    if (mention && box && (box.top < 0 || box.bottom > win.innerHeight)) {
      scrollBack ??= win.scrollY;
      layer?.reveal(mention);
    }
    if (!cardReady(entityId))
      void needFull([entityId, ...otherReadings(mention ?? undefined, entityId)]).then(() => {
        if (!pinned || signal.aborted) return;
        lives.start(entityId);
        redraw();
      });
    else if (pinned) lives.start(entityId);
    redraw();
  }

  function closeCard() {
    if (!card && !notice) return;
    card = null;
    scrollBack = null;
    notice = null;
    layer?.setActive(null);
    redraw();
    returnFocus?.focus?.();
    returnFocus = null;
  }

  async function explain(text: string): Promise<boolean> {
    const found = await kb.explain(text, result.lang, result.date, lang()).catch(() => null);
    if (signal.aborted) return false;
    if (!found) {
      card = null;
      notice = t('notFound', [text]);
      collapsed = false;
      redraw();
      return false;
    }
    openCard(found.id, true);
    return true;
  }

  const pointer = watchPointer({
    doc,
    signal,
    mentionAt: (x, y) => layer?.mentionAt(x, y) ?? null,
    isPinned: () => Boolean(card?.pinned),
    hasHoverCard: () => Boolean(card && !card.pinned),
    open: (m, pinned) => m.entityId && openCard(m.entityId, pinned, m.start),
    close: closeCard,
  });

  if (deps.article.root)
    watchKeyboardFocus({
      doc,
      root: deps.article.root,
      signal,
      mentionAtNode: (node, offset) => layer?.mentionAtNode(node, offset) ?? null,
      mentionWithin: (el) => layer?.mentionWithin(el) ?? null,
      open: (m, pinned) => {
        if (!m.entityId) return;
        openCard(m.entityId, pinned, m.start);
        // A preview has no focus of its own: tell screen-reader users what it says and how to pin it.
        const e = entryOf(m.entityId);
        if (!pinned && e) announce(doc, t('previewAnnounce', [pick(e.label, lang()), pick(e.description, lang()) ?? '']));
      },
      previewOpen: () => Boolean(card && !card.pinned),
      closePreview: () => card && !card.pinned && closeCard(),
    });

  doc.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape' && (card || notice)) {
        closeCard();
        e.stopPropagation();
      }
    },
    { signal, capture: true },
  );
  win.addEventListener(
    'resize',
    () => {
      docked = undefined;
      redraw();
    },
    { signal, passive: true },
  );
  if (deps.article.root) watchSelection(doc, deps.article.root, (spot) => ((selection = spot), redraw()), signal);

  applySettings();
  panel = mountPanel(doc, t, props());
  // Load card data when the page is idle, so the first card opens at once. (Called as a method:
  // Firefox refuses window functions called without their window.)
  const listed = () => items.map((i) => i.entityId).filter((id) => !inferred.has(id));
  if ('requestIdleCallback' in win) win.requestIdleCallback(() => void needFull(listed()), { timeout: 3000 });
  else (win as Window).setTimeout(() => void needFull(listed()), 1000);

  return {
    update(next) {
      settings = next;
      applySettings();
    },
    replace(next, moved) {
      result = next;
      withInferred = standIns(next.mentions);
      // The reader's corrections follow their mentions; those of removed text go.
      corrections.follow(moved);
      if (card?.mentionStart !== undefined) {
        const at = moved.get(card.mentionStart);
        card = at === undefined ? { ...card, mentionStart: undefined } : { ...card, mentionStart: at };
      }
      stepIndex = -1;
      applySettings();
    },
    explain,
    step(direction) {
      if (!marked.length) return;
      stepIndex = (stepIndex + direction + marked.length) % marked.length;
      const m = marked[stepIndex]!;
      openCard(m.entityId!, true, m.start, true);
    },
    count: () => items.length,
    isCollapsed: () => collapsed,
    destroy() {
      controller.abort();
      layerSignal?.abort();
      pointer.stop();
      layer?.destroy();
      layer = null;
      panel?.destroy();
      deps.onCount?.(0);
    },
  };
}
