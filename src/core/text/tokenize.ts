/**
 * Splits text into word tokens with their offsets in the original string.
 *
 * A word is a run of letters, combining marks and digits; soft hyphens and zero-width characters
 * inside a word stay part of it (and vanish when folded). Everything else (spaces, hyphens,
 * apostrophes, quotes, dashes) separates words, so "NAVO-landen" is "NAVO" + "landen" joined by a
 * hyphen and "l'OTAN" is "l" + "OTAN": the matcher sees the joiners through {@link Token.gap}.
 */
import { fold } from './fold';

export interface Token {
  /** The word as written. */
  raw: string;
  /** Folded form used for lookups. */
  norm: string;
  start: number;
  end: number;
  /** The characters between the previous token and this one ("" for the first token). */
  gap: string;
}

const WORD = /[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}\u00ad\u200b-\u200d\u2060]*[\p{L}\p{M}\p{N}])?/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    tokens.push({ raw: m[0], norm: fold(m[0]), start, end, gap: text.slice(last, start) });
    last = end;
  }
  return tokens;
}

/** Folded tokens of a knowledge-base form, as the matcher keys them. */
export function formTokens(form: string): string[] {
  return tokenize(form).map((t) => t.norm);
}
