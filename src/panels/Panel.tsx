/**
 * The side panel: "In this article", grouped by category with mention counts, a pinned card on
 * top, and the floating hover card. A complementary landmark; everything is a real button.
 */
import type { PanelItem } from '../content/select-marks';
import { pick } from '../kb/card-facts';
import type { Entry, Lang } from '../kb/schema';
import type { PanelCategory } from '../shared/settings';
import { Card } from './Card';
import { useT, type MessageKey } from './i18n';

export interface CardState {
  entityId: string;
  pinned: boolean;
  /** Where the mark is on screen, for a hover card. */
  anchor?: { left: number; top: number; bottom: number };
}

export interface PanelProps {
  items: PanelItem[];
  entry: (id: string) => Entry | undefined;
  lang: Lang;
  day: string | null;
  today: string;
  card: CardState | null;
  /** Where the panel sits: in the article's margin, or floating at the right edge (null). */
  dock: { left: number; width: number } | null;
  collapsed: boolean;
  onSelect: (entityId: string) => void;
  onCloseCard: () => void;
  onToggleCollapsed: () => void;
  onCardHover: (inside: boolean) => void;
}

const GROUPS: { category: PanelCategory; label: MessageKey }[] = [
  { category: 'person', label: 'catPerson' },
  { category: 'term', label: 'catTerm' },
  { category: 'history', label: 'catHistory' },
  { category: 'place', label: 'catPlace' },
];

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
        entry={cardEntry}
        lang={lang}
        day={props.day}
        today={props.today}
        nameOf={nameOf}
        pinned={pinned}
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
    <div class="gloss">
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
          {card?.pinned && cardView(true)}
          {GROUPS.map(({ category, label }) => {
            const own = items.filter((i) => i.category === category);
            if (own.length === 0) return null;
            return (
              <section class="group" key={category} data-category={category}>
                <h2>{t(label)}</h2>
                <ul>
                  {own.map((item) => {
                    const e = entry(item.entityId);
                    if (!e) return null;
                    return (
                      <li key={item.entityId}>
                        <button
                          type="button"
                          class={`item${card?.entityId === item.entityId ? ' current' : ''}`}
                          data-entity={item.entityId}
                          aria-pressed={card?.pinned && card.entityId === item.entityId}
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
