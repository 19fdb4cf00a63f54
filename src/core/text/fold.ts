/**
 * Folding for matching: case and diacritics go, length may change (ß -> ss), so folding is
 * applied per token and offsets always refer to the original text.
 */

const COMBINING = /\p{M}+/gu;
/** Letters that NFD does not decompose but news writes without their mark (Łódź, Ørsted, Đukanović). */
const EXTRA: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ð: 'd', þ: 'th' };
const EXTRA_RE = /[łøđßæœıðþ]/g;
// eslint-disable-next-line no-control-regex -- the whole ASCII range, on purpose
const ASCII = /^[\x00-\x7f]*$/;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** Lowercase, strip diacritics and invisible characters: "Milošević" -> "milosevic". */
export function fold(s: string): string {
  // Most words of European news are plain ASCII: skip normalisation for them (the hot path).
  if (ASCII.test(s)) return s.toLowerCase();
  return s
    .replace(INVISIBLE, '')
    .normalize('NFD')
    .replace(COMBINING, '')
    .toLowerCase()
    .replace(EXTRA_RE, (c) => EXTRA[c] ?? c);
}

const CAPITAL_THEN_LOWER = /^\p{Lu}\p{Ll}/u;

/** True when `s` opens with a capital and a lowercase letter, the shape of a name ("Park", not "NATO" or "park"). */
export function capitalThenLower(s: string): boolean {
  return CAPITAL_THEN_LOWER.test(s);
}

/** True when the first letter of `s` is an uppercase letter. */
export function startsUpper(s: string): boolean {
  const first = s.replace(INVISIBLE, '').charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}
