/**
 * The reader's settings: one typed object in `storage.sync`, with defaults and a normaliser that
 * turns anything stored (old formats, corrupted values) into a valid Settings without losing the
 * reader's per-site choices.
 */
import { LANGS, type Category, type Lang } from '../kb/schema';

export type Density = 'first' | 'all' | 'none';
/** Panel groups; organisations are listed with terms. */
export type PanelCategory = 'person' | 'term' | 'history' | 'place';

export interface Settings {
  version: 1;
  /** Master switch (toolbar popup, keyboard command). */
  enabled: boolean;
  /** Hostnames where Gloss stays off. */
  disabledSites: string[];
  categories: Record<PanelCategory, boolean>;
  /** Which mentions get a mark in the text: the first per entity, all, or none (panel only). */
  density: Density;
  /** Entity ids the reader asked not to explain again. */
  muted: string[];
  /** Card language: the article's (falling back to English) or a fixed one. */
  cardLanguage: 'article' | Lang;
  /** Live Wikipedia/Wikidata look-ups on the reader's request; false = knowledge base only. */
  liveLookups: boolean;
  /** Panel theme: follow the page (and system), or fixed. */
  theme: 'auto' | 'light' | 'dark';
  /** Hostnames where the reader collapsed the panel (remembered per site). */
  collapsedSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  enabled: true,
  disabledSites: [],
  categories: { person: true, term: true, history: true, place: true },
  density: 'first',
  muted: [],
  cardLanguage: 'article',
  liveLookups: true,
  theme: 'auto',
  collapsedSites: [],
};

export const SETTINGS_KEY = 'settings';

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Any stored value -> valid Settings. Unknown or broken fields fall back to their defaults. */
export function normaliseSettings(raw: unknown): Settings {
  const v = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const cats = (v.categories && typeof v.categories === 'object' ? v.categories : {}) as Record<string, unknown>;
  const bool = (x: unknown, d: boolean) => (typeof x === 'boolean' ? x : d);
  return {
    version: 1,
    enabled: bool(v.enabled, DEFAULT_SETTINGS.enabled),
    disabledSites: [...new Set(strings(v.disabledSites))],
    categories: {
      person: bool(cats.person, true),
      term: bool(cats.term, true),
      history: bool(cats.history, true),
      place: bool(cats.place, true),
    },
    density: v.density === 'all' || v.density === 'none' || v.density === 'first' ? v.density : DEFAULT_SETTINGS.density,
    muted: [...new Set(strings(v.muted))],
    cardLanguage: LANGS.includes(v.cardLanguage as Lang) ? (v.cardLanguage as Lang) : 'article',
    liveLookups: bool(v.liveLookups, DEFAULT_SETTINGS.liveLookups),
    theme: v.theme === 'light' || v.theme === 'dark' ? v.theme : 'auto',
    collapsedSites: [...new Set(strings(v.collapsedSites))],
  };
}

/** Whether Gloss runs on a page of `host` under these settings. */
export function activeOn(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(host);
}

/** The panel group an entry category is listed under. */
export function panelCategory(c: Category): PanelCategory {
  return c === 'org' ? 'term' : c;
}
