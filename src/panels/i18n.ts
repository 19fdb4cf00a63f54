import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type en from '../../public/_locales/en/messages.json';

/** A UI message key from `_locales/en/messages.json` (the source of truth). */
export type MessageKey = keyof typeof en;
export type Translate = (key: MessageKey, subs?: string[]) => string;

/**
 * The UI's message lookup, injected so components render in tests without extension APIs.
 * In the extension it is `browser.i18n.getMessage`.
 */
export const TranslateContext = createContext<Translate>((key) => key);
export const useT = () => useContext(TranslateContext);
