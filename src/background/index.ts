/**
 * The service worker: keyboard command, context menu, toolbar badge, and the knowledge base the
 * content scripts ask (recognition runs here, off the pages' main threads: `kb-service.ts`). What
 * it keeps in memory is a cache it can rebuild (it may be stopped at any time); settings live in
 * storage and every tab reacts to them.
 */
import { browser } from '../shared/browser';
import { uiTemplates } from './ui-message-table';
import type { Runtime } from 'webextension-polyfill';
import { isMessage, TO_BACKGROUND_TYPES, type Message, type ToBackground, type ToContent } from '../shared/messages';
import { updateSettings } from '../shared/storage';
import { answerKb } from './kb-requests';
import { kbService } from './kb-service';
import { Uploads } from './uploads';
import { liveLookup, pruneLiveCache } from './live-lookups';
import { settingsIfActiveAt, settingsNow } from './settings-now';

const MENU_EXPLAIN = 'gloss-explain';

/** The knowledge base, read from the extension's own package. */
const kb = kbService(async (path) => {
  const r = await fetch(browser.runtime.getURL(path));
  if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
  return r.text();
});
const uploads = new Uploads();

browser.runtime.onInstalled.addListener(() => {
  void pruneLiveCache().catch(() => undefined);
  // Menus persist across service-worker restarts; create them once per install or update.
  browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({
      id: MENU_EXPLAIN,
      title: browser.i18n.getMessage('menuExplain', ['%s']),
      contexts: ['selection'],
    }),
  );
});

/**
 * A tab starts loading a page: read the index now, while the page loads, not when its content
 * script asks (a stopped background takes a few hundred ms to start, and the content script runs
 * only once the page's document is in). Once per background life, and only if Gloss is on.
 */
browser.tabs.onUpdated.addListener((_tabId, change) => {
  if (change.status !== 'loading' || kb.readied()) return;
  void settingsNow()
    .then((s) => (s.enabled ? kb.recogniser() : undefined))
    .catch(() => undefined);
});

browser.commands.onCommand.addListener(async (command, tab) => {
  if (command === 'toggle-gloss') await updateSettings((s) => ({ ...s, enabled: !s.enabled }));
  else if ((command === 'next-mark' || command === 'previous-mark') && tab?.id !== undefined) {
    const message: Message<ToContent, 'step'> = { type: 'step', direction: command === 'next-mark' ? 1 : -1 };
    await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  }
});

browser.contextMenus.onClicked.addListener(async (info, tab) => {
  if (info.menuItemId !== MENU_EXPLAIN || tab?.id === undefined || !info.selectionText) return;
  const message: Message<ToContent, 'explainSelection'> = { type: 'explainSelection', text: info.selectionText };
  await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Only our own content scripts may set the badge or ask the knowledge base.
  if (sender.id !== browser.runtime.id || !isMessage<ToBackground>(message, TO_BACKGROUND_TYPES)) return undefined;
  const scope = `${sender.tab?.id ?? 'none'}:${sender.frameId ?? 0}`;
  const answer = answerKb(kb, uploads, message, { scope, settingsIfActive: () => settingsIfActiveAt(sender.url) });
  if (answer) return answer;
  if (message.type === 'lookup') {
    const { lang, title, query, person } = message;
    const valid =
      typeof lang === 'string' && /^[a-z]{2,3}$/.test(lang) && (typeof title === 'string' || typeof query === 'string');
    if (!valid) return Promise.resolve({ status: 'failed', reason: 'bad-response' });
    return liveLookup({ lang, title: title?.slice(0, 300), query: query?.slice(0, 200), person: person === true });
  }
  if (message.type === 'uiMessages') return Promise.resolve(uiTemplates());
  if (message.type === 'setBadge' && sender.tab?.id !== undefined) {
    const text = message.count > 0 ? String(Math.min(message.count, 999)) : '';
    return browser.action.setBadgeText({ tabId: sender.tab.id, text }).then(() => undefined);
  }
  return undefined;
});
