/**
 * Web addresses in a text ("https://www.chron.com/news/world/article/Esper-says-US-providing-...",
 * "www.nato.int"): pages leak them into the article text (a share line, a URL printed above the
 * story), and their words are a slug, not prose. No mark goes inside one, and no name is taken from
 * one ("Deval-Patrick" of ".../Deval-Patrick-takes-nascent-2020-campaign...").
 */

/**
 * An address runs to the first space, quote or angle bracket. It must start a word; that is checked
 * in code ({@link WORD_BEFORE}): a leading `\b` (with the `u` flag) made the engine try the pattern at
 * every position, 10 ms per megabyte of text, 30 times this.
 */
const ADDRESS = /(?:https?:\/\/|www\.)[^\s"'<>\u201c\u201d\u2018\u2019\u00ab\u00bb]+/gi;
/** What `\b` counts as a word character. */
const WORD_BEFORE = /[A-Za-z0-9_]/;

/** The [start, end) offsets of every web address in `text`, in order. */
export function webAddresses(text: string): [number, number][] {
  const out: [number, number][] = [];
  ADDRESS.lastIndex = 0;
  for (let m = ADDRESS.exec(text); m; m = ADDRESS.exec(text)) {
    if (m.index > 0 && WORD_BEFORE.test(text.charAt(m.index - 1))) {
      // Not at a word's start ("xhttp://"): look again from the next character, as `\b` would.
      ADDRESS.lastIndex = m.index + 1;
      continue;
    }
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/**
 * Per token (by its `starts`/`ends` offsets, in order): 1 when it lies inside one of `ranges`. One
 * pass over both; null when there is no address (the usual text).
 */
export function addressTokens(ranges: readonly [number, number][], starts: Int32Array, ends: Int32Array): Uint8Array | null {
  if (!ranges.length) return null;
  const inside = new Uint8Array(starts.length);
  let r = 0;
  for (let k = 0; k < starts.length && r < ranges.length; k++) {
    while (r < ranges.length && ranges[r]![1] <= starts[k]!) r++;
    if (r < ranges.length && starts[k]! >= ranges[r]![0] && ends[k]! <= ranges[r]![1]) inside[k] = 1;
  }
  return inside;
}
