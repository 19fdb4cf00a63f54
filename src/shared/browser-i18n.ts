/**
 * The browser's side of localisation: UI messages from `_locales` and the UI language, for the
 * content script and the extension pages (components receive `Translate` and stay testable).
 */
import browser from 'webextension-polyfill';
import { LANGS, type Lang } from '../kb/schema';
import type { Translate } from '../panels/i18n';

export const translate: Translate = (key, subs) => browser.i18n.getMessage(key, subs) || key;

/** The browser's UI language if Gloss speaks it, else English. */
export function uiLanguage(): Lang {
  const l = browser.i18n.getUILanguage().slice(0, 2);
  return (LANGS as readonly string[]).includes(l) ? (l as Lang) : 'en';
}
