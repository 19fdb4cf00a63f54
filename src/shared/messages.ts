/**
 * Every cross-context message, typed: one map per direction. A message is `{type, ...payload}`;
 * receivers check the shape with {@link isMessage} before acting, because anything can arrive
 * on `runtime.onMessage`.
 */

/** Background -> content script. */
export interface ToContent {
  /** Context menu "Explain": look the selected text up and show a card. */
  explainSelection: { text: string };
  /** Popup asks what the page shows. */
  pageStatus: object;
  /** Keyboard command: open the next (+1) or previous (-1) marked term. */
  step: { direction: 1 | -1 };
}

/** Content script -> background. */
export interface ToBackground {
  /** How many entities the page explains (for the toolbar badge). */
  setBadge: { count: number };
  /** A live Wikipedia/Wikidata look-up the reader asked for (answered with a LiveResult). */
  lookup: { lang: string; title?: string; query?: string; person?: boolean };
  /** The page holds an article: have the knowledge base ready (no answer). */
  kbWarm: object;
  /** A piece of a long text, kept for the `kbRecognise` run that names `key` (answered with true). */
  kbUpload: { key: string; text: string };
  /**
   * Recognise runs of article text (answered with a `Recognised`, see `kb-answers.ts`); a run
   * with `uploaded` begins with the pieces uploaded under that key. With `ifActive`, sent before
   * the page has read the settings: answered with `{ off: true }` when Gloss is off on the sender's
   * site, without recognising, and else with the settings too.
   */
  kbRecognise: {
    runs: { text: string; named: string[]; uploaded?: string }[];
    lang: string | null;
    date: string | null;
    ifActive?: boolean;
  };
  /** Full entries for cards (answered with an `EntriesAnswer`, see `kb-answers.ts`). */
  kbEntries: { ids: string[] };
  /** The look-up box (answered with an `EntriesAnswer`, best first). */
  kbSearch: { query: string; lang: string; limit: number };
  /** "Explain" on a selection (answered with an `EntriesAnswer` of the entry it names, or none). */
  kbExplain: { text: string; lang: string | null; date: string | null; cardLang: string };
  /** The UI messages as templates (answered with key -> template, see `ui-templates.ts`). */
  uiMessages: object;
}

export interface PageStatus {
  active: boolean;
  article: boolean;
  count: number;
  host: string;
}

export type Message<M, K extends keyof M = keyof M> = K extends keyof M ? { type: K } & M[K] : never;

export function isMessage<M>(value: unknown, types: readonly (keyof M)[]): value is Message<M> {
  return !!value && typeof value === 'object' && types.includes((value as { type: keyof M }).type);
}

export const TO_CONTENT_TYPES: readonly (keyof ToContent)[] = ['explainSelection', 'pageStatus', 'step'];
export const TO_BACKGROUND_TYPES: readonly (keyof ToBackground)[] = [
  'setBadge',
  'lookup',
  'kbWarm',
  'kbUpload',
  'kbRecognise',
  'kbEntries',
  'kbSearch',
  'kbExplain',
  'uiMessages',
];
