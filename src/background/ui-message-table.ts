/**
 * Every UI message in the browser's UI language as a template (`shared/ui-templates.ts`), for the
 * content scripts, which then need not ask the i18n API during their first render. Made once per
 * life of the background: the UI language cannot change while it runs.
 */
import en from '../../public/_locales/en/messages.json';
import { browser } from '../shared/browser';
import { templatesOf } from '../shared/ui-templates';

let table: Record<string, string> | null = null;

/** The templates of every message key of `_locales/en` (the source of truth for keys). */
export function uiTemplates(): Record<string, string> {
  return (table ??= templatesOf(Object.keys(en), (key, subs) => browser.i18n.getMessage(key, subs)));
}
