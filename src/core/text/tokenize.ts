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

/** Letters, marks and digits outside ASCII are rare in European news: test them one by one. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** Invisible characters that may sit inside a word (soft hyphen, zero-width joiners). */
const INSIDE = /[\u00ad\u200b-\u200d\u2060]/;

function isWordChar(code: number, ch: string): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return WORD_CHAR.test(ch);
}

/** One-character gaps (by far the most common) are shared strings, not fresh slices. */
const GAPS = new Map<string, string>();

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let last = 0;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (!isWordChar(code, text[i]!)) {
      i++;
      continue;
    }
    const start = i;
    let end = i + 1;
    let j = end;
    let ascii = code < 128;
    // Extend over word characters, and over invisible characters followed by more of the word.
    while (j < n) {
      const c = text.charCodeAt(j);
      if (isWordChar(c, text[j]!)) {
        if (c > 127) ascii = false;
        end = ++j;
      } else if (c > 127 && INSIDE.test(text[j]!)) {
        ascii = false; // fold() removes it
        j++;
      } else break;
    }
    const raw = text.slice(start, end);
    let gap = '';
    if (start - last === 1) {
      const ch = text[last]!;
      gap = GAPS.get(ch) ?? (GAPS.size < 256 ? (GAPS.set(ch, ch), ch) : ch);
    } else if (start > last) gap = text.slice(last, start);
    tokens.push({ raw, norm: ascii ? raw.toLowerCase() : fold(raw), start, end, gap });
    last = end;
    i = end;
  }
  return tokens;
}
/** Folded tokens of a knowledge-base form, as the matcher keys them. */
export function formTokens(form: string): string[] {
  return tokenize(form).map((t) => t.norm);
}
