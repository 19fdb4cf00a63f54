/**
 * What the background's knowledge base answers a content script (see `background/kb-service.ts`).
 * Plain data: it crosses the extension's message channel.
 */
import type { Mention } from '../core/recognise/mention';
import type { IndexEntry } from '../kb/compiled';
import type { Entry } from '../kb/schema';
import type { PackedMentions } from './mention-wire';
import type { Settings } from './settings';

/** A mention with what else its span may mean, for the card's "Not this one?". */
export interface RecognisedMention extends Mention {
  /** Other entry ids the span may mean besides `entityId`, best first. */
  readings?: string[];
}

export interface Recognised {
  /** The mentions of each run of text asked about, offsets into that run (`mention-wire.ts`). */
  runs: PackedMentions[];
  /** Index entries (names, category, related, dated facts) of every entity and reading above. */
  entries: IndexEntry[];
  /** Oldest review date of the knowledge base's sources: cards say facts are known up to it. */
  reviewed: string;
  /** Milliseconds the background spent on the request (reading its index too, if it had to). */
  took: number;
  /**
   * The settings as the background knows them, with the answer to a request sent `ifActive`
   * (before the page had read them): the page goes on with these instead of waiting for its own read.
   */
  settings?: Settings;
}

/** The answer to a recognition asked `ifActive` on a site where Gloss is off. */
export interface Declined {
  off: true;
}

/**
 * Full entries for cards, with the index entries of those they refer to (predecessors, successors,
 * related entries): a card names them ("Mark Rutte succeeded him") though the page may not.
 */
export interface EntriesAnswer {
  entries: Entry[];
  refs: IndexEntry[];
}
