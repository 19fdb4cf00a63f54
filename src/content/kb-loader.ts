/**
 * Loads the knowledge base bundled with the extension, once per page, and only after the page
 * turned out to hold an article: first the index recognition needs (`kb/index.json`), later the
 * full entries for cards (`kb/entries.json`). A broken file gives a quiet failure (no marks, no
 * card), never an exception in the page.
 */
import browser from 'webextension-polyfill';
import type { KbEntriesFile, KbIndex } from '../kb/compiled';
import type { Entry } from '../kb/schema';
import { Recogniser } from '../core/recognise/recogniser';

export const KB_INDEX_PATH = 'kb/index.json';
export const KB_ENTRIES_PATH = 'kb/entries.json';

async function fetchJson<T>(path: string, valid: (v: T) => boolean): Promise<T> {
  const r = await fetch(browser.runtime.getURL(path));
  if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
  const data = (await r.json()) as T;
  if (!valid(data)) throw new Error(`${path}: unknown format`);
  return data;
}

let recogniser: Promise<Recogniser> | null = null;
let entries: Promise<Map<string, Entry>> | null = null;

export function loadRecogniser(): Promise<Recogniser> {
  recogniser ??= fetchJson<KbIndex>(
    KB_INDEX_PATH,
    (kb) => kb?.format === 1 && Array.isArray(kb.entries) && Array.isArray(kb.forms),
  )
    .then((kb) => new Recogniser(kb))
    .catch((err: unknown) => {
      recogniser = null;
      throw err;
    });
  return recogniser;
}

export function loadEntries(): Promise<Map<string, Entry>> {
  entries ??= fetchJson<KbEntriesFile>(KB_ENTRIES_PATH, (f) => f?.format === 1 && Array.isArray(f.entries))
    .then((f) => new Map(f.entries.map((e) => [e.id, e])))
    .catch((err: unknown) => {
      entries = null;
      throw err;
    });
  return entries;
}
