/**
 * The browser's side of localisation: UI messages from `_locales` and the UI language, for the
 * content script and the extension pages (components receive `Translate` and stay testable).
 */
import { browser } from './browser';
import type { Message, ToBackground } from './messages';
import { fillTemplate, isTemplates } from './ui-templates';
import { LANGS, type Lang } from '../kb/schema';
import type { Translate } from '../panels/i18n';

/**
 * Messages asked for before, by key and substitutions: every call into the browser's i18n API
 * crosses into its bindings (~0.2 ms each in a content script), and the panel asks for the same
 * dozen messages on every redraw. The UI language cannot change while a page is open.
 */
const said = new Map<string, string>();
/** The background's templates of the messages (`ui-templates.ts`), once they came. */
let templates: Record<string, string> | null = null;
let fetched = false;

export const translate: Translate = (key, subs) => {
  const id = subs === undefined ? key : `${key}\u0000${subs.join('\u0000')}`;
  let text = said.get(id);
  if (text === undefined) {
    const template = templates && Object.hasOwn(templates, key) ? templates[key] : undefined;
    text = template !== undefined ? fillTemplate(template, subs) : browser.i18n.getMessage(key, subs) || key;
    said.set(id, text);
  }
  return text;
};

/**
 * Asks the background for the messages as templates (content scripts, on pages with an article):
 * what the panel then asks for needs no call into the i18n API. Until they come, and if they never
 * do, {@link translate} asks the browser. Asks once per page.
 */
export function fetchTemplates(): void {
  if (fetched) return;
  fetched = true;
  const message: Message<ToBackground, 'uiMessages'> = { type: 'uiMessages' };
  browser.runtime.sendMessage(message).then(
    (answer: unknown) => {
      if (isTemplates(answer)) templates = answer;
    },
    () => undefined,
  );
}

/** The browser's UI language if Gloss speaks it, else English. */
export function uiLanguage(): Lang {
  const l = browser.i18n.getUILanguage().slice(0, 2);
  return (LANGS as readonly string[]).includes(l) ? (l as Lang) : 'en';
}
