/**
 * A surname that names a place here: "the city of Darwin", "de stad Lincoln", "la ville de Houston",
 * or a place followed by its state ("Houston, Texas", "Victoria, British Columbia"). After "Charles
 * Darwin" was named, a bare "Darwin" is him, unless the text says it is the city.
 */
import { GAP_APOSTROPHE, GAP_SENTENCE_END, spacedInSentence } from '../text/gaps';
import type { TokenizedText } from '../text/tokenize';

/** Nouns of a settlement or region right before its name ("de stad Lincoln", "die Stadt Houston"), folded. */
const PLACE_NOUNS = new Set(['stad', 'stadje', 'dorp', 'gemeente', 'provincie', 'haven', 'stadt', 'gemeinde']);
/** Nouns of a settlement or region before "of" / "de" ("the city of Darwin", "la ville de Houston"), folded. */
const PLACE_NOUNS_OF = new Set(['city', 'town', 'village', 'port', 'county', 'ville', 'commune']);

/** States, provinces and territories written after a town and a comma ("Houston, Texas"), folded. */
const STATES = new Set(
  (
    'alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois ' +
    'indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri ' +
    'montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington ' +
    'wisconsin wyoming ontario quebec manitoba saskatchewan alberta queensland tasmania victoria ' +
    'new-hampshire new-jersey new-mexico new-york north-carolina north-dakota south-carolina south-dakota ' +
    'west-virginia rhode-island british-columbia nova-scotia new-brunswick new-south-wales south-australia western-australia'
  ).split(' '),
);

/** Whether the one-word name at token k is a place here, by what is written around it. */
export function placeCued(t: TokenizedText, k: number): boolean {
  const word = (i: number) => t.norms[t.word[i]!]!;
  // Before: "stad Lincoln", "city of Darwin", "ville de Houston".
  if (k >= 1 && (t.gaps[k]! & GAP_SENTENCE_END) === 0) {
    if (PLACE_NOUNS.has(word(k - 1))) return true;
    if (k >= 2 && (word(k - 1) === 'of' || word(k - 1) === 'de') && PLACE_NOUNS_OF.has(word(k - 2))) return true;
  }
  // After: ", Texas", ", British Columbia" (the gap ", " read by its characters: no string made).
  const next = k + 1;
  if (next >= t.length) return false;
  const at = t.ends[k]!;
  if (t.starts[next]! - at !== 2 || t.text.charCodeAt(at) !== 44 || t.text.charCodeAt(at + 1) !== 32) return false;
  if (STATES.has(word(next))) return clauseEndsAfter(t, next);
  return (
    next + 1 < t.length &&
    t.text.slice(t.ends[next]!, t.starts[next + 1]!) === ' ' &&
    STATES.has(`${word(next)}-${word(next + 1)}`) &&
    clauseEndsAfter(t, next + 1)
  );
}

/**
 * Whether punctuation or the end of the text follows token k: "Houston, Texas, on Monday", not
 * "Kemp, Georgia's governor" or "Abbott, Texas governor", where the state opens an apposition.
 */
function clauseEndsAfter(t: TokenizedText, k: number): boolean {
  if (k + 1 >= t.length) return true;
  return /^\s*[,.;:!?)]/.test(t.text.slice(t.ends[k]!, t.starts[k + 1]!));
}

/**
 * Prepositions of place by language, folded ("in Montenegro", "naar Montenegro", "nach Montenegro").
 * French "en" is Dutch "and", so each language has its own; "à" is told by its accent, as
 * English "a" folds alike.
 */
const LOCATIVES: Record<string, Set<string>> = {
  en: new Set(['in', 'to', 'from', 'into', 'across', 'throughout']),
  nl: new Set(['in', 'naar', 'uit']),
  fr: new Set(['en', 'au', 'aux']),
  de: new Set(['in', 'nach', 'aus']),
};
const ANY_LOCATIVE = new Set([...LOCATIVES.en!, ...LOCATIVES.nl!, ...LOCATIVES.de!]);

/**
 * Whether a preposition of place stands right before token k, in its sentence: a word that is both
 * a person's surname and a place's name is the place there ("In Montenegro, tourism grew" after
 * "Luís Montenegro"; `score.ts`).
 */
export function locativeBefore(t: TokenizedText, k: number, lang: string | null): boolean {
  if (k === 0 || !spacedInSentence(t.gaps, k)) return false;
  // The preposition governs what the name belongs to: "in Assad's Syria", "in Poetins Rusland".
  const next = k + 1;
  if (next < t.length && (t.gaps[next]! & GAP_APOSTROPHE) !== 0 && t.norms[t.word[next]!] === 's') return false;
  const w = t.word[k - 1]!;
  if (lang === 'fr' && t.raws[w] === 'à') return true;
  return (lang ? LOCATIVES[lang] : ANY_LOCATIVE)?.has(t.norms[w]!) ?? false;
}
