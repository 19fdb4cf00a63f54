/**
 * How the text joins two words: the characters between two tokens ({@link Token.gap}) as a set of
 * bit flags, one per question the matcher and the name finder ask about a gap ("a single space?",
 * "does a sentence end here?").
 *
 * Speed: the tokeniser gives every token its flags ({@link TokenizedText.gaps}), and a gap's flags
 * are worked out once per distinct gap (a text has few: " ", ", ", ". ", "\n"...), so the
 * recogniser tests a bit per token instead of running regular expressions on gap strings.
 */

/** A single space or no-break space: the words are apart, in one phrase. */
export const GAP_SPACE = 1 << 0;
/** Exactly one hyphen ("NAVO-landen"), not a soft hyphen. */
export const GAP_HYPHEN = 1 << 1;
/** Exactly one apostrophe ("O'Brien", "l’OTAN"). */
export const GAP_APOSTROPHE = 1 << 2;
/** A sentence ends here: a full stop, colon or the like (then closing and opening quotes or brackets), or a line break. */
export const GAP_SENTENCE_END = 1 << 3;
/** After an initial: a full stop, alone or with one space ("J. Janssens", "J.P. Morgan"). */
export const GAP_AFTER_INITIAL = 1 << 4;
/** Exactly a full stop ("U.S."). */
export const GAP_DOT = 1 << 5;
/** Holds a line break. */
export const GAP_NEWLINE = 1 << 6;
/** Ends with an opening quote (and spaces). */
export const GAP_QUOTE_BEFORE = 1 << 7;
/** Ends with a comma or a closing quote (and spaces): what ends a quote before its attribution. */
export const GAP_CLAUSE_END = 1 << 8;
/** Ends with an opening bracket (and spaces). */
export const GAP_OPEN_BRACKET = 1 << 9;
/** Holds a paragraph break (two line breaks): no name goes across it. */
export const GAP_PARAGRAPH = 1 << 10;
/** May stand inside a multi-word form: spaces and hyphens (up to three), a possessive's apostrophe and space (joined as a space), or one of the joins {@link joinCode} names. */
export const GAP_JOINS = 1 << 11;
/** A full stop and one or two spaces: inside a form after an initial ("George W. Bush"). */
export const GAP_INITIAL = 1 << 12;
/** Exactly one space. */
export const GAP_ONE_SPACE = 1 << 13;
/** One hyphen, soft hyphen included, or an unspaced en dash: a compound's hyphen in a form's joins. */
export const GAP_JOIN_HYPHEN = 1 << 14;
/** "%" and a space ("2% "). */
export const GAP_PERCENT = 1 << 15;
/** One of "/", "&", "+", ".": joins some forms literally ("9/11", "AT&T"). */
export const GAP_LITERAL = 1 << 16;

const SPACE = /^[ \u00a0]$/u;
const HYPHEN = /^[-\u2010\u2011]$/u;
const APOSTROPHE = /^['\u2019]$/u;
const SENTENCE_END = /[.!?:;…]["'”’»)\]]*\s*["'“‘«([]*$|\n/u;
const AFTER_INITIAL = /^\.[ \u00a0]?$/u;
const QUOTE_BEFORE = /[‘'"“«]\s*$/u;
const CLAUSE_END = /[,"'”’»]\s*$/u;
const OPEN_BRACKET = /\(\s*$/u;
const JOINER = /^[ \t\n\u00a0\u00ad\u2010\u2011-]{1,3}$/u;
/** A plural possessive's apostrophe and a space, inside names ("Kurdistan Workers' Party"). */
const POSSESSIVE = /^['\u2019][ \u00a0]$/u;
const INITIAL = /^\.[\s\u00a0]{1,2}$/u;
/**
 * A compound's hyphen, soft hyphen included, or an en dash written without spaces, as style guides
 * (and Wikipedia) join two names in a compound ("the Iran–Iraq War", "Soviet–Afghan War").
 */
const JOIN_HYPHEN = /^[-\u2010\u2011\u00ad\u2013]$/u;
const PERCENT = /^%[ \u00a0]$/;
const LITERAL = /^[/&+.]$/;

/**
 * Whether token `k` follows the token before it after white space, in the same sentence (`gaps`:
 * a text's gap flags per token; false past the last token).
 */
export function spacedInSentence(gaps: ArrayLike<number>, k: number): boolean {
  return k < gaps.length && (gaps[k]! & GAP_SPACE) !== 0 && (gaps[k]! & GAP_SENTENCE_END) === 0;
}

/** The flags of one gap string (the tokeniser remembers them per distinct gap). */
export function gapFlags(gap: string): number {
  let f = 0;
  const joinHyphen = JOIN_HYPHEN.test(gap);
  if (SPACE.test(gap)) f |= GAP_SPACE;
  if (HYPHEN.test(gap)) f |= GAP_HYPHEN;
  if (APOSTROPHE.test(gap)) f |= GAP_APOSTROPHE;
  if (SENTENCE_END.test(gap)) f |= GAP_SENTENCE_END;
  if (AFTER_INITIAL.test(gap)) f |= GAP_AFTER_INITIAL;
  if (gap === '.') f |= GAP_DOT;
  if (gap.includes('\n')) f |= GAP_NEWLINE;
  if (QUOTE_BEFORE.test(gap)) f |= GAP_QUOTE_BEFORE;
  if (CLAUSE_END.test(gap)) f |= GAP_CLAUSE_END;
  if (OPEN_BRACKET.test(gap)) f |= GAP_OPEN_BRACKET;
  if (gap.includes('\n\n')) f |= GAP_PARAGRAPH;
  if (JOINER.test(gap) || joinHyphen || LITERAL.test(gap) || APOSTROPHE.test(gap) || PERCENT.test(gap) || POSSESSIVE.test(gap))
    f |= GAP_JOINS;
  if (INITIAL.test(gap)) f |= GAP_INITIAL;
  if (gap === ' ') f |= GAP_ONE_SPACE;
  if (joinHyphen) f |= GAP_JOIN_HYPHEN;
  if (PERCENT.test(gap)) f |= GAP_PERCENT;
  if (LITERAL.test(gap)) f |= GAP_LITERAL;
  return f;
}

/** How a gap joins two words, in the letters of `CompiledForm.joins`: hyphen, apostrophe, percent, the literal character, or space. */
export function joinCode(flags: number, gap: string): string {
  if (flags & GAP_JOIN_HYPHEN) return 'h';
  if (flags & GAP_APOSTROPHE) return 'a';
  if (flags & GAP_PERCENT) return 'p';
  return flags & GAP_LITERAL ? gap : 's';
}
