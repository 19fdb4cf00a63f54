/**
 * Finds people the knowledge base does not know: capitalised name sequences accepted on evidence
 * (a known given name first, a role cue before, or an earlier full name whose surname this is).
 * Sentence-initial words, headings in title case, organisations and places are kept out by
 * requiring that evidence and by the word lists in `name-cues.ts`.
 */
import type { Token } from '../text/tokenize';
import { CALENDAR_WORDS, FUNCTION_WORDS, NOT_A_PERSON_SUFFIXES, NOT_A_PERSON_WORDS, PARTICLES, ROLE_CUES } from './name-cues';

export interface FoundName {
  start: number;
  end: number;
  /** The full name this mention refers to (for a bare surname: the earlier full name). */
  name: string;
  confidence: number;
}

export interface NameFinderLexicon {
  /** Folded given names. */
  given: ReadonlySet<string>;
  /** Folded words that are known non-person names here (knowledge-base places and organisations). */
  notPerson: ReadonlySet<string>;
}

const SENTENCE_END = /[.!?:;…]["'”’»)\]]*\s*["'“‘«([]*$|\n/u;
const NAME_GAP = /^[ \u00a0]$|^[-\u2010\u2011]$/u;
const MAX_TOKENS = 4;

/** Capitalised, with a lowercase letter after it (not an acronym), letters only. */
function looksLikeName(t: Token): boolean {
  const c = t.raw.charCodeAt(0);
  // Fast exits for the common case: lowercase ASCII letters and digits never start a name.
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return false;
  const raw = t.raw.replace(/[\u00ad\u200b-\u200d\u2060]/g, '');
  return /^\p{Lu}[\p{Ll}\p{M}]/u.test(raw) && /^[\p{L}\p{M}]+$/u.test(raw) && !FUNCTION_WORDS.has(t.norm);
}

/** A lowercase particle, or a capitalised one inside a name ("Dries Van den Abeele", "Marine Le Pen"). */
const isParticle = (t: Token, inside: boolean) => PARTICLES.has(t.raw) || (inside && PARTICLES.has(t.norm) && t.raw.length <= 3);

const orgLike = (t: Token) =>
  NOT_A_PERSON_WORDS.has(t.norm) ||
  CALENDAR_WORDS.has(t.norm) ||
  NOT_A_PERSON_SUFFIXES.some((s) => t.norm.length > s.length + 2 && t.norm.endsWith(s));

function sentenceInitial(tokens: Token[], i: number): boolean {
  return i === 0 || SENTENCE_END.test(tokens[i]!.gap);
}

/**
 * @param covered true for tokens already inside a knowledge-base mention
 */
export function findNames(tokens: Token[], text: string, covered: (i: number) => boolean, lex: NameFinderLexicon): FoundName[] {
  const found: FoundName[] = [];
  /** Folded surname -> full name, for later bare-surname mentions. */
  const surnames = new Map<string, string>();
  const usable = (k: number) => k < tokens.length && !covered(k) && looksLikeName(tokens[k]!);
  // Capitalised words standing alone mid-sentence: a surname that recurs on its own ("Sciot" after
  // "Geert Sciot") is evidence that the pair is a person, even without a known given name.
  const alone = new Set<string>();
  tokens.forEach((t, k) => {
    if (
      usable(k) &&
      !sentenceInitial(tokens, k) &&
      !usable(k - 1) &&
      !(k + 1 < tokens.length && usable(k + 1) && tokens[k + 1]!.gap === ' ')
    )
      alone.add(t.norm);
  });

  let i = 0;
  while (i < tokens.length) {
    if (!usable(i)) {
      i++;
      continue;
    }
    // Grow the sequence: names joined by single spaces or hyphens, particles after a given name.
    let j = i;
    while (j - i + 1 < MAX_TOKENS) {
      const next = j + 1;
      // "Ursula von der Leyen", "Dries Van den Abeele": particles only right after the first word.
      if (j === i) {
        let k = next;
        while (k < tokens.length && isParticle(tokens[k]!, true) && tokens[k]!.gap === ' ') k++;
        if (k > next && usable(k) && tokens[k]!.gap === ' ') {
          j = k;
          continue;
        }
      }
      if (usable(next) && NAME_GAP.test(tokens[next]!.gap)) {
        j = next;
        continue;
      }
      break;
    }
    const result = judge(tokens, i, j, text, lex, surnames, alone);
    if (result) {
      found.push(result);
      i = j + 1;
    } else i++;
  }
  return found;
}

function judge(
  tokens: Token[],
  i: number,
  j: number,
  text: string,
  lex: NameFinderLexicon,
  surnames: Map<string, string>,
  alone: ReadonlySet<string>,
): FoundName | null {
  const seq = tokens.slice(i, j + 1);
  const words = seq.filter((t, k) => !(k > 0 && k < seq.length - 1 && isParticle(t, true)));
  if (words.some(orgLike)) return null;
  const start = seq[0]!.start;
  const end = seq[seq.length - 1]!.end;
  const name = text.slice(start, end).replace(/\s+/g, ' ');
  const last = words[words.length - 1]!.norm;

  // A bare surname (or surname pair) of someone already named.
  const known = surnames.get(words.map((t) => t.norm).join(' ')) ?? (words.length === 1 ? surnames.get(last) : undefined);
  if (known) return { start, end, name: known, confidence: 0.85 };

  const prev = i > 0 && !SENTENCE_END.test(tokens[i]!.gap) ? tokens[i - 1]! : null;
  const roleCue = !!prev && ROLE_CUES.has(prev.norm) && /^[ \u00a0]$/.test(tokens[i]!.gap);
  const firstGiven = lex.given.has(words[0]!.norm) && !lex.notPerson.has(words[0]!.norm);
  if (words.some((t) => lex.notPerson.has(t.norm)) && !(firstGiven && words.length > 1 && !lex.notPerson.has(last))) return null;

  let accepted = false;
  let confidence = roleCue && firstGiven ? 0.9 : 0.8;
  if (words.length >= 2 && firstGiven) accepted = true;
  else if (roleCue && !(words.length === 1 && sentenceInitial(tokens, i))) accepted = true;
  else if (
    words.length >= 2 &&
    words.length <= 3 &&
    alone.has(last) &&
    !alone.has(words[0]!.norm) &&
    !sentenceInitial(tokens, i) &&
    // A given name further in means the name starts there ("minister van Cultuur Bert Anciaux").
    !words.slice(1).some((w) => lex.given.has(w.norm)) &&
    // Dutch and German adjectives of place ("Britse", "Zwitserse", "Deutsche") are not first names.
    !/(?:se|sche|ische)$/.test(words[0]!.norm)
  ) {
    accepted = true;
    confidence = 0.7;
  }
  if (!accepted) return null;
  if (words.length >= 2) surnames.set(last, name);
  if (words.length >= 3)
    surnames.set(
      words
        .slice(1)
        .map((t) => t.norm)
        .join(' '),
      name,
    );
  return { start, end, name, confidence };
}
