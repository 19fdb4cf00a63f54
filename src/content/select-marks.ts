/**
 * Which recognised mentions get a mark in the text and which entities the panel lists, under the
 * reader's settings. Pure, so the rules are unit-tested apart from the DOM.
 */
import type { Mention } from '../core/recognise/mention';
import { panelCategory, type PanelCategory, type Settings } from '../shared/settings';

export interface PanelItem {
  entityId: string;
  category: PanelCategory;
  /** Number of mentions in the article. */
  count: number;
  /** The first mention (for scrolling to it). */
  first: Mention;
}

/** Whether the reader's settings show `m`'s entity (a long article asks this ~12,000 times). */
function shownBy(s: Settings): (m: Mention) => boolean {
  const muted = new Set(s.muted);
  return (m) => m.entityId !== null && s.categories[panelCategory(m.category)] && !muted.has(m.entityId);
}

/** Entities for the panel, in order of first mention, with counts. */
export function panelItems(mentions: Mention[], settings: Settings): PanelItem[] {
  const items = new Map<string, PanelItem>();
  const shown = shownBy(settings);
  for (const m of mentions) {
    if (!shown(m)) continue;
    const item = items.get(m.entityId!);
    if (item) item.count++;
    else items.set(m.entityId!, { entityId: m.entityId!, category: panelCategory(m.category), count: 1, first: m });
  }
  return [...items.values()];
}

/** Mentions to mark: the first per entity by default, every one, or none; low-salience entries never. */
export function markedMentions<M extends Mention>(mentions: M[], settings: Settings): M[] {
  if (settings.density === 'none') return [];
  const seen = new Set<string>();
  const shown = shownBy(settings);
  return mentions.filter((m) => {
    if (!shown(m) || m.salience === 'low') return false;
    if (settings.density === 'all') return true;
    if (seen.has(m.entityId!)) return false;
    seen.add(m.entityId!);
    return true;
  });
}
