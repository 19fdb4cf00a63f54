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
