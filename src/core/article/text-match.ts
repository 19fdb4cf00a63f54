/**
 * Word-level comparison of two texts: used to check a candidate root's text against the
 * publisher's own copy of the article (JSON-LD `articleBody`).
 */

/** Word tokens, lowercased; every Han or kana character counts as a word of its own. */
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}\p{M}]+/gu;

export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Bag-of-words F1 between two word lists (multiset overlap); 0 when either is empty. */
export function wordF1(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of b) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of a) {
    const n = counts.get(w);
    if (n) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}
