/**
 * Loads the knowledge base bundled with the extension, once per page, and only after the page
 * turned out to hold an article: first the index recognition needs (`kb/index.json`, in the
 * column format of `kb/kb-files.ts`), later the full entries for cards (`kb/entries.json`), read in
 * pieces as they arrive and parsed a few entries at a time, so that it never makes a long task. A
 * broken file gives a quiet failure (no marks, no card), never an exception in the page.
 */
import browser from 'webextension-polyfill';
import type { Entry } from '../kb/schema';
import { decodeIndexSteps, entryLine, isIndexFile } from '../kb/kb-files';
import type { Steps } from '../core/steps';
import { Recogniser } from '../core/recognise/recogniser';
import { yieldToPage } from './yield-to-page';

export const KB_INDEX_PATH = 'kb/index.json';
export const KB_ENTRIES_PATH = 'kb/entries.json';

/** Longest stretch of parsing entries before yielding to the page. */
const ENTRY_BUDGET_MS = 8;

/** Reads an extension file, handing each decoded piece to `onText` as it arrives. */
async function readPieces(path: string, onText: (text: string) => void | Promise<void>) {
  const r = await fetch(browser.runtime.getURL(path));
  if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
  if (!r.body) return onText(await r.text());
  const reader = r.body.getReader();
  const decoder = new TextDecoder();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    await onText(decoder.decode(value, { stream: true }));
  }
  const rest = decoder.decode();
  if (rest) await onText(rest);
}

let indexText: Promise<string> | null = null;
let indexAbort: AbortController | null = null;

/**
 * Starts reading the index (once) and resolves to its text. The content script calls it as soon
 * as it has found an article, before the settings are in, so the read overlaps the wait.
 */
export function loadIndexText(): Promise<string> {
  if (!indexText) {
    indexAbort = new AbortController();
    // In one piece: for a file this size (ASCII) that is cheaper than decoding and joining pieces.
    indexText = fetch(browser.runtime.getURL(KB_INDEX_PATH), { signal: indexAbort.signal })
      .then((r) => {
        if (!r.ok) throw new Error(`${KB_INDEX_PATH}: HTTP ${r.status}`);
        return r.text();
      })
      .catch((err: unknown) => {
        indexText = null;
        throw err;
      });
  }
  return indexText;
}

/** Gloss turned out to be off here: stop a read nobody will use. */
export function dropIndex(): void {
  if (recogniser) return;
  indexAbort?.abort();
  indexAbort = null;
  indexText = null;
}

let recogniser: Recogniser | null = null;

/**
 * The recogniser over the index text: parsed and decoded once per page, with pause points for the
 * caller's slicing (see `core/steps.ts`).
 */
export function* recogniserSteps(text: string): Steps<Recogniser> {
  if (!recogniser) {
    const file: unknown = JSON.parse(text);
    if (!isIndexFile(file)) throw new Error(`${KB_INDEX_PATH}: unknown format`);
    yield;
    const kb = yield* decodeIndexSteps(file);
    recogniser ??= new Recogniser(kb);
  }
  return recogniser;
}

let entries: Promise<Map<string, Entry>> | null = null;

export function loadEntries(): Promise<Map<string, Entry>> {
  entries ??= readEntries().catch((err: unknown) => {
    entries = null;
    throw err;
  });
  return entries;
}

async function readEntries(): Promise<Map<string, Entry>> {
  const map = new Map<string, Entry>();
  let rest = '';
  let first = true;
  let sliceStart = performance.now();
  const take = (line: string) => {
    const e = entryLine(line, first);
    first = false;
    if (e) map.set(e.id, e);
  };
  await readPieces(KB_ENTRIES_PATH, async (text) => {
    sliceStart = performance.now();
    const lines = (rest + text).split('\n');
    rest = lines.pop()!;
    for (const line of lines) {
      take(line);
      if (performance.now() - sliceStart > ENTRY_BUDGET_MS) {
        await yieldToPage();
        sliceStart = performance.now();
      }
    }
  });
  if (rest) take(rest);
  if (first) throw new Error(`${KB_ENTRIES_PATH}: empty`);
  // The index leaves aliases out (recognition has them as forms): from now on, search over the
  // index entries finds entries by their aliases too.
  for (const e of recogniser?.kb.entries ?? []) {
    const aliases = map.get(e.id)?.aliases;
    if (aliases) e.aliases = aliases;
  }
  return map;
}
