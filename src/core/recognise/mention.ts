import type { Category } from '../../kb/schema';

/**
 * The one interface between recognition and rendering: a span of the article text and what it
 * refers to. Rendering never re-parses text; recognition never touches the live DOM.
 */
export interface Mention {
  /** `text.slice(start, end)` of the article text. */
  text: string;
  /** UTF-16 offsets into the article text. */
  start: number;
  end: number;
  category: Category;
  /** Knowledge-base entry id, or null for a mention found without an entry. */
  entityId: string | null;
  /** Display name when there is no entry (inferred mentions). */
  name?: string;
  /** 0..1; mentions below the recogniser's threshold are not returned. */
  confidence: number;
  source: 'kb' | 'inferred';
  /** 'low' for entries not worth marking in running text (countries, continents). */
  salience: 'normal' | 'low';
  /** Other entries this span may mean, best first (offered under "Not this one?"). */
  alternatives?: string[];
}
