import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type en from '../../public/_locales/en/messages.json';
import type { PanelCategory } from '../shared/settings';

/** A UI message key from `_locales/en/messages.json` (the source of truth). */
export type MessageKey = keyof typeof en;
export type Translate = (key: MessageKey, subs?: string[]) => string;

/**
 * The UI's message lookup, injected so components render in tests without extension APIs.
 * In the extension it is `browser.i18n.getMessage`.
 */
export const TranslateContext = createContext<Translate>((key) => key);
export const useT = () => useContext(TranslateContext);

/** Panel groups and their UI labels, in the order the panel, popup and options page show them. */
export const CATEGORY_LABELS: readonly (readonly [PanelCategory, MessageKey])[] = [
  ['person', 'catPerson'],
  ['term', 'catTerm'],
  ['history', 'catHistory'],
  ['place', 'catPlace'],
];
