/**
 * Loads the compiled knowledge base bundled with the extension, once per page, and only after
 * the page turned out to hold an article. A broken file gives a quiet failure (no marks), never
 * an exception in the page.
 */
import browser from 'webextension-polyfill';
import type { CompiledKb } from '../kb/compiled';
import { Recogniser } from '../core/recognise/recogniser';

export const KB_PATH = 'kb/kb.json';

let loading: Promise<Recogniser> | null = null;

export function loadRecogniser(): Promise<Recogniser> {
  loading ??= fetch(browser.runtime.getURL(KB_PATH))
    .then((r) => {
      if (!r.ok) throw new Error(`knowledge base: HTTP ${r.status}`);
      return r.json() as Promise<CompiledKb>;
    })
    .then((kb) => {
      if (kb?.format !== 1 || !Array.isArray(kb.entries) || !Array.isArray(kb.forms))
        throw new Error('knowledge base: unknown format');
      return new Recogniser(kb);
    })
    .catch((err: unknown) => {
      loading = null;
      throw err;
    });
  return loading;
}
