/**
 * What else a marked span may mean, for the card's "Not this one?": the recogniser's runners-up
 * first, then every entry with a name or surname written like the span ("Bush", "Georgia"), in any
 * language. The table of names is built on first use. The background lists them with each mention
 * it recognises for a page (`background/kb-service.ts`).
 */
import type { KbIndex } from '../../kb/compiled';
import type { Mention } from './mention';
import { formTokens } from '../text/tokenize';

/** The choices shown at most. */
export const MAX_READINGS = 5;

export class OtherReadings {
  /** Folded name or surname form -> the ids of the entries written so. */
  private byKey: Map<string, string[]> | null = null;

  constructor(private readonly kb: KbIndex) {}

  /** Entry ids `mention` may mean besides `current`, leaving out those the reader muted. */
  of(mention: Mention, current: string | null, muted: readonly string[], limit = MAX_READINGS): string[] {
    const byKey = this.table();
    const key = formTokens(mention.text).join(' ');
    // A genitive ("Bushs", "Poetins") reads like the name without its -s.
    const named = byKey.get(key) ?? byKey.get(key.replace(/s$/, '')) ?? [];
    const ids = new Set([...(mention.alternatives ?? []), ...named]);
    if (current) ids.delete(current);
    return [...ids].filter((id) => !muted.includes(id)).slice(0, limit);
  }

  /** Builds the table of names now (the background does it while idle, not on a page's first request). */
  prepare(): void {
    this.table();
  }

  private table(): Map<string, string[]> {
    if (this.byKey) return this.byKey;
    const byKey = new Map<string, string[]>();
    for (const f of this.kb.forms) {
      if (f.kind !== 'name' && f.kind !== 'surname') continue;
      const id = this.kb.entries[f.entry]!.id;
      const list = byKey.get(f.key);
      if (!list) byKey.set(f.key, [id]);
      else if (!list.includes(id)) list.push(id);
    }
    return (this.byKey = byKey);
  }
}
