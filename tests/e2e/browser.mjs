// Launches Debian's Chromium with the built extension (dist/chrome) through playwright-core.
import { chromium } from 'playwright-core';
import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const DIST = resolve(import.meta.dirname, '../../dist/chrome');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchWithExtension({ colorScheme = 'light', headless = true, args = [], dist = DIST } = {}) {
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`no build in ${dist}: run npm run build first`);
  const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'gloss-e2e-')), {
    executablePath: CHROMIUM,
    headless,
    colorScheme,
    viewport: { width: 1360, height: 900 },
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      // The machine has no network beyond loopback: keep Chromium from trying.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...args,
    ],
  });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const extensionId = new URL(sw.url()).host;
  return { ctx, sw, extensionId };
}

/** Sets the reader's settings as the popup would (through storage.sync in the service worker). */
export async function setSettings(sw, patch) {
  await sw.evaluate(async (p) => {
    const { settings = {} } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...settings, ...p } });
  }, patch);
}
