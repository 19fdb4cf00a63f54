/**
 * Search over the knowledge base for the look-up box (panel and popup): folded prefix and word
 * matches on labels and aliases in every language, labels and the reader's language first.
 */
import { fold } from '../core/text/fold';
import type { Entry, Lang } from './schema';

/** What search needs of an entry: its names. Index entries and full entries both qualify. */
type Searchable = Pick<Entry, 'id' | 'label' | 'aliases'>;

export interface SearchHit<E extends Searchable = Entry> {
  entry: E;
  /** The label or alias that matched, as written. */
  matched: string;
  score: number;
}

export function searchEntries<E extends Searchable>(entries: readonly E[], query: string, lang: Lang, limit = 8): SearchHit<E>[] {
  const q = fold(query.trim()).replace(/\s+/g, ' ');
  if (q.length < 2) return [];
  const hits: SearchHit<E>[] = [];
  for (const entry of entries) {
    let best: SearchHit<E> | null = null;
    const consider = (text: string, weight: number) => {
      const f = fold(text);
      let score = 0;
      if (f === q) score = 100;
      else if (f.startsWith(q)) score = 80 - Math.min(20, f.length - q.length);
      else if (f.split(/[\s-]+/).some((w) => w.startsWith(q))) score = 60;
      else if (q.length >= 4 && f.includes(q)) score = 40;
      score *= weight;
      if (score > 0 && (!best || score > best.score)) best = { entry, matched: text, score };
    };
    for (const [l, label] of Object.entries(entry.label)) consider(label, l === lang ? 1.2 : 1);
    for (const [l, list] of Object.entries(entry.aliases ?? {})) for (const a of list) consider(a, l === lang ? 1.1 : 0.9);
    if (best) hits.push(best);
  }
  return hits.sort((a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id)).slice(0, limit);
}
