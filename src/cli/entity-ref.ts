import type { Mention } from '../core/recognise/mention';
import type { Entry } from '../kb/schema';

/** The `entity` object of the CLI contract: id, English name, Wikidata id and Wikipedia titles. */
export function entityRef(entry: Entry) {
  return {
    id: entry.id,
    name: entry.label.en ?? entry.label.nl ?? entry.id,
    ...(entry.sources.wikidata ? { wikidata: entry.sources.wikidata } : {}),
    wikipedia: entry.sources.wikipedia ?? {},
  };
}

/** One mention as the CLI contract writes it (../shared/design/explain-cli.md). */
export function mentionJson(m: Mention, entries: ReadonlyMap<string, Entry>) {
  const entry = m.entityId ? entries.get(m.entityId) : undefined;
  return {
    text: m.text,
    start: m.start,
    end: m.end,
    category: m.category,
    entity: entry ? entityRef(entry) : m.name ? { name: m.name } : null,
    source: m.source,
    confidence: m.confidence,
    salience: m.salience,
  };
}
