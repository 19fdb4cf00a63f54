/**
 * Stand-in entries for people the name finder found but the knowledge base does not know. They
 * carry only the name until a live look-up adds what Wikidata says (offices with dates, birth and
 * death), which the card then presents as of the article's date like any other entry.
 */
import type { WikidataPerson } from '../lib/wiki/types';
import { LANGS, type Entry, type Fact, type Lang } from '../kb/schema';
import type { RecognisedMention } from '../shared/kb-answers';

export function inferredEntry(id: string, name: string, note: string): Entry {
  const all = Object.fromEntries(LANGS.map((l) => [l, name]));
  return {
    id,
    category: 'person',
    label: all,
    description: Object.fromEntries(LANGS.map((l) => [l, note])),
    explanation: {},
    sources: {},
  };
}

/**
 * The mentions with each person the name finder found (a name, no entity) pointing at its
 * stand-in entry ("inferred:<name>"), made once per name in `inferred`.
 */
export function withStandIns(mentions: RecognisedMention[], inferred: Map<string, Entry>, note: string): RecognisedMention[] {
  return mentions.map((m) => {
    if (m.entityId || !m.name) return m;
    const id = `inferred:${m.name}`;
    if (!inferred.has(id)) inferred.set(id, inferredEntry(id, m.name, note));
    return { ...m, entityId: id };
  });
}

export function withWikidata(entry: Entry, person: WikidataPerson, lang: Lang): Entry {
  const facts: Fact[] = [];
  if (person.born) facts.push({ type: 'born', date: person.born });
  if (person.died) facts.push({ type: 'died', date: person.died });
  for (const p of person.positions)
    if (p.start || p.end)
      facts.push({
        type: 'role',
        role: { [lang]: p.label, en: p.label },
        ...(p.start ? { start: p.start } : {}),
        ...(p.end ? { end: p.end } : {}),
      });
  return {
    ...entry,
    ...(person.description ? { description: { ...entry.description, [lang]: person.description } } : {}),
    facts,
    sources: { wikidata: person.id },
  };
}
