/**
 * The reader's corrections on one page ("Not this one?"): a mark given another reading, or a
 * mark hidden. Keyed by the mention's start offset, so they follow the text when the article is
 * recognised again and its mentions move.
 */
import type { Entry } from '../kb/schema';
import type { RecognisedMention } from '../shared/kb-answers';

export class Corrections {
  /** Mention start -> the entity the reader chose, or null to hide the mark. */
  private readonly chosen = new Map<number, string | null>();

  /** The reader chose `id` for the mention at `start` (null: hide that mark). */
  set(start: number, id: string | null): void {
    this.chosen.set(start, id);
  }

  /**
   * The mentions as the reader corrected them. The recogniser's choice becomes one of a corrected
   * mention's other readings; a hidden one, or one whose chosen entry is unknown, is left out.
   */
  apply(mentions: RecognisedMention[], entryOf: (id: string) => Entry | undefined): RecognisedMention[] {
    // Most readers correct nothing; a long article has ~12,000 mentions to copy otherwise.
    if (this.chosen.size === 0) return mentions;
    return mentions.flatMap((m) => {
      if (!this.chosen.has(m.start)) return [m];
      const id = this.chosen.get(m.start);
      const e = id ? entryOf(id) : undefined;
      const readings = [...(m.entityId ? [m.entityId] : []), ...(m.readings ?? [])];
      return e ? [{ ...m, entityId: e.id, category: e.category, alternatives: undefined, readings }] : [];
    });
  }

  /** The article was recognised again: keep the corrections of mentions that moved (old start -> new), drop the rest. */
  follow(moved: ReadonlyMap<number, number>): void {
    const kept = [...this.chosen].flatMap(([start, id]) => (moved.has(start) ? [[moved.get(start)!, id] as const] : []));
    this.chosen.clear();
    for (const [start, id] of kept) this.chosen.set(start, id);
  }
}
