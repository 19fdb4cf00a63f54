/**
 * English person names on defence and security news: the dstl re3d corpus (98 documents from BBC
 * Online, the UK Government, the US State Department, CENTCOM, Wikipedia...), each fed as plain text
 * through `explain --text --lang en`.
 *
 * re3d's Person annotations are not CoNLL-style names: they also cover pronouns ("he"), role phrases
 * ("The Foreign Secretary") and titles with names ("Minister Tobias Ellwood"), so an exact-span score
 * would mostly measure that convention. Two overlap figures instead:
 *  - precision: Gloss's person mentions that overlap some Person annotation;
 *  - recall: Person annotations that hold a name (a capitalised word, not a pronoun or a phrase
 *    opening with "the"/"a"/"an"/"another"/"one"/"his"/"her"/"its") overlapped by a person mention.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { explainTexts } from './span-score';

interface Re3dDoc {
  text: string;
  persons: { begin: number; end: number; value: string }[];
}

function jsonLines<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

function readRe3d(dir: string): Re3dDoc[] {
  const byId = new Map<string, Re3dDoc>();
  for (const source of readdirSync(dir).sort()) {
    const docs = join(dir, source, 'documents.json');
    if (!existsSync(docs)) continue;
    for (const d of jsonLines<{ _id: string; text: string }>(docs)) byId.set(d._id, { text: d.text, persons: [] });
    for (const e of jsonLines<{ documentId: string; type: string; begin: number; end: number; value: string }>(
      join(dir, source, 'entities.json'),
    ))
      if (e.type === 'Person') byId.get(e.documentId)?.persons.push({ begin: e.begin, end: e.end, value: e.value });
  }
  return [...byId.values()];
}

const NOT_A_NAME =
  /^(?:(?:the|a|an|another|one|his|her|its|my|their)\s|(?:he|she|him|her|his|i|we|they|you|it|me|us|them|my)$)/iu;
const isName = (value: string) => /\p{Lu}\p{Ll}/u.test(value) && !NOT_A_NAME.test(value.trim());

export interface Re3dScore {
  documents: number;
  predicted: number;
  precision: number;
  names: number;
  recall: number;
  seconds: number;
  misses: string[];
  falses: string[];
}

export function re3dScore(dir: string): Re3dScore {
  const docs = readRe3d(dir);
  const run = explainTexts(
    docs.map((d) => d.text),
    'en',
  );
  let predicted = 0;
  let right = 0;
  let names = 0;
  let found = 0;
  const misses: string[] = [];
  const falses: string[] = [];
  run.mentions.forEach((all, i) => {
    const doc = docs[i]!;
    const mentions = all.filter((m) => m.category === 'person');
    const overlaps = (a: { start: number; end: number }, b: { begin: number; end: number }) => a.start < b.end && b.begin < a.end;
    for (const m of mentions) {
      predicted++;
      if (doc.persons.some((p) => overlaps(m, p))) right++;
      else falses.push(m.text);
    }
    for (const p of doc.persons.filter((x) => isName(x.value))) {
      names++;
      if (mentions.some((m) => overlaps(m, p))) found++;
      else misses.push(p.value);
    }
  });
  return {
    documents: docs.length,
    predicted,
    precision: right / (predicted || 1),
    names,
    recall: found / (names || 1),
    seconds: run.seconds,
    misses,
    falses,
  };
}
