/**
 * Live look-ups for a page's cards: which Wikipedia title or search a card asks about, what each
 * entity's look-up has come back with, and what Wikidata adds to a person Gloss did not know.
 * Opening a card is the reader's request: only then, and only if the settings allow, is anything
 * asked (the background does the asking, `background/live-lookups.ts`).
 */
import { pick } from '../kb/card-facts';
import type { Entry, Lang } from '../kb/schema';
import type { LiveResult } from '../lib/wiki/types';
import type { LiveState } from '../panels/LiveSection';
import { withWikidata } from './inferred-entry';

export type LiveRequest = { lang: string; title?: string; query?: string; person?: boolean };

export interface LiveCardsDeps {
  lookup: (request: LiveRequest) => Promise<LiveResult>;
  entryOf: (id: string) => Entry | undefined;
  /** Stand-in entries of people the knowledge base does not know (updated in place). */
  inferred: Map<string, Entry>;
  lang: () => Lang;
  allowed: () => boolean;
  /** Something changed: draw again (unless the session has ended). */
  changed: () => void;
  signal: AbortSignal;
}

export interface LiveCards {
  /** The card of `entityId` opened (pinned): look it up, unless done or under way. */
  start(entityId: string): void;
  /** The reader chose another Wikipedia article for the card. */
  choose(entityId: string, title: string): void;
  state(entityId: string): LiveState | undefined;
}

/** The Wikipedia title a card asks about: the entry's own, in the card language or English. */
function target(entry: Entry, l: Lang): { lang: string; title: string } | null {
  const wiki = entry.sources.wikipedia ?? {};
  const title = wiki[l] ?? wiki.en;
  return title ? { lang: wiki[l] ? l : 'en', title } : null;
}

export function liveCards(deps: LiveCardsDeps): LiveCards {
  /** Live look-up state per entity id, for this page. */
  const live = new Map<string, LiveState>();

  function request(entityId: string, req: { title?: string; query?: string; lang?: string }) {
    const entry = deps.entryOf(entityId);
    live.set(entityId, 'loading');
    deps
      .lookup({ lang: req.lang ?? deps.lang(), title: req.title, query: req.query, person: entry?.category === 'person' })
      .catch((): LiveResult => ({ status: 'failed', reason: 'offline' }))
      .then((result) => {
        if (deps.signal.aborted) return;
        live.set(entityId, result);
        // What Wikidata says about a person Gloss did not know becomes the card's dated facts.
        const stand = deps.inferred.get(entityId);
        if (stand && result.status === 'ok' && result.person)
          deps.inferred.set(entityId, withWikidata(stand, result.person, deps.lang()));
        deps.changed();
      });
    deps.changed();
  }

  return {
    start(entityId) {
      if (!deps.allowed()) {
        live.set(entityId, { status: 'failed', reason: 'disabled' });
        return;
      }
      const state = live.get(entityId);
      if (state && (state === 'loading' || state.status === 'ok')) return;
      const entry = deps.entryOf(entityId);
      if (entry && deps.inferred.has(entityId)) request(entityId, { query: pick(entry.label, deps.lang()) });
      else {
        const t = entry && target(entry, deps.lang());
        if (t) request(entityId, { title: t.title, lang: t.lang });
      }
    },
    choose: (entityId, title) => request(entityId, { title }),
    state: (entityId) => live.get(entityId),
  };
}
