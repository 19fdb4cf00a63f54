/**
 * The settings as the background knows them: read once per background life and kept current by
 * `storage.onChanged`, so a request that depends on them (a page's early recognition, a tab
 * starting to load) needs no round trip to storage.
 */
import { activeOn, type Settings } from '../shared/settings';
import { loadSettings, watchSettings } from '../shared/storage';

let current: Promise<Settings> | null = null;

watchSettings((s) => {
  current = Promise.resolve(s);
});

/** The settings in force (read again after a failed read). */
export function settingsNow(): Promise<Settings> {
  return (current ??= loadSettings().catch((err: unknown) => {
    current = null;
    throw err;
  }));
}

/**
 * The settings, when Gloss is on at the site of a page's address (`sender.url` of its content
 * script); null when it is off there. No address, or one without a host, counts as off: the page
 * then waits for its own settings.
 */
export async function settingsIfActiveAt(url: string | undefined): Promise<Settings | null> {
  let host: string;
  try {
    host = new URL(url ?? '').hostname;
  } catch {
    return null;
  }
  if (host === '') return null;
  const settings = await settingsNow();
  return activeOn(settings, host) ? settings : null;
}
