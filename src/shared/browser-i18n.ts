/**
 * The browser's side of localisation: UI messages from `_locales` and the UI language, for the
 * content script and the extension pages (components receive `Translate` and stay testable).
 */
import { browser } from './browser';
import { LANGS, type Lang } from '../kb/schema';
import type { Translate } from '../panels/i18n';

/**
 * Messages asked for before, by key and substitutions: every call into the browser's i18n API
 * crosses into its bindings (~0.2 ms each in a content script), and the panel asks for the same
 * dozen messages on every redraw. The UI language cannot change while a page is open.
 */
const said = new Map<string, string>();

export const translate: Translate = (key, subs) => {
  const id = subs === undefined ? key : `${key}\u0000${subs.join('\u0000')}`;
  let text = said.get(id);
  if (text === undefined) said.set(id, (text = browser.i18n.getMessage(key, subs) || key));
  return text;
};

/** The browser's UI language if Gloss speaks it, else English. */
export function uiLanguage(): Lang {
  const l = browser.i18n.getUILanguage().slice(0, 2);
  return (LANGS as readonly string[]).includes(l) ? (l as Lang) : 'en';
}
