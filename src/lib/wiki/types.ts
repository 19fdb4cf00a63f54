/** Shapes the live look-ups hand to the UI: small, normalised, plain text only. */

export interface WikiSummary {
  title: string;
  description: string | null;
  /** Plain-text extract (never HTML: it is rendered as text). */
  extract: string;
  thumbnail: string | null;
  url: string;
  lang: string;
  /** Wikidata item of the article, when the wiki gives it. */
  wikidata: string | null;
}

export interface WikiPosition {
  label: string;
  start?: string;
  end?: string;
}

export interface WikidataPerson {
  id: string;
  description: string | null;
  born?: string;
  died?: string;
  positions: WikiPosition[];
}

export type LiveFailure = 'disabled' | 'not-found' | 'rate-limited' | 'timeout' | 'offline' | 'bad-response' | 'ambiguous';

/** What a look-up gives the card: a result, candidates to choose from, or a quiet failure. */
export type LiveResult =
  | { status: 'ok'; summary: WikiSummary; person?: WikidataPerson }
  | { status: 'choose'; candidates: string[] }
  | { status: 'failed'; reason: LiveFailure };

export interface ApiBase {
  /** Wikipedia base with `{lang}` placeholder: "https://{lang}.wikipedia.org". */
  wikipedia: string;
  /** Wikidata base: "https://www.wikidata.org". */
  wikidata: string;
  timeoutMs: number;
}

export const DEFAULT_API_BASE: ApiBase = {
  wikipedia: 'https://{lang}.wikipedia.org',
  wikidata: 'https://www.wikidata.org',
  timeoutMs: 8000,
};
