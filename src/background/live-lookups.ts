/**
 * Live look-ups in the service worker: only on a reader's request (a card opened, a term looked
 * up), never on page load, and only the title or search term the reader asked about leaves the
 * browser. Answers are cached in `storage.local` for a week, so a second opening is instant and
 * works offline. The worker may be stopped at any time; nothing here needs to survive in memory.
 */
import { browser } from '../shared/browser';
import { createClient, type Cache, type LookupRequest } from '../lib/wiki/client';
import { DEFAULT_API_BASE, type ApiBase, type LiveResult } from '../lib/wiki/types';
import { loadSettings } from '../shared/storage';

const CACHE_PREFIX = 'live:';
const WEEK_MS = 7 * 24 * 3600 * 1000;
/** Test-only override of the API addresses (end-to-end tests point it at a local server). */
export const API_BASE_KEY = 'glossApiBase';

const storageCache: Cache = {
  async get(key) {
    const k = CACHE_PREFIX + key;
    const entry = (await browser.storage.local.get(k))[k] as { at: number; data: unknown } | undefined;
    return entry && Date.now() - entry.at < WEEK_MS ? entry.data : undefined;
  },
  async set(key, data) {
    await browser.storage.local.set({ [CACHE_PREFIX + key]: { at: Date.now(), data } });
  },
};

async function apiBase(): Promise<ApiBase> {
  const stored = (await browser.storage.local.get(API_BASE_KEY))[API_BASE_KEY] as Partial<ApiBase> | undefined;
  return { ...DEFAULT_API_BASE, ...(stored && typeof stored === 'object' ? stored : {}) };
}

let client: { base: string; lookup: (r: LookupRequest) => Promise<LiveResult> } | null = null;

export async function liveLookup(request: LookupRequest): Promise<LiveResult> {
  if (!(await loadSettings()).liveLookups) return { status: 'failed', reason: 'disabled' };
  const base = await apiBase();
  const key = JSON.stringify(base);
  if (client?.base !== key)
    client = { base: key, ...createClient({ base, fetcher: (u, i) => fetch(u, i), cache: storageCache, minIntervalMs: 200 }) };
  return client.lookup(request);
}

/** Drop expired cache entries (called on install and update, so storage does not grow forever). */
export async function pruneLiveCache(): Promise<void> {
  const all = await browser.storage.local.get(null);
  const old = Object.entries(all)
    .filter(([k, v]) => k.startsWith(CACHE_PREFIX) && !(Date.now() - ((v as { at?: number })?.at ?? 0) < WEEK_MS))
    .map(([k]) => k);
  if (old.length) await browser.storage.local.remove(old);
}
