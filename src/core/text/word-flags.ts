/**
 * A flag per distinct word of a tokenised text ("some token of this word follows a form of
 * address", "... is used as a German noun"), worked out in one pass the first time a text is asked
 * about and kept with that text only (a WeakMap: the flags go when the text does). Questions
 * asked per mention about the whole text cost one pass per text this way, not one per mention.
 */
import type { TokenizedText } from './tokenize';

export class WordFlags {
  private readonly made = new WeakMap<TokenizedText, Uint8Array>();

  /** @param fill sets `flags[w]` to 1 for each word `w` of `t` that has the property */
  constructor(private readonly fill: (t: TokenizedText, flags: Uint8Array) => void) {}

  /** The flags of `t`, indexed by word. */
  of(t: TokenizedText): Uint8Array {
    let flags = this.made.get(t);
    if (!flags) {
      flags = new Uint8Array(t.norms.length);
      this.fill(t, flags);
      this.made.set(t, flags);
    }
    return flags;
  }
}
