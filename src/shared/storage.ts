/**
 * Typed access to the settings in `storage.sync`. The only module that touches storage, so the
 * rest of the extension deals in {@link Settings} and never in raw stored values.
 */
import { browser } from './browser';
import type { Storage } from 'webextension-polyfill';
import { normaliseSettings, SETTINGS_KEY, type Settings } from './settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  return normaliseSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: normaliseSettings(settings) });
}

/** Read-modify-write; the change reaches every open tab through `storage.onChanged`. */
export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = normaliseSettings(change(await loadSettings()));
  await saveSettings(next);
  return next;
}

/** Calls `listener` with the new settings whenever they change; returns the unsubscribe function. */
export function watchSettings(listener: (s: Settings) => void): () => void {
  const handler = (changes: Record<string, Storage.StorageChange>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) listener(normaliseSettings(changes[SETTINGS_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
