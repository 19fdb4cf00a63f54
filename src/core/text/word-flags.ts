/**
 * A flag per distinct word of a tokenised text ("some token of this word follows a form of
 * address", "... is used as a German noun"), worked out in one pass the first time a text is asked
 * about and kept with that text only (a WeakMap: the flags go when the text does). Questions
 * asked per mention about the whole text cost one pass per text this way, not one per mention.
 */
import type { TokenizedText } from './tokenize';

export class WordFlags<A = void> {
  private readonly made = new WeakMap<TokenizedText, Uint8Array>();

  /**
   * @param fill sets `flags[w]` to 1 for each word `w` of `t` that has the property; `arg` is what
   * the first asker passed (a lexicon), the same for every asker of a text
   */
  constructor(private readonly fill: (t: TokenizedText, flags: Uint8Array, arg: A) => void) {}

  /** The flags of `t`, indexed by word. */
  of(t: TokenizedText, arg: A): Uint8Array {
    let flags = this.made.get(t);
    if (!flags) {
      flags = new Uint8Array(t.norms.length);
      this.fill(t, flags, arg);
      this.made.set(t, flags);
    }
    return flags;
  }
}
