// Launches Debian's Firefox ESR through puppeteer-core over WebDriver BiDi and installs the
// Firefox build (dist/firefox) as a temporary add-on (BiDi webExtension.install: unsigned is fine).
//
// Settings: Firefox has no service worker to evaluate in, and BiDi normally refuses to navigate
// to moz-extension:// pages ("not allowed in this context"). Starting Firefox with
// --remote-allow-system-access lifts that restriction for this throwaway test profile, so a tab
// can open the extension's own popup page; code evaluated there runs with the extension's
// privileges (browser.storage), and the popup's switches can be clicked like a reader would.
import puppeteer from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const DIST = resolve(import.meta.dirname, '../../dist/firefox');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Fixed moz-extension:// host for the add-on, so tests know its page URLs. */
const UUID = '6f1d3c2a-9b7e-4e51-8a0c-3d2f4b5e6a71';

export async function launchWithExtension({ headless = true } = {}) {
  const manifestPath = join(DIST, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`no build in ${DIST}: run npm run build:firefox first`);
  const addonId = JSON.parse(readFileSync(manifestPath, 'utf8')).browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [addonId]: UUID }) },
  });
  const id = await browser.installExtension(DIST);
  if (id !== addonId) throw new Error(`installed ${id}, expected ${addonId}`);
  return { browser, id, origin: `moz-extension://${UUID}` };
}

/**
 * Opens one of the extension's pages (e.g. the popup) in a new tab. BiDi reports no load events
 * for extension documents, so navigate without waiting and poll the document instead.
 */
export async function openExtensionPage(ext, path) {
  const page = await ext.browser.newPage();
  const url = `${ext.origin}/${path}`;
  await ext.browser.connection.send('browsingContext.navigate', { context: page.mainFrame()._id, url, wait: 'none' });
  await page.waitForFunction((u) => location.href === u && document.readyState === 'complete', { polling: 50 }, url);
  return page;
}

/** Sets the reader's settings as the popup would: read-modify-write of storage.sync, from an extension page. */
export async function setSettings(extensionPage, patch) {
  await extensionPage.evaluate(async (p) => {
    const storage = globalThis.browser.storage.sync;
    const { settings = {} } = await storage.get('settings');
    await storage.set({ settings: { ...settings, ...p } });
  }, patch);
}
