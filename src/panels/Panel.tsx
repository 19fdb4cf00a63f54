/**
 * The side panel: a look-up box, "In this article" grouped by category with mention counts, a
 * pinned card on top, and the floating hover card. A complementary landmark; everything in it is
 * a real button or input, so it all works from the keyboard.
 */
import type { PanelItem } from '../content/select-marks';
import { pick } from '../kb/card-facts';
import type { Entry, Lang } from '../kb/schema';
import { Card, type CardActions } from './Card';
import { CATEGORY_LABELS, useT } from './i18n';
import { SearchBox } from './SearchBox';
import type { LiveState } from './LiveSection';

export interface CardState {
  entityId: string;
  pinned: boolean;
  /** Where the mark is on screen, for a hover card. */
  anchor?: { left: number; top: number; bottom: number };
  /** Start offset of the mention the card was opened from (for "Not this one?"). */
  mentionStart?: number;
  /** Entries related to this one that the article also names (ids). */
  alsoHere?: string[];
}

export interface PanelProps {
  items: PanelItem[];
  entry: (id: string) => Entry | undefined;
  search: (query: string) => Entry[] | Promise<Entry[]>;
  lang: Lang;
  day: string | null;
  today: string;
  reviewed: string;
  card: CardState | null;
  /** Actions for the open card, or undefined (look-ups have no mark to act on). */
  actions?: CardActions;
  /** Live look-up state of the open card. */
  live?: LiveState;
  onLiveChoose?: (title: string) => void;
  /** Set after the panel scrolled the page to a mention: scroll back to where the reader was. */
  onScrollBack?: () => void;
  /** A short message where the card would be ("nothing found for ..."). */
  notice: string | null;
  /** Entity ids mentioned in the paragraphs on screen. */
  inView: ReadonlySet<string>;
  /** Where the panel sits: in the article's margin, or floating at the right edge (null). */
  dock: { left: number; width: number } | null;
  collapsed: boolean;
  theme: 'light' | 'dark' | 'auto';
  /** Where to show the "Explain" button for a text selection, if any. */
  selection: { left: number; top: number } | null;
  onExplainSelection: () => void;
  onSelect: (entityId: string) => void;
  onLookup: (entityId: string) => void;
  onCloseCard: () => void;
  onToggleCollapsed: () => void;
  onCardHover: (inside: boolean) => void;
}

const CARD_WIDTH = 340;

export function Panel(props: PanelProps) {
  const t = useT();
  const { items, entry, lang, card } = props;
  const nameOf = (id: string) => {
    const e = entry(id);
    return e ? pick(e.label, lang) : null;
  };
  const cardEntry = card ? entry(card.entityId) : undefined;
  const cardView = (pinned: boolean, style?: Record<string, string>) =>
    cardEntry && (
      <Card
        // A new entry is a new card: "Not this one?" and other local state start closed again.
        key={cardEntry.id}
        entry={cardEntry}
        lang={lang}
        day={props.day}
        today={props.today}
        reviewed={cardEntry.id.startsWith('inferred:') ? '' : props.reviewed}
        nameOf={nameOf}
        pinned={pinned}
        actions={props.actions}
        live={pinned ? props.live : undefined}
        onLiveChoose={props.onLiveChoose}
        alsoHere={(card?.alsoHere ?? []).flatMap((id) => {
          const name = nameOf(id);
          return name ? [{ id, name }] : [];
        })}
        onOpen={props.onSelect}
        onClose={props.onCloseCard}
        rootProps={{
          style,
          onMouseEnter: () => props.onCardHover(true),
          onMouseLeave: () => props.onCardHover(false),
        }}
      />
    );

  const panelStyle = props.dock
    ? { left: `${props.dock.left}px`, width: `${props.dock.width}px` }
    : { right: '12px', width: '320px' };
  return (
    <div class={`gloss${props.theme === 'auto' ? '' : ` ${props.theme}`}`}>
      {props.collapsed ? (
        <button type="button" class="tab" data-testid="gloss-tab" aria-label={t('expand')} onClick={props.onToggleCollapsed}>
          Gloss <span class="count">{items.length}</span>
        </button>
      ) : (
        <aside
          class="panel"
          role="complementary"
          aria-label={t('panelLabel')}
          data-testid="gloss-panel"
          style={panelStyle}
          lang={lang}
        >
          <header class="panel-head">
            <h1 class="panel-title">{t('inThisArticle')}</h1>
            <button type="button" class="icon" aria-label={t('collapse')} title={t('collapse')} onClick={props.onToggleCollapsed}>
              ›
            </button>
          </header>
          <SearchBox lang={lang} search={props.search} onChoose={props.onLookup} />
          {props.notice && (
            <p class="notice" role="status" data-testid="gloss-notice">
              {props.notice}
            </p>
          )}
          {props.onScrollBack && (
            <button type="button" class="link back" data-testid="gloss-scroll-back" onClick={props.onScrollBack}>
              ↩ {t('scrollBack')}
            </button>
          )}
          {card?.pinned && cardView(true)}
          {CATEGORY_LABELS.map(([category, label]) => {
            const own = items.filter((i) => i.category === category);
            if (own.length === 0) return null;
            return (
              <section class="group" key={category} data-category={category}>
                <h2>{t(label)}</h2>
                <ul>
                  {own.map((item) => {
                    const e = entry(item.entityId);
                    if (!e) return null;
                    const current = card?.entityId === item.entityId;
                    return (
                      <li key={item.entityId}>
                        <button
                          type="button"
                          class={`item${current ? ' current' : ''}${props.inView.has(item.entityId) ? ' in-view' : ''}`}
                          data-entity={item.entityId}
                          aria-pressed={Boolean(card?.pinned && current)}
                          onClick={() => props.onSelect(item.entityId)}
                        >
                          <span class={`dot ${category}`} aria-hidden="true" />
                          <span class="name">{pick(e.label, lang)}</span>
                          {item.count > 1 && (
                            <span class="count" aria-label={t('mentionCount', [String(item.count)])}>
                              {item.count}
                            </span>
                          )}
                        </button>
                      </li>
                    );
                  })}
                </ul>
              </section>
            );
          })}
        </aside>
      )}
      {card && !card.pinned && card.anchor && cardView(false, hoverPosition(card.anchor))}
      {props.selection && (
        <button
          type="button"
          class="explain-btn"
          data-testid="gloss-explain-selection"
          style={{ left: `${props.selection.left}px`, top: `${props.selection.top}px` }}
          onMouseDown={(e) => e.preventDefault()}
          onClick={props.onExplainSelection}
        >
          {t('explainButton')}
        </button>
      )}
    </div>
  );
}

/** Below the mark when there is room, else above it; never off screen horizontally. */
function hoverPosition(a: { left: number; top: number; bottom: number }): Record<string, string> {
  const vw = globalThis.innerWidth || 1024;
  const vh = globalThis.innerHeight || 768;
  const left = Math.max(8, Math.min(a.left, vw - CARD_WIDTH - 8));
  const below = a.bottom + 8;
  return below + 260 < vh
    ? { position: 'fixed', left: `${left}px`, top: `${below}px`, width: `${CARD_WIDTH}px` }
    : { position: 'fixed', left: `${left}px`, bottom: `${vh - a.top + 8}px`, width: `${CARD_WIDTH}px` };
}
