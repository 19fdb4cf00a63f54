import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { compileFromSources } from '../../src/node/kb-sources';
import { Recogniser } from '../../src/core/recognise/recogniser';
import type { Category, Entry } from '../../src/kb/schema';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SHARED = resolve(ROOT, '../shared');

/** A recogniser over the small fixture knowledge base (tests/fixtures/kb-mini). */
export function miniRecogniser(): Recogniser {
  return new Recogniser(compileFromSources(resolve(ROOT, 'tests/fixtures/kb-mini')));
}

/** Full entries of a knowledge base, by id (cards need what the recogniser's index leaves out). */
export function entriesOf(dir?: string): Map<string, Entry> {
  return new Map(compileFromSources(dir).entries.map((e) => [e.id, e]));
}
export const MINI_KB = resolve(ROOT, 'tests/fixtures/kb-mini');

/** A recogniser over the real knowledge base. */
export function realRecogniser(): Recogniser {
  return new Recogniser(compileFromSources());
}

/** [text, entity id] of every mention `r` finds in `text` (of one category, when given): what KB tests compare. */
export function mentionIds(
  r: Recogniser,
  text: string,
  lang: string,
  date: string | null,
  category?: Category,
): [string, string | null][] {
  return r
    .recognise(text, { lang, date })
    .filter((m) => !category || m.category === category)
    .map((m) => [m.text, m.entityId]);
}

export function domFrom(html: string, url = 'http://localhost/'): Document {
  return new JSDOM(html, { url }).window.document;
}

export function seedDocument(): Document {
  return domFrom(readFileSync(resolve(SHARED, 'fixtures/seed-article-nl.html'), 'utf8'));
}
